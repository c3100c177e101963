/**
 * The host port over Office.js. Each action is one Excel.run; failures reach
 * the pane as HostError with a code it can explain (protected, read-only, edit
 * mode, too large, not found). Actions that write run one after another, even
 * when the ribbon and the pane share this host (a shared runtime): the records
 * sheet is never written by two at once.
 */
import type { Finding } from '../engine/findings';
import type { Language } from '../engine/options';
import type { Acceptance } from '../engine/review';
import {
  HostError,
  type HostPort,
  type HostVerifyResult,
  type RibbonEvent,
  type SelfTestReport,
  type VerifyScope,
} from '../host/port';
import type { InsertTarget, TemplateRequest } from '../engine/templates/plan';
import { runClear } from './clearAction';
import { runInsert, runInsertTarget } from './insertAction';
import { officeCode, toHostError } from './errors';
import { guardedRun, whenFocused, type Pause } from './focus';
import { message } from './messages';
import { runAccept, runFix } from './reviewActions';
import { RibbonChannel } from './ribbonChannel';
import { runSelfTest } from './selfTest/runSelfTest';
import type { ExcelRun, FixContent, NotesApi, VerifyEngine } from './types';
import { runVerify } from './verifyAction';

export interface OfficeHostDeps {
  readonly run: ExcelRun;
  /** How to wait before a request is sent again (focus.ts); tests pass one that does not wait. */
  readonly pause?: Pause;
  readonly engine: VerifyEngine;
  readonly fixContent: FixContent;
  readonly notesApi: NotesApi;
  /** `Office.context.displayLanguage`, e.g. `ko-KR`. */
  readonly displayLanguage: () => string;
  readonly now?: () => Date;
  /** Host, platform, version and API sets, for the self-test's report (officeRuntime.ts). */
  readonly environment?: () => readonly (readonly [string, string])[];
}

export class OfficeHost implements HostPort {
  private readonly deps: OfficeHostDeps;
  private readonly ribbon = new RibbonChannel();
  /** The last writing action queued: the next waits for it (see the header). */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(deps: OfficeHostDeps) {
    this.deps = { ...deps, run: guardedRun(deps.run, deps.pause) };
  }

  /** What a ribbon command did, for the pane in the same runtime (ribbonChannel.ts). */
  announce(event: RibbonEvent): void {
    this.ribbon.announce(event);
  }

  onRibbonEvent(listener: (event: RibbonEvent) => void): () => void {
    return this.ribbon.subscribe(listener);
  }

  displayLanguage(): Language {
    return this.deps.displayLanguage().toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }

  verify(
    scope: VerifyScope,
    options: Parameters<HostPort['verify']>[1],
  ): Promise<HostVerifyResult> {
    return this.serial(() => this.guard(runVerify(this.deps, scope, options), options.language));
  }

  select(sheet: string, cell: string): Promise<void> {
    const language = this.displayLanguage();
    // Activating and selecting again does no harm: sent again while another workbook has the focus.
    const selected = this.deps.run((context) =>
      whenFocused(
        context,
        async () => {
          const worksheet = context.workbook.worksheets.getItem(sheet);
          worksheet.activate();
          worksheet.getRange(cell).select();
          await context.sync();
        },
        undefined,
        true,
      ),
    );
    return selected.catch((e: unknown) => {
      if (officeCode(e) === 'ItemNotFound')
        throw new HostError('not-found', message('sheetNotFound', language, { sheet }));
      throw toHostError(e, language);
    });
  }

  fix(finding: Finding): Promise<void> {
    const language = this.displayLanguage();
    return this.serial(() => this.guard(runFix(this.review(), finding, language), language));
  }

  accept(finding: Finding, note?: string, reviewer?: string): Promise<Acceptance> {
    const language = this.displayLanguage();
    return this.serial(() =>
      this.guard(runAccept(this.review(), finding, note, language, reviewer), language),
    );
  }

  clear(): Promise<void> {
    const language = this.displayLanguage();
    return this.serial(() => this.guard(runClear(this.deps, language), language));
  }

  insertTarget(): Promise<InsertTarget> {
    const language = this.displayLanguage();
    return this.guard(runInsertTarget(this.deps, language), language);
  }

  insert(request: TemplateRequest): Promise<void> {
    const language = this.displayLanguage();
    return this.serial(() => this.guard(runInsert(this.deps, request, language), language));
  }

  selfTest(options: Parameters<NonNullable<HostPort['selfTest']>>[0]): Promise<SelfTestReport> {
    return this.serial(() =>
      runSelfTest(
        {
          ...this.review(),
          engine: this.deps.engine,
          environment: this.deps.environment ?? (() => []),
        },
        options,
      ),
    );
  }

  /** Runs `action` once every writing action queued before it has ended, however it ended. */
  private serial<T>(action: () => Promise<T>): Promise<T> {
    const run = this.tail.then(action, action);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private review() {
    return { ...this.deps, now: this.deps.now ?? (() => new Date()) };
  }

  private guard<T>(action: Promise<T>, language: Language): Promise<T> {
    return action.catch((e: unknown) => {
      throw toHostError(e, language);
    });
  }
}
