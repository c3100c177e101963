/**
 * The annotated copy `NAME.checked.xlsx`: the original workbook with each flagged
 * cell filled and noted, and a report sheet (annotateWorkbook.ts). The input
 * file is only ever read.
 */
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Workbook } from 'exceljs';
import type { Language } from '../engine/index';
import { annotateWorkbook } from './annotateWorkbook';
import { WorkbookWriteError } from './errors';
import { openWorkbook } from './open';
import type { ReviewedFinding } from './review';

export { ERROR_FILL, WARNING_FILL } from './annotateWorkbook';

export interface AnnotateRequest {
  readonly input: string;
  readonly output: string;
  readonly findings: readonly ReviewedFinding[];
  readonly language: Language;
  /** The input already loaded (the CLI read it for the check): annotated as is, not loaded again. */
  readonly workbook?: Workbook;
}

/** `dir/budget.xlsx` → `NAME.checked.xlsx` next to it, or in `outDir`. */
export function annotatedPath(input: string, outDir?: string): string {
  const name = basename(input).replace(/\.xls[xm]$/i, '');
  return join(outDir ?? dirname(input), `${name}.checked.xlsx`);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false; // the output does not exist yet, so it cannot be the input
  }
}

async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(output)), { recursive: true });
  const temp = `${output}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, output);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Writes the annotated copy. Throws WorkbookReadError / WorkbookWriteError. */
export async function writeAnnotatedCopy(request: AnnotateRequest): Promise<void> {
  const { input, output, findings, language } = request;
  if (await sameFile(input, output)) {
    throw new WorkbookWriteError(
      'same-as-input',
      `${output}: the annotated copy would overwrite the input file; choose another output directory.`,
    );
  }
  const workbook = request.workbook ?? (await openWorkbook(input)).workbook;
  annotateWorkbook(workbook, findings, language);
  try {
    const bytes = await workbook.xlsx.writeBuffer();
    // exceljs types the result loosely; under Node it is a Buffer.
    await writeAtomically(output, bytes as unknown as Uint8Array);
  } catch (err) {
    throw new WorkbookWriteError(
      'write-failed',
      `${output}: the annotated copy could not be written (${(err as Error).message}).`,
    );
  }
}
