/**
 * What checking one file gives the run: plain data, sent back from a checking
 * process. Apart from check.ts so that the parent process, which only reports
 * outcomes, loads neither the reader, the engine nor the writer.
 */
import type { Coverage, TableInfo, VerifyOptions } from '../engine/index';
import type { ReadLimits } from '../file/limits';
import type { DamagedCell } from '../file/problems';
import type { ReviewedFinding } from '../file/review';

export interface FileFailure {
  readonly file: string;
  /** What went wrong, in the run's language. */
  readonly error: string;
}

export interface FileReport {
  readonly file: string;
  readonly tables: readonly TableInfo[];
  readonly findings: readonly ReviewedFinding[];
  /** Every figure, checked or listed as unchecked (DESIGN §1.2). */
  readonly coverage: Coverage;
  /** Problems that did not stop the check (a damaged state sheet, a copy exceljs wrote), in the run's language. */
  readonly warnings: readonly string[];
  /** Cells the file stores as something no cell can hold: the file is damaged (exit status 2). */
  readonly damaged: readonly DamagedCell[];
  /** Where the annotated copy was written, or null when none was asked for or it failed. */
  readonly annotated: string | null;
  /** A file at the copy's name that we did not write and left alone (the copy went beside it). */
  readonly notOverwritten: string | null;
  /** Where the HTML report was written (`--report`), or null. */
  readonly report: string | null;
  readonly writeError: string | null;
}

export type FileOutcome = FileFailure | FileReport;

export function isFailure(outcome: FileOutcome): outcome is FileFailure {
  return 'error' in outcome;
}

/** Where one file's copy goes: planned by the run (run.ts), before any file is checked. */
export interface CopyPlan {
  readonly path: string;
  /** The name asked for, when a file not ours was there and `path` is the next free one. */
  readonly instead: string | null;
}

export interface CheckOptions {
  readonly verify: VerifyOptions;
  readonly limits?: ReadLimits;
  /** Write the HTML report beside the copy (or the input when no copy is written). */
  readonly report?: boolean;
}
