/**
 * One file through the pipeline: read, verify, mark acceptances, write the annotated copy;
 * or one share of a file's sheets (shares.ts), read and verified, with no copy.
 */
import type { Language, verifyWorkbook } from '../engine/index';
import { WorkbookReadError, WorkbookWriteError } from '../file/errors';
import { DEFAULT_LIMITS } from '../file/limits';
import { isTooLarge } from '../file/problems';
import { damagedCellText, readProblemText, writeProblemText } from '../file/problemText';
import { reportTime } from '../engine/report/printReport';
import { applyAcceptances } from '../file/review';
import { cliMessagesFor } from './messages';
import { isFailure, type CheckOptions, type CopyPlan, type FileOutcome, type FileReport } from './outcome';
import { exceljsSide, readForCheck, type FileReading, type ReadOptions } from './readFile';
import type { WorkbookReading } from '../file/workbookReading';
import { readBytes } from '../file/bytes';
import type { ShareOutcome } from './shares';
import { crc32 } from 'node:zlib';
import type { Share } from '../file/xlsx/read';
import { collectGarbage } from './collectGarbage';

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

export async function checkFile(file: string, copy: CopyPlan | null, options: CheckOptions, verify: typeof verifyWorkbook): Promise<FileOutcome> {
  return (await checkRead(file, copy, options, verify)).outcome;
}

/** One share of a file's sheets (shares.ts): its bytes' fingerprint tells shares of a file saved meanwhile. */
export async function checkShare(file: string, share: Share, options: CheckOptions, verify: typeof verifyWorkbook): Promise<ShareOutcome> {
  const { outcome, read } = await checkRead(file, null, options, verify, share);
  return { outcome, fingerprint: read ? crc32(read.bytes) : null };
}

/**
 * The copy and report of a file checked in shares, written from the same bytes the shares
 * read; null when the file is not those bytes any more (saved meanwhile): it is then checked whole.
 */
export async function finishShares(joined: FileReport, fingerprint: number, copy: CopyPlan | null, options: CheckOptions): Promise<FileOutcome | null> {
  let bytes;
  try {
    bytes = await readBytes(joined.file, joined.file, (options.limits ?? DEFAULT_LIMITS).fileBytes);
  } catch {
    return null;
  }
  if (crc32(bytes) !== fingerprint) return null;
  return finishFile(joined, copy, options, null, bytes);
}

/** What writing the copy needs of a file's reading: its bytes and, when exceljs read it, its workbook; not the snapshot. */
type CopySource = Pick<FileReading, 'bytes' | 'workbook' | 'measureForExceljs'>;

/** What a check is asked: the file, its copy (null: none), the options, the engine, and the share of its sheets (none: whole). */
type CheckArgs = [file: string, copy: CopyPlan | null, options: CheckOptions, verify: typeof verifyWorkbook, share?: Share];

async function checkRead(...args: CheckArgs): Promise<{ outcome: FileOutcome; read: CopySource | null }> {
  const [, copy, options] = args;
  const { outcome, read } = await readAndVerify(...args);
  if (isFailure(outcome)) return { outcome, read };
  // The reading and the engine's models are garbage now (readAndVerify's frame has ended):
  // a large book's child collects them before the copy's own work begins.
  if (copy !== null) collectGarbage();
  return { outcome: await finishFile(outcome, copy, options, read), read };
}

/**
 * The file read and verified, from a function of its own: when it returns, the reading's
 * snapshot and the engine's models end with its frame, and only what the copy needs is kept.
 */
async function readAndVerify(...[file, copy, options, verify, share]: CheckArgs): Promise<{ outcome: FileOutcome; read: CopySource | null }> {
  const { language } = options.verify;
  const readOptions = { limits: options.limits ?? DEFAULT_LIMITS, language, ...(share ? { share } : {}) };
  // Only a copy or a share needs the file's bytes past the reading; a check without either
  // keeps none while the engine runs (15 MB of the 493k-row statement book).
  let read: FileReading | null = null;
  let reading: WorkbookReading;
  try {
    if (copy !== null || share) {
      read = await readForCheck(file, readOptions);
      reading = read.reading;
    } else {
      reading = await readingOnly(file, readOptions);
    }
  } catch (err) {
    return { outcome: { file, error: failureText(err, file, language) }, read: null };
  }
  collectGarbage();
  let result;
  try {
    result = verify(reading.snapshot, options.verify);
  } catch (err) {
    // The engine promises never to throw on a user's sheet; if it does, say so for this file only.
    return { outcome: { file, error: failureText(err, file, language) }, read };
  }
  const findings = applyAcceptances(result.findings, reading.acceptances);
  const damaged = reading.damaged ?? [];
  const warnings = [...damaged.map((d) => damagedCellText(d, language)), ...reading.warnings];
  const checked: FileReport = { file, tables: result.tables, findings, coverage: result.coverage, warnings, damaged, annotated: null, notOverwritten: null, report: null, writeError: null };
  return { outcome: checked, read: read && { bytes: read.bytes, workbook: read.workbook, measureForExceljs: read.measureForExceljs } };
}

/**
 * The reading alone, from a function of its own: the bytes it was read from end with this
 * frame (an awaited result left in the caller's frame kept them for the whole check).
 */
async function readingOnly(file: string, options: ReadOptions): Promise<WorkbookReading> {
  return (await readForCheck(file, options)).reading;
}

/** The annotated copy and the report of a file checked: from its reading, or from its bytes (shares). */
async function finishFile(checked: FileReport, copy: CopyPlan | null, options: CheckOptions, read: CopySource | null, bytes = read?.bytes): Promise<FileReport> {
  const { file } = checked;
  const { language } = options.verify;
  const { findings, coverage } = checked;
  const warnings = [...checked.warnings];
  let annotated: string | null = null;
  let notOverwritten: string | null = copy?.instead ?? null;
  let writeError: string | null = null;
  if (copy !== null) {
    try {
      const request = { input: file, output: copy.path, findings, language, coverage, ...(bytes ? { bytes } : {}) };
      // The package patched; exceljs writes the copy only when the patcher cannot (see file/patch/annotatePackage.ts).
      const fallback = async () => {
        const { workbook, measureForExceljs } = read ?? (await readForCheck(file, { limits: options.limits ?? DEFAULT_LIMITS, language, ...(bytes ? { bytes } : {}) }));
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
      report = await reportWriter().writeReport({ input: file, annotated, tables: checked.tables, findings, coverage, language, at: reportTime(new Date()) });
    } catch (err) {
      const text = err instanceof WorkbookWriteError ? writeProblemText(err.problem, err.file, language, 'report') : failureText(err, file, language);
      writeError = writeError === null ? text : `${writeError}\n${text}`;
    }
  }
  return { ...checked, warnings, annotated, notOverwritten, report, writeError };
}
