/**
 * The host port: everything the task pane may ask of its host. The Office.js
 * adapter (src/excel) and the browser host implement it; components receive it
 * as a prop and never touch `Excel` themselves.
 */
import type { Finding, VerifyResult } from '../engine/findings';
import type { Acceptance } from '../engine/review';
import type { Language } from '../engine/options';
import type { InsertTarget, TemplateRequest } from '../engine/templates/plan';
import type { FormulaCell } from '../engine/templates/formulaInputs';
import type { ReviewReport } from '../engine/report/printReport';

export type VerifyScope = 'workbook' | 'sheet';

export interface Progress {
  /** What is happening now, for the progress label. */
  readonly stage: 'read' | 'check' | 'write';
  readonly done: number;
  readonly total: number;
}

export interface HostVerifyResult extends VerifyResult {
  readonly acceptances: readonly Acceptance[];
  /**
   * What the host could not do and the user should know, in the user's language
   * (every finding is still in `findings`): notes not written where a cell holds
   * someone else's note or comment, no notes API at all, rows read without their
   * merged areas. Absent or empty when there is nothing to say.
   */
  readonly notices?: readonly HostNotice[];
  /**
   * Flagged cells that hold formulas, with the inputs that drive them: Fix is not
   * offered there (it never writes over a formula), the pane points to the inputs.
   * Optional: a host that cannot tell leaves it out, and Fix then says why it refuses.
   */
  readonly formulaCells?: readonly FormulaCell[];
}

export interface HostNotice {
  readonly kind: 'notes-skipped' | 'notes-unavailable' | 'merges-unread';
  readonly message: string;
}

/**
 * A failure the user must see: protected sheet, read-only workbook, cell in edit mode, too large;
 * `cannot-insert` when a standard row does not fit the selection (the message says why);
 * `formula-cell` when Fix is asked to write over a formula (retrying cannot help).
 */
export class HostError extends Error {
  constructor(
    readonly code:
      | 'protected'
      | 'read-only'
      | 'edit-mode'
      | 'too-large'
      | 'not-found'
      | 'cannot-insert'
      | 'formula-cell'
      | 'unknown',
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/**
 * What a ribbon command did, in a runtime it shares with the pane (Office's
 * shared runtime): the pane shows it as the result of its own action.
 */
export type RibbonEvent =
  | { readonly kind: 'verified'; readonly result: HostVerifyResult }
  | { readonly kind: 'cleared' }
  | { readonly kind: 'failed'; readonly error: HostError };

export interface HostPort {
  /** Office's display language (or the browser's), for the initial UI language. */
  displayLanguage(): Language;
  /** Reads, checks and highlights. Rejects with HostError; never leaves a half-written sheet. */
  verify(
    scope: VerifyScope,
    options: { language: Language; onProgress?: (p: Progress) => void; signal?: AbortSignal },
  ): Promise<HostVerifyResult>;
  /** Selects (and scrolls to) the finding's cell on its sheet. */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes the expected figure in the document's own notation, as one undoable change. */
  fix(finding: Finding): Promise<void>;
  /** Records the reviewer's acceptance in the workbook, with their reason and name when given. */
  accept(finding: Finding, note?: string, reviewer?: string): Promise<Acceptance>;
  /** Removes every highlight and note the add-in made, restoring original fills exactly. */
  clear(): Promise<void>;
  /** The table the selected cell is in and the standard rows that fit there (issue 4). */
  insertTarget?(): Promise<InsertTarget>;
  /**
   * Inserts a standard row (never over existing content), as one undoable change.
   * Rejects with HostError (`cannot-insert` and the reason when the template does
   * not fit; `protected`, `read-only`, `edit-mode` as elsewhere) and changes nothing.
   */
  insert?(request: TemplateRequest): Promise<void>;
  /**
   * Calls `listener` with what each ribbon command does from now on (and with
   * the last one, if any, at once); returns the unsubscribe. Only a host whose
   * ribbon runs in the pane's runtime has it, and the browser page's host, whose
   * toolbar Undo and Redo report the verification that follows them this way.
   */
  onRibbonEvent?(listener: (event: RibbonEvent) => void): () => void;
  /**
   * What this host has recorded for the printed report (engine/report): the last
   * review with the acceptances and the Fixes made since the book was opened, as its
   * Undo and Redo left them; null before a Verify and after Clear. The browser
   * page's host has it, so its toolbar and the pane print the same; where a host
   * has none the pane prints from its own state.
   */
  report?(): ReviewReport | null;
  /**
   * Runs the add-in's self-test in the host (issue 12): on a sheet of its own
   * that it removes, every action against known figures, fills and notes; the
   * report says what passed and failed, with the host's version and API sets.
   * Only the Office host has it; the pane shows its button only then.
   */
  selfTest?(options: {
    language: Language;
    onStep?: (step: SelfTestStep) => void;
  }): Promise<SelfTestReport>;
}

/** One check of the self-test. */
export interface SelfTestStep {
  /** A stable id (`notes-api`, `verify-findings`…), for tests and for the report. */
  readonly id: string;
  /** What was checked, in the user's language. */
  readonly title: string;
  readonly status: 'pass' | 'fail' | 'skip';
  /** What was seen, in plain words (what differed, when it failed). */
  readonly detail: string;
}

export interface SelfTestReport {
  readonly passed: boolean;
  /** Host, platform, version, API sets: label and value, in order. */
  readonly environment: readonly (readonly [string, string])[];
  readonly steps: readonly SelfTestStep[];
  /** The whole report as plain text (a table), for the user to copy and send. */
  readonly text: string;
}
