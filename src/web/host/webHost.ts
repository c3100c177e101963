/**
 * The host port over a workbook in the page (BookSession): the same contract
 * the Office.js adapter keeps, so the task pane cannot tell them apart.
 *
 *   verify  reads the sheets, runs the engine, shows the open findings as highlights
 *   select  shows the finding's sheet and scrolls its cell into view, selected
 *   fix     writes the expected figure in the cell's own notation, recomputes formulas
 *   accept  records the decision in the state sheet, takes the highlight off
 *   clear   takes every highlight off (the model's fills were never touched)
 *   report  what either Print button prints: the session's last review, acceptances and Fixes
 *   insert  carries out a standard row's plan (engine/templates) as Excel would insert it
 *   undo    takes the last Fix, Insert or Accept back (book/history.ts), redo does it again;
 *           then verifies again and tells the pane, as the ribbon's commands do in Excel
 */
import { cellAddress, parseCellAddress } from '../../engine/address';
import type { Finding, VerifyResult } from '../../engine/findings';
import { fixContent } from '../../engine/notation';
import { makeOptions, type Language } from '../../engine/options';
import type { Acceptance, FixRecord } from '../../engine/review';
import type { ReviewReport } from '../../engine/report/printReport';
import type { SheetSnapshot, WorkbookSnapshot } from '../../engine/snapshot';
import { verifyWorkbook } from '../../engine/verify';
import { describeRefusal, insertTargetFor, planTemplate } from '../../engine/templates';
import type { InsertTarget, TemplateRequest } from '../../engine/templates/plan';
import { applyRowPlan } from '../book/insertRow';
import { formulaCells } from '../../engine/templates/formulaInputs';
import { readCell } from '../../file/cells';
import {
  HostError,
  type HostPort,
  type HostVerifyResult,
  type RibbonEvent,
  type VerifyScope,
} from '../../host/port';
import type { Apply, EditKind } from '../book/history';
import { marksFor, remark } from './marks';
import { hostMessage } from './messages';
import { recalculate } from '../book/recalc';
import type { BookSession } from '../book/session';
import { WorkerStopped, type Engine } from '../../worker/workerEngine';

export interface WebHostOptions {
  /** The browser's language (`navigator.language`). */
  readonly browserLanguage: string;
  /**
   * The verification engine: the page passes a Web Worker engine (src/worker) so
   * the pane keeps painting and Cancel works; without one it runs in the thread
   * (tests). It receives the cancel signal and may reject with an AbortError.
   */
  readonly engine?: Engine;
  readonly now?: () => Date;
}

