/** One file through the pipeline: read, verify, mark acceptances, write the annotated copy. */
import type { Coverage, TableInfo, VerifyOptions, verifyWorkbook } from '../engine/index';
import { writePatchedCopy } from '../file/copy';
import { applyAcceptances, type ReviewedFinding } from '../file/review';
import { exceljsSide, readForCheck } from './readFile';

export interface FileFailure {
  readonly file: string;
  readonly error: string;
}

export interface FileReport {
  readonly file: string;
  readonly tables: readonly TableInfo[];
  readonly findings: readonly ReviewedFinding[];
  /** Every figure, checked or listed as unchecked (DESIGN §1.2). */
  readonly coverage: Coverage;
  /** Problems that did not stop the check (a damaged state sheet). */
  readonly warnings: readonly string[];
  /** Where the annotated copy was written, or null when none was asked for or it failed. */
  readonly annotated: string | null;
  readonly writeError: string | null;
}

export type FileOutcome = FileFailure | FileReport;

export function isFailure(outcome: FileOutcome): outcome is FileFailure {
  return 'error' in outcome;
}

/** Said when exceljs wrote the copy: it rebuilds the workbook and leaves out what it does not read. */
function fallbackWarning(why: string | undefined): string {
  const what = (why ?? 'unknown').replace(/^fast reader: /, '');
  return `the annotated copy was written by exceljs because the file has ${what}; charts, images and other content exceljs does not read are not in the copy.`;
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function checkFile(
  file: string,
  output: string | null,
  options: VerifyOptions,
  verify: typeof verifyWorkbook,
): Promise<FileOutcome> {
  let read;
  try {
    read = await readForCheck(file);
  } catch (err) {
    return { file, error: reason(err) };
  }
  const { reading, workbook, bytes } = read;
  let result;
  try {
    result = verify(reading.snapshot, options);
  } catch (err) {
    // The engine promises never to throw on a user's sheet; if it does, say so for this file only.
    return { file, error: `${file}: internal error while verifying (${reason(err)}).` };
  }
  const findings = applyAcceptances(result.findings, reading.acceptances);
  const warnings = [...reading.warnings];
  let annotated: string | null = null;
  let writeError: string | null = null;
  if (output !== null) {
    try {
      const request = { input: file, output, findings, language: options.language, coverage: result.coverage, bytes };
      // The package patched; exceljs writes the copy only when the patcher cannot (see file/patch/annotatePackage.ts).
      const fallback = () => exceljsSide().writeAnnotatedCopy({ ...request, workbook: workbook ?? undefined, via: 'exceljs' }).then(() => undefined);
      const written = await writePatchedCopy(request, fallback);
      if (written.writer === 'exceljs') warnings.push(fallbackWarning(written.reason));
      annotated = output;
    } catch (err) {
      writeError = reason(err);
    }
  }
  return {
    file,
    tables: result.tables,
    findings,
    coverage: result.coverage,
    warnings,
    annotated,
    writeError,
  };
}
