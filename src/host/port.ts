/**
 * The host port: everything the task pane may ask of its host. The Office.js
 * adapter (src/excel) and the browser host implement it; components receive it
 * as a prop and never touch `Excel` themselves.
 */
import type { Finding, VerifyResult } from '../engine/findings';
import type { Acceptance } from '../engine/review';
import type { Language } from '../engine/options';
import type { InsertTarget, TemplateRequest } from '../engine/templates/plan';

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
}

export interface HostNotice {
  readonly kind: 'notes-skipped' | 'notes-unavailable' | 'merges-unread';
  readonly message: string;
}

/**
 * A failure the user must see: protected sheet, read-only workbook, cell in edit mode, too large;
 * `cannot-insert` when a standard row does not fit the selection (the message says why).
 */
export class HostError extends Error {
  constructor(
    readonly code: 'protected' | 'read-only' | 'edit-mode' | 'too-large' | 'not-found' | 'cannot-insert' | 'unknown',
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

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
  /** Records the reviewer's acceptance in the workbook. */
  accept(finding: Finding, note?: string): Promise<Acceptance>;
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
}
