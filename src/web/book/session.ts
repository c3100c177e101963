/**
 * One open workbook in the page: the exceljs model (the user's data, changed
 * only by Fix and Accept), the highlights shown over it, the last review, the
 * active sheet and the selected cell. Views subscribe to it; every change bumps
 * `version` so React can re-read what it shows.
 *
 * Highlights are an overlay, not fills written into the model: the model keeps
 * each cell's own fill, so Clear gives back exactly what was there, and Save
 * paints a copy the way the CLI does.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { cellAddress, parseCellAddress } from '../../engine/address';
import type { Coverage, Finding, TableInfo } from '../../engine/findings';
import type { Language } from '../../engine/options';
import { acceptanceKey, STATE_SHEET, type Acceptance, type FixRecord } from '../../engine/review';
import type { ReviewReport } from '../../engine/report/printReport';
import type { SheetSnapshot } from '../../engine/snapshot';
import { BookHistory } from './history';
import { SheetReads, type CellChange, type ReadOptions } from './sheetReads';
import { writeBookState, type BookState } from './stateSheet';

/** A highlighted cell, as Save will paint it. */
export interface Mark {
  readonly sheet: string;
  /** A1 address of the (master) cell. */
  readonly cell: string;
  /** ARGB, `FFFFC7CE` for an error, `FFFFEB9C` for a warning. */
  readonly fill: string;
  /** Our note text for the cell. */
  readonly note: string;
}

/** 0-based cell on a sheet. */
export interface CellPosition {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** The findings of the last verification and the language they were written in. */
export interface Review {
  readonly findings: readonly Finding[];
  /** The tables the findings are in (the print view names each finding's kind of table). */
  readonly tables: readonly TableInfo[];
  readonly language: Language;
  /**
   * What the last verification checked, for the saved report sheet; only when it
   * covered every sheet (a one-sheet verification knows nothing of the others'
   * figures) and no row has been inserted since (its cells and counts moved).
   */
  readonly coverage?: Coverage;
}

/** What the page keeps about the book besides its cells: put back as it was on Undo. */
export interface SessionState {
  readonly acceptances: readonly Acceptance[];
  readonly fixes: readonly FixRecord[];
  readonly marks: readonly Mark[];
  readonly review: Review | null;
  readonly activeSheet: string;
  readonly selection: CellPosition | null;
}

export function markKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

let sessions = 0;

export class BookSession {
  /** Distinguishes sessions, e.g. to reset the pane when another file is opened. */
  readonly id = ++sessions;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  /** The engine's snapshots of the sheets, read again (in slices when large) after they change. */
  readonly reads = new SheetReads({
    sheet: (name) => this.sheet(name),
    onRead: () => this.changed(),
  });
  readonly marks = new Map<string, Mark>();
  acceptances: Acceptance[];
  /** The Fixes made since the book was opened (the printed report lists them); Undo takes them back. */
  fixes: readonly FixRecord[] = [];
  review: Review | null = null;
  /** The report sheet a previous Save added (replaced by the next Save). */
  reportSheet: string | null;
  /** State-sheet rows of other tools, kept as they are. */
  readonly otherState: readonly (readonly [string, string])[];
  readonly warnings: readonly string[];
  activeSheet: string;
  selection: CellPosition | null = null;
  /** Incremented when the selection must be scrolled into view (select from the pane). */
  revealCount = 0;
  /** Fix, Insert and Accept as steps that Undo takes back and Redo does again. */
  readonly history: BookHistory<SessionState> = new BookHistory<SessionState>(this);