/** Lets the page paint progress and the user press Cancel between steps. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(): Error {
  return new DOMException('Verification cancelled', 'AbortError');
}

export class WebHost implements HostPort {
  /** The pane's language, for the messages of failed actions (the page keeps it current). */
  language: Language;
  /** What the pane last verified, to verify the same again after Undo or Redo. */
  private scope: VerifyScope = 'workbook';
  /** Port calls under way: Undo and Redo wait for none. */
  private busy = 0;
  private readonly listeners = new Set<(event: RibbonEvent) => void>();

  constructor(
    private readonly session: BookSession,
    private readonly options: WebHostOptions,
  ) {
    this.language = this.displayLanguage();
  }

  displayLanguage(): Language {
    return this.options.browserLanguage.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }

  verify(
    scope: VerifyScope,
    options: Parameters<HostPort['verify']>[1],
  ): Promise<HostVerifyResult> {
    this.scope = scope;
    return this.whileBusy(() => this.verifyNow(scope, options));
  }

  private async verifyNow(
    scope: VerifyScope,
    options: Parameters<HostPort['verify']>[1],
  ): Promise<HostVerifyResult> {
    const { language, onProgress, signal } = options;
    const session = this.session;
    const names = scope === 'sheet' ? [session.activeSheet] : session.sheets().map((s) => s.name);
    const sheets: SheetSnapshot[] = [];
    // Progress counts sheets, or rows when a large sheet must be read again (in slices).
    const inRows = names.some((name) => session.reads.readsInSlices(name));
    const sizes = names.map((name) => (inRows ? (session.sheet(name)?.rowCount ?? 0) : 1));
    const total = sizes.reduce((a, b) => a + b, 0);
    let done = 0;
    for (const [i, name] of names.entries()) {
      onProgress?.({ stage: 'read', done, total });
      await nextTask();
      if (signal?.aborted) throw abortError();
      const before = done;
      const snapshot = await session.readSnapshot(name, {
        signal,
        onProgress: (rows) => onProgress?.({ stage: 'read', done: before + rows, total }),
      });
      if (snapshot) sheets.push(snapshot);
      done += sizes[i] ?? 0;
    }
    onProgress?.({ stage: 'check', done: 0, total: 1 });
    await nextTask();
    if (signal?.aborted) throw abortError();
    const result = await this.runEngine({ sheets }, language, signal);
    // Cancelled while the engine ran (an in-thread engine cannot stop): nothing is shown.
    if (signal?.aborted) throw abortError();
    onProgress?.({ stage: 'write', done: 0, total: 1 });
    const verified = new Set(names);
    const kept = (session.review?.findings ?? []).filter((f) => !verified.has(f.sheet));
    const keptTables = (session.review?.tables ?? []).filter((t) => !verified.has(t.sheet));
    const everySheet = session.sheets().every((s) => verified.has(s.name));
    session.review = {
      findings: [...kept, ...result.findings],
      tables: [...keptTables, ...result.tables],
      language,
      ...(everySheet ? { coverage: result.coverage } : {}),
    };
    session.setMarks(verified, marksFor(session, result.findings));
    session.changed();
    onProgress?.({ stage: 'write', done: 1, total: 1 });
    return {
      tables: result.tables,
      findings: result.findings,
      coverage: result.coverage,
      acceptances: [...session.acceptances],
      formulaCells: formulaCells({ sheets }, result.findings),
    };
  }

  /**
   * Readies the engine for this book while nothing else runs (the page calls it on
   * opening): every sheet is read, handed to the engine and the engine warmed up,
   * so that Verify sends only what changed since and runs compiled code. Its time
   * is the opening's; a Verify pressed meanwhile waits for it. Never fails; `signal`
   * (another book opened) stops the reading.
   */
  async prepare(signal?: AbortSignal): Promise<void> {
    const prepare = this.options.engine?.prepare;
    if (!prepare) return;
    const session = this.session;
    try {
      const sheets: SheetSnapshot[] = [];
      for (const { name } of session.sheets()) {
        const snapshot = await session.readSnapshot(name, { signal });
        if (snapshot) sheets.push(snapshot);
      }
      if (signal?.aborted) return;
      await prepare({ sheets }, makeOptions({ language: this.language }));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      // A sheet that cannot be read is reported when Verify reads it.
      console.warn('The engine could not be prepared:', error);
    }
  }

  async select(sheet: string, cell: string): Promise<void> {
    const at = parseCellAddress(cell);
    if (!this.session.sheet(sheet))
      throw new HostError('not-found', hostMessage('sheetNotFound', this.language, { sheet }));
    if (!at) throw new HostError('not-found', hostMessage('badCell', this.language, { cell }));
    this.session.select({ sheet, row: at.row, col: at.col }, true);
  }

  async fix(finding: Finding): Promise<void> {
    const { sheet: name, cell: address, expected } = finding;
    if (expected === null)
      throw new HostError('unknown', hostMessage('noExpected', this.language, { cell: address }));
    if (this.cellOf(name, address).formula)
      throw new HostError('formula-cell', hostMessage('formulaCell', this.language, { cell: address }));
    // Decided once, so that Redo records the same Fix.
    const record: FixRecord = { finding, at: this.now().toISOString() };
    this.edit('fix', (journal) => {
      const cell = this.cellOf(name, address);
      const sheet = this.session.sheet(name);
      const fixed = { sheet: name, row: Number(cell.row), col: Number(cell.col) };
      if (sheet) journal.cell(sheet, fixed.row, fixed.col);
      const reading = readCell(cell);
      const content = fixContent({ value: reading.value, text: reading.text }, expected);
      // Text is written as a text value: exceljs never takes a string for a formula.
      cell.value = content.kind === 'number' ? content.value : content.text;
      const outcome = recalculate(this.session.workbook, [fixed], journal);
      // The figure changed: what was found on this cell no longer holds (the pane verifies again).
      const review = this.session.review;
      if (review) {
        const stale = (f: Finding) => f.sheet === name && f.cell === cell.address;
        this.session.review = { ...review, findings: review.findings.filter((f) => !stale(f)) };
      }
      // The report lists it as fixed; Undo puts the session's list back as it was.
      this.session.fixes = [...this.session.fixes, record];
      remark(this.session, name, cell.address);
      // Only these cells changed: the snapshots take them, no sheet is read again before the next Verify.
      this.session.cellsChanged([fixed, ...outcome.cells]);
    });
  }

  async accept(finding: Finding, note?: string, reviewer?: string): Promise<Acceptance> {
    if (!this.session.sheet(finding.sheet))
      throw new HostError(
        'not-found',
        hostMessage('sheetNotFound', this.language, { sheet: finding.sheet }),
      );
    const acceptance: Acceptance = {
      sheet: finding.sheet,
      cell: finding.cell,
      rule: finding.rule,
      actual: finding.actual,
      ...(note ? { note } : {}),
      ...(reviewer ? { reviewer } : {}),
      at: this.now().toISOString(),
    };
    this.edit('accept', () => {
      this.session.addAcceptance(acceptance);
      remark(this.session, finding.sheet, finding.cell);
      this.session.changed();
    });
    return acceptance;
  }

  report(): ReviewReport | null {
    return this.session.report();
  }

  async clear(): Promise<void> {
    this.session.marks.clear();
    this.session.review = null;
    this.session.changed();
  }

  async insertTarget(): Promise<InsertTarget> {
    const sheet = this.session.activeSheet;
    const at =
      this.session.selection?.sheet === sheet ? this.session.selection : { row: 0, col: 0 };
    const cell = cellAddress(at.row, at.col);
    const snapshot = await this.session.readSnapshot(sheet);
    if (!snapshot) return { sheet, cell, table: null, templates: [] };
    return insertTargetFor({ sheets: [snapshot] }, sheet, cell);
  }

  async insert(request: TemplateRequest): Promise<void> {
    const snapshot = await this.session.readSnapshot(request.sheet);
    if (!snapshot)
      throw new HostError(
        'not-found',
        hostMessage('sheetNotFound', this.language, { sheet: request.sheet }),
      );
    const outcome = planTemplate({ sheets: [snapshot] }, request);
    if (!outcome.ok)
      throw new HostError(
        'cannot-insert',
        describeRefusal(outcome.refusal, this.language, request.template),
      );
    const { plan } = outcome;
    this.edit('insert', (journal) => {
      const written = applyRowPlan(this.session.workbook, plan, journal);
      if (plan.insertAt !== null) this.session.shiftRows(plan.sheet, plan.insertAt);
      recalculate(this.session.workbook, written, journal);
      // Inserting moves cells and rewrites references on any sheet: every snapshot is read again.
      this.session.changed(this.session.sheets().map((s) => s.name));
    });
  }

  /** Takes the last Fix, Insert or Accept back, then verifies again; false when nothing was undone. */
  undo(): Promise<boolean> {
    return this.step(() => this.session.history.undo());
  }

  /** Does the last undone step again, then verifies again; false when nothing was redone. */
  redo(): Promise<boolean> {
    return this.step(() => this.session.history.redo());
  }

  /** Undo and Redo tell the pane what the book now shows, the way the ribbon's commands do. */
  onRibbonEvent(listener: (event: RibbonEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async step(move: () => boolean): Promise<boolean> {
    // Never in the middle of the pane's own action: the book would change under it.
    if (this.busy > 0) return false;
    // Busy until verified again, so the buttons stay disabled until the pane has the result.
    this.setBusy(1);
    try {
      let moved: boolean;
      try {
        moved = move();
      } catch (error) {
        this.emit({ kind: 'failed', error: this.asHostError(error) });
        this.session.changed();
        return false;
      }
      if (!moved) return false;
      // A book that was verified is verified again, so the list and the highlights match it.
      if (this.session.review) {
        try {
          const result = await this.verifyNow(this.scope, { language: this.language });
          this.emit({ kind: 'verified', result });
        } catch (error) {
          this.emit({ kind: 'failed', error: this.asHostError(error) });
        }
      }
      return true;
    } finally {
      this.setBusy(-1);
    }
  }

  /** One history step over the book: recorded so that Undo restores exactly what was there. */
  private edit(kind: EditKind, apply: Apply): void {
    this.whileBusySync(() => this.session.history.run(kind, apply));
  }

  private async whileBusy<T>(run: () => Promise<T>): Promise<T> {
    this.setBusy(1);
    try {
      return await run();
    } finally {
      this.setBusy(-1);
    }
  }

  private whileBusySync<T>(run: () => T): T {
    this.setBusy(1);
    try {
      return run();
    } finally {
      this.setBusy(-1);
    }
  }

  private setBusy(delta: 1 | -1): void {
    this.busy += delta;
    this.session.history.busy(delta === 1);
  }

  private emit(event: RibbonEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private asHostError(error: unknown): HostError {
    if (error instanceof HostError) return error;
    const detail = error instanceof Error ? error.message : String(error);
    return new HostError('unknown', hostMessage('editFailed', this.language, { detail }));
  }

  private async runEngine(
    snapshot: WorkbookSnapshot,
    language: Language,
    signal: AbortSignal | undefined,
  ): Promise<VerifyResult> {
    const engine = this.options.engine ?? verifyWorkbook;
    try {
      return await engine(snapshot, makeOptions({ language }), { signal });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      if (e instanceof WorkerStopped) throw new HostError('unknown', hostMessage('workerStopped', language));
      // The engine promises never to throw on a user's sheet; if it does, nothing has changed yet.
      const detail = e instanceof Error ? e.message : String(e);
      throw new HostError('unknown', hostMessage('engineFailed', language, { detail }));
    }
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private cellOf(sheetName: string, address: string) {
    const sheet = this.session.sheet(sheetName);
    if (!sheet)
      throw new HostError(
        'not-found',
        hostMessage('sheetNotFound', this.language, { sheet: sheetName }),
      );
    const at = parseCellAddress(address);
    if (!at)
      throw new HostError('not-found', hostMessage('badCell', this.language, { cell: address }));
    return sheet.getCell(at.row + 1, at.col + 1).master;
  }
}
