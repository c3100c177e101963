/**
 * Writing the annotated copy without exceljs: the original package patched
 * (patch/annotatePackage.ts), written next to the input under its new name. When
 * the patcher cannot make the copy exactly, the fallback (exceljs, annotate.ts)
 * writes it instead. No exceljs import here: the command line writes copies
 * without ever loading it.
 */
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Coverage, Language } from '../engine/index';
import { readBytes } from './bytes';
import { WorkbookWriteError } from './errors';
import { annotatePackage } from './patch/annotatePackage';
import type { ReviewedFinding } from './review';

export interface CopyRequest {
  readonly input: string;
  readonly output: string;
  readonly findings: readonly ReviewedFinding[];
  readonly language: Language;
  /** What was checked: the report sheet's title says it and lists the figures not checked. */
  readonly coverage?: Coverage;
  /** The input's bytes when the caller has read them already. */
  readonly bytes?: Uint8Array;
}

/** Which writer made the copy, and why the patcher did not when it did not. */
export interface CopyWritten {
  readonly writer: 'patch' | 'exceljs';
  readonly reason?: string;
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

/** Throws WorkbookWriteError when the output would be the input. */
export async function refuseSameFile(input: string, output: string): Promise<void> {
  if (await sameFile(input, output)) {
    throw new WorkbookWriteError(
      'same-as-input',
      `${output}: the annotated copy would overwrite the input file; choose another output directory.`,
    );
  }
}

/** Writes to a temporary file first, so a failed write never leaves half a copy under the real name. */
export async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(resolve(output)), { recursive: true });
    const temp = `${output}.${process.pid}.${Date.now()}.tmp`;
    try {
      await writeFile(temp, bytes);
      await rename(temp, output);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  } catch (err) {
    throw new WorkbookWriteError('write-failed', `${output}: the annotated copy could not be written (${(err as Error).message}).`);
  }
}

/**
 * The patched copy, or `fallback()` when the patcher cannot make it. Any failure of
 * the patcher falls back (Unsupported for what it knowingly leaves to exceljs, and
 * anything unexpected too): a user gets a copy either way.
 */
export async function writePatchedCopy(request: CopyRequest, fallback: () => Promise<void>): Promise<CopyWritten> {
  const { input, output, findings, language } = request;
  await refuseSameFile(input, output);
  const bytes = request.bytes ?? (await readBytes(input, input));
  let patched: Uint8Array;
  try {
    patched = annotatePackage(bytes, findings, language, request.coverage);
  } catch (err) {
    await fallback();
    return { writer: 'exceljs', reason: err instanceof Error ? err.message : String(err) };
  }
  await writeAtomically(output, patched);
  return { writer: 'patch' };
}
