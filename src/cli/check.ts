/** One file through the pipeline: read, verify, mark acceptances, write the annotated copy. */
import type { Language, verifyWorkbook } from '../engine/index';
import { WorkbookReadError, WorkbookWriteError } from '../file/errors';
import { DEFAULT_LIMITS } from '../file/limits';
import { isTooLarge } from '../file/problems';
import { damagedCellText, readProblemText, writeProblemText } from '../file/problemText';
import { reportTime } from '../engine/report/printReport';
import { applyAcceptances } from '../file/review';
import { cliMessagesFor } from './messages';
import type { CheckOptions, CopyPlan, FileOutcome } from './outcome';
import { exceljsSide, readForCheck } from './readFile';

export { isFailure, type CheckOptions, type CopyPlan, type FileFailure, type FileOutcome, type FileReport } from './outcome';

type Writer = typeof import('../file/copy');
type ReportWriter = typeof import('../file/htmlReport');

/** The copy's writer (the package patcher), loaded only when a copy is asked for: `--no-write` never pays for it. */
function writer(): Writer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above); import() would be ESM resolution in the compiled CLI
  return require('../file/copy') as Writer;
}

/** The HTML report's writer, loaded only with `--report` (it brings the copy's exclusive write with it). */
function reportWriter(): ReportWriter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, as the copy's writer is
  return require('../file/htmlReport') as ReportWriter;
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
  const { reading, workbook, bytes, measureForExceljs } = read;
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
      const fallback = async () => {
        // exceljs loads the bytes itself when the fast reader read them: measured first, as a read would be.
        if (!workbook) measureForExceljs();
        return (await exceljsSide().writeAnnotatedCopy({ ...request, workbook: workbook ?? undefined, via: 'exceljs' })).path ?? copy.path;
      };
      const written = await writer().writePatchedCopy(request, fallback);
      if (written.writer === 'exceljs') warnings.push(cliMessagesFor(language).exceljsCopy(/macro-enabled/.test(written.reason ?? '')));
      annotated = written.path ?? copy.path;
      // A file not ours appeared at the planned name meanwhile: it was left alone too.
      if (annotated !== copy.path) notOverwritten ??= copy.path;
    } catch (err) {
      // exceljs, as the fallback writer, could not load a file the fast reader read: a write failure, not a damaged input.
      // A limit it would have passed is said as the limit (the file is too large to rebuild).
      const tooLarge = err instanceof WorkbookReadError && isTooLarge(err.problem);
      const problem = err instanceof WorkbookReadError && !tooLarge ? new WorkbookWriteError({ kind: 'cannot-rebuild' }, copy.path) : err;
      writeError = failureText(problem, copy.path, language);
    }
  }
  let report: string | null = null;
  if (options.report) {
    try {
      report = await reportWriter().writeReport({ input: file, annotated, tables: result.tables, findings, coverage: result.coverage, language, at: reportTime(new Date()) });
    } catch (err) {
      const text = err instanceof WorkbookWriteError ? writeProblemText(err.problem, err.file, language, 'report') : failureText(err, file, language);
      writeError = writeError === null ? text : `${writeError}\n${text}`;
    }
  }
  return { file, tables: result.tables, findings, coverage: result.coverage, warnings, damaged, annotated, notOverwritten, report, writeError };
}
