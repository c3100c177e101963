/**
 * The annotated copy's names, and what stands at one: `NAME.checked.xlsx`, numbered when a
 * file not ours is there. Kept apart from the writer (copy.ts), which brings the patcher
 * and the engine with it: the command line's own process plans the names (cli/outputs.ts)
 * while its checking child writes the copy, and loads only this.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readBytes } from './bytes';
import { isMarkedCopy } from './patch/copyMark';

/** `dir/budget.xlsx` → `NAME.checked.xlsx` next to it, or in `outDir`. */
export function annotatedPath(input: string, outDir?: string): string {
  const name = basename(input).replace(/\.xls[xm]$/i, '');
  return join(outDir ?? dirname(input), `${name}.checked.xlsx`);
}

/** How far `NAME.checked (n).xlsx` goes looking for a free name before giving up. */
export const MAX_NUMBERED = 999;

/** `NAME.checked.xlsx` → `NAME.checked (n).xlsx`. */
export function numberedPath(path: string, n: number): string {
  return n < 2 ? path : path.replace(/\.checked\.xlsx$/i, '') + `.checked (${n}).xlsx`;
}

/** What is at a path: nothing, our own unedited copy, or something else (never to be replaced). */
export async function occupant(path: string): Promise<'free' | 'ours' | 'theirs'> {
  try {
    await stat(path);
  } catch (err) {
    // Nothing there (ENOTDIR: a file where a folder should be; writing will say so).
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'free' : 'theirs';
  }
  try {
    return isMarkedCopy(await readBytes(path, path)) ? 'ours' : 'theirs';
  } catch {
    return 'theirs'; // a folder, a pipe, a file too large to be ours…
  }
}
