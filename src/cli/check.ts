/** One file through the pipeline: read, verify, mark acceptances, write the annotated copy. */
import type { Coverage, Language, TableInfo, VerifyOptions, verifyWorkbook } from '../engine/index';
import { writePatchedCopy } from '../file/copy';
import { WorkbookReadError, WorkbookWriteError } from '../file/errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../file/limits';
import type { DamagedCell } from '../file/problems';
import { writeReport } from '../file/htmlReport';
import { damagedCellText, readProblemText, writeProblemText } from '../file/problemText';
import { reportTime } from '../engine/report/printReport';
import { applyAcceptances, type ReviewedFinding } from '../file/review';
import { cliMessagesFor } from './messages';
import { exceljsSide, readForCheck } from './readFile';

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
  /** Why the copy or the report could not be written. */
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

/** The words for a failure, ours and in the user's language, whatever was thrown. */
function failureText(err: unknown, file: string, language: Language): string {
  if (err instanceof WorkbookReadError) return readProblemText(err.problem, err.file ?? file, language);
  if (err instanceof WorkbookWriteError) return writeProblemText(err.problem, err.file, language);
  // A defect of ours: its JavaScript text (`Cannot read properties of undefined`) means nothing to a user.
  return `${file}: ${cliMessagesFor(language).internalError}`;
}

export async function checkFile(
  file: string,
  copy: CopyPlan | null,
  options: CheckOptions,
  verify: typeof verifyWorkbook,
): Promise<FileOutcome> {
  const { language } = options.verify;
  let read;
  try {
    read = await readForCheck(file, { limits: options.limits ?? DEFAULT_LIMITS, language });
  } catch (err) {
    return { file, error: failureText(err, file, language) };
  }
  const { reading, workbook, bytes } = read;
  let result;
  try {
    result = verify(reading.snapshot, options.verify);
  } catch (err) {
    // The engine promises never to throw on a user's sheet; if it does, say so for this file only.
    return { file, error: failureText(err, file, language) };
  }
  const findings = applyAcceptances(result.findings, reading.acceptances);
  const damaged = reading.damaged ?? [];
  const warnings = [...damaged.map((d) => damagedCellText(d, language)), ...reading.warnings];
  let annotated: string | null = null;
  let notOverwritten: string | null = copy?.instead ?? null;
  let writeError: string | null = null;
  if (copy !== null) {
    try {
      const request = { input: file, output: copy.path, findings, language, coverage: result.coverage, bytes };
      // The package patched; exceljs writes the copy only when the patcher cannot (see file/patch/annotatePackage.ts).
      const fallback = async () => (await exceljsSide().writeAnnotatedCopy({ ...request, workbook: workbook ?? undefined, via: 'exceljs' })).path ?? copy.path;
      const written = await writePatchedCopy(request, fallback);
      if (written.writer === 'exceljs') warnings.push(cliMessagesFor(language).exceljsCopy(/macro-enabled/.test(written.reason ?? '')));
      annotated = written.path ?? copy.path;
      // A file not ours appeared at the planned name meanwhile: it was left alone too.
      if (annotated !== copy.path) notOverwritten ??= copy.path;
    } catch (err) {
      // exceljs, as the fallback writer, could not load a file the fast reader read: a write failure, not a damaged input.
      const problem = err instanceof WorkbookReadError ? new WorkbookWriteError({ kind: 'cannot-rebuild' }, copy.path) : err;
      writeError = failureText(problem, copy.path, language);
    }
  }
  let report: string | null = null;
  if (options.report) {
    try {
      report = await writeReport({ input: file, annotated, tables: result.tables, findings, coverage: result.coverage, language, at: reportTime(new Date()) });
    } catch (err) {
      const text = err instanceof WorkbookWriteError ? writeProblemText(err.problem, err.file, language, 'report') : failureText(err, file, language);
      writeError = writeError === null ? text : `${writeError}\n${text}`;
    }
  }
  return { file, tables: result.tables, findings, coverage: result.coverage, warnings, damaged, annotated, notOverwritten, report, writeError };
}