  constructor(
    readonly workbook: Workbook,
    readonly fileName: string,
    state: Omit<BookState, 'marks'>,
    marks: readonly Mark[] = [],
  ) {
    this.acceptances = [...state.acceptances];
    this.reportSheet = state.report;
    this.otherState = state.other;
    this.warnings = state.warnings;
    for (const m of marks) this.marks.set(markKey(m.sheet, m.cell), m);
    const first = this.sheets().find((s) => s.state === 'visible') ?? this.sheets()[0];
    this.activeSheet = first?.name ?? '';
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Tells the views to re-read; `sheets` whose cells changed (rows moved) are read again. */
  changed(sheets: Iterable<string> = []): void {
    this.reads.invalidate(sheets);
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Fix, Insert or Accept changed the workbook since it was opened or saved (and
   * was not undone back to it): the page asks before opening another file, and
   * the tab warns before it closes.
   */
  get unsaved(): boolean {
    return this.history.unsaved;
  }

  captureState(): SessionState {
    return {
      acceptances: this.acceptances,
      fixes: this.fixes,
      marks: [...this.marks.values()],
      review: this.review,
      activeSheet: this.activeSheet,
      selection: this.selection,
    };
  }

  /** After Undo: the page's state as it was, the selection shown, the `sheets` read again. */
  restoreState(state: SessionState, sheets: ReadonlySet<string>): void {
    this.acceptances = [...state.acceptances];
    this.fixes = state.fixes;
    this.marks.clear();
    for (const m of state.marks) this.marks.set(markKey(m.sheet, m.cell), m);
    this.review = state.review;
    this.activeSheet = this.sheet(state.activeSheet) ? state.activeSheet : this.activeSheet;
    this.selection = state.selection;
    if (state.selection) this.revealCount++;
    this.writeState();
    this.changed(sheets);
  }

  /** Only these cells' contents changed: the snapshots take them without reading the sheets again. */
  cellsChanged(cells: readonly CellChange[]): void {
    this.reads.patch(cells);
    this.changed();
  }

  /** The worksheets a user sees and verifies (not the state sheet). */
  sheets(): Worksheet[] {
    return this.workbook.worksheets.filter((s) => s.name !== STATE_SHEET);
  }

  sheet(name: string): Worksheet | undefined {
    return this.sheets().find((s) => s.name === name);
  }

  /** The sheet's snapshot, read at once whatever its size (holds the thread on a large sheet). */
  snapshot(name: string): SheetSnapshot | undefined {
    return this.reads.now(name);
  }

  /** The sheet's snapshot, read in slices when it is large; `signal` stops waiting for it. */
  readSnapshot(name: string, options?: ReadOptions): Promise<SheetSnapshot | undefined> {
    return this.reads.read(name, options);
  }

  activate(sheet: string): void {
    if (this.activeSheet === sheet || !this.sheet(sheet)) return;
    this.activeSheet = sheet;
    this.changed();
  }

  /** Selects a cell; `reveal` scrolls it into view (and shows its sheet). */
  select(at: CellPosition, reveal = false): void {
    this.activeSheet = at.sheet;
    this.selection = at;
    if (reveal) this.revealCount++;
    this.changed();
  }

  /** Replaces the highlights of `sheets` with `marks`. */
  setMarks(sheets: ReadonlySet<string>, marks: readonly Mark[]): void {
    for (const [key, mark] of this.marks) if (sheets.has(mark.sheet)) this.marks.delete(key);
    for (const m of marks) this.marks.set(markKey(m.sheet, m.cell), m);
  }

  /**
   * A row was inserted at `at` (0-based) of `sheet`: what the page keeps about
   * cells at or below it follows them (acceptances, highlights, the last
   * review's findings, the selection), as the Office adapter's records do.
   */
  shiftRows(sheet: string, at: number): void {
    const move = (cell: string): string => {
      const p = parseCellAddress(cell);
      return p && p.row >= at ? cellAddress(p.row + 1, p.col) : cell;
    };
    const onSheet = <T extends { sheet: string; cell: string }>(r: T): T =>
      r.sheet === sheet ? { ...r, cell: move(r.cell) } : r;
    this.acceptances = this.acceptances.map(onSheet);
    this.fixes = this.fixes.map((fix) => ({ ...fix, finding: onSheet(fix.finding) }));
    const marks = [...this.marks.values()].map(onSheet);
    this.marks.clear();
    for (const m of marks) this.marks.set(markKey(m.sheet, m.cell), m);
    if (this.review) {
      const findings = this.review.findings.map((f) =>
        f.sheet === sheet
          ? {
              ...f,
              cell: move(f.cell),
              cause: f.cause && !f.cause.includes('!') ? move(f.cause) : f.cause,
            }
          : f,
      );
      this.review = { findings, tables: this.review.tables, language: this.review.language };
    }
    if (this.selection?.sheet === sheet && this.selection.row >= at)
      this.selection = { ...this.selection, row: this.selection.row + 1 };
    this.writeState();
  }

  /**
   * What the printed report holds for this book, from either Print button: the last
   * review, the acceptances and the Fixes as they stand now; null before a Verify.
   */
  report(): ReviewReport | null {
    const review = this.review;
    if (!review) return null;
    return {
      source: this.fileName,
      tables: review.tables,
      findings: review.findings,
      acceptances: this.acceptances,
      fixes: this.fixes,
      ...(review.coverage ? { coverage: review.coverage } : {}),
    };
  }

  /** Records an acceptance (replacing an earlier one of the same finding) in the state sheet. */
  addAcceptance(acceptance: Acceptance): void {
    const key = acceptanceKey(acceptance);
    this.acceptances = [...this.acceptances.filter((a) => acceptanceKey(a) !== key), acceptance];
    this.writeState();
  }

  /** The state sheet holds what the model must carry through Save: acceptances and others' rows. */
  writeState(): void {
    writeBookState(this.workbook, {
      acceptances: this.acceptances,
      report: this.reportSheet,
      other: this.otherState,
    });
  }
}
