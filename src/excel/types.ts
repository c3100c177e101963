/** What the adapter needs from its surroundings, injected so tests can use a fake Excel. */
import type { CellValue, WorkbookSnapshot } from '../engine/snapshot';
import type { VerifyResult } from '../engine/findings';
import type { VerifyOptions } from '../engine/options';

/** `Excel.run`, or a fake's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Which cell-annotation API the host offers: notes (ExcelApi 1.18), comments (1.10), or none. */
export type NotesApi = 'note' | 'comment' | 'none';

/**
 * The engine as the adapter calls it: the pure `verifyWorkbook` itself, or a
 * Web Worker running it off the pane's thread (async; stops on `signal`).
 */
export type VerifyEngine = (
  snapshot: WorkbookSnapshot,
  options: VerifyOptions,
  control?: EngineControl,
) => VerifyResult | Promise<VerifyResult>;

export interface EngineControl {
  /** Aborting rejects with an AbortError; a worker engine terminates its worker. */
  readonly signal?: AbortSignal;
}

/** The engine's `fixContent` (src/engine/notation.ts): the expected figure in the cell's own notation. */
export type FixContent = (
  cell: { value: CellValue; text: string },
  expected: number,
) => { kind: 'number'; value: number } | { kind: 'text'; text: string };

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}
