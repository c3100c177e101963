/**
 * Writing the annotated copy without exceljs: the original package patched
 * (patch/annotatePackage.ts), written next to the input under its new name. When
 * the patcher cannot make the copy exactly, the fallback (exceljs, annotate.ts)
 * writes it instead. No exceljs import here: the command line writes copies
 * without ever loading it.
 *
 * Nothing we did not write is ever replaced: every copy carries our mark
 * (patch/copyMark.ts); a file already at the copy's name is replaced only when it
 * is our copy, unedited, and otherwise the copy goes to `NAME.checked (2).xlsx`
 * (the first such name that is free). The bytes go to a temporary file created
 * exclusively under an unpredictable name in the output folder, then take their
 * name without ever replacing a file that appeared meanwhile.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Coverage, Language } from '../engine/index';
import { readBytes } from './bytes';
import { WorkbookWriteError } from './errors';
import { annotatePackage } from './patch/annotatePackage';
import { markCopy } from './patch/copyMark';
import { writeProblemOf } from './problems';
import { MAX_NUMBERED, numberedPath, occupant } from './copyNames';
import type { ReviewedFinding } from './review';

export { annotatedPath, MAX_NUMBERED, numberedPath, occupant } from './copyNames';

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

/** Which writer made the copy, why the patcher did not when it did not, and where the copy went. */
export interface CopyWritten {
  readonly writer: 'patch' | 'exceljs';
  readonly reason?: string;
  /** Set when the copy went elsewhere than asked: a file not ours appeared at that name, and the next free one was taken. */
  readonly path?: string;
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
  if (await sameFile(input, output)) throw new WorkbookWriteError({ kind: 'same-as-input' }, output);
}

/** Puts `temp` at `target` without ever replacing what is there. False when something is. */
async function placeExclusively(temp: string, target: string): Promise<boolean> {
  try {
    await link(temp, target);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT, some network shares): an exclusive copy instead.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
  }
  try {
    await copyFile(temp, target, constants.COPYFILE_EXCL);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/**
 * Writes the copy, marked as ours, at `output` or, when a file not ours is there (or
 * appears meanwhile), at the first free `NAME.checked (n).xlsx`. Returns the path written.
 */
export async function writeAtomically(output: string, bytes: Uint8Array): Promise<string> {
  let marked: Uint8Array;
  try {
    marked = markCopy(bytes);
  } catch {
    marked = bytes; // a package that cannot be rezipped here (zip64): written unmarked, so never replaced later
  }
  return writeMarked(output, marked);
}

/** A copy already marked as ours (the patcher marks its package before zipping it), written as writeAtomically writes one. */
function writeMarked(output: string, marked: Uint8Array): Promise<string> {
  return writeNeverReplacing(output, marked, { numbered: numberedPath, occupant });
}

/** How a kind of file we write is named when its name is taken, and how we know our own. */
export interface OwnFiles {
  readonly numbered: (path: string, n: number) => string;
  readonly occupant: (path: string) => Promise<'free' | 'ours' | 'theirs'>;
}

/**
 * `bytes` at `output`, or at the first numbered name that is free or ours: through a
 * temporary file created exclusively, never replacing a file not ours (the annotated
 * copy, and the command line's HTML report, htmlReport.ts).
 */
export async function writeNeverReplacing(output: string, bytes: Uint8Array, own: OwnFiles): Promise<string> {
  let temp: string | null = null;
  try {
    const folder = dirname(resolve(output));
    await mkdir(folder, { recursive: true });
    temp = join(folder, `.${basename(output)}.${randomBytes(9).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    for (let n = 1; n <= MAX_NUMBERED; n++) {
      const target = own.numbered(output, n);
      const at = await own.occupant(target);
      if (at === 'ours') {
        await rename(temp, target);
        temp = null;
        return target;
      }
      if (at === 'free' && (await placeExclusively(temp, target))) return target;
    }
    throw new WorkbookWriteError({ kind: 'io-error' }, output);
  } catch (err) {
    if (err instanceof WorkbookWriteError) throw err;
    throw new WorkbookWriteError(writeProblemOf(err), output);
  } finally {
    if (temp !== null) await rm(temp, { force: true });
  }
}

/**
 * The patched copy, or `fallback()` when the patcher cannot make it. Any failure of
 * the patcher falls back (Unsupported for what it knowingly leaves to exceljs, and
 * anything unexpected too): a user gets a copy either way.
 */
export async function writePatchedCopy(request: CopyRequest, fallback: () => Promise<string>): Promise<CopyWritten> {
  const { input, output, findings, language } = request;
  await refuseSameFile(input, output);
  const bytes = request.bytes ?? (await readBytes(input, input));
  let patched: Uint8Array;
  try {
    patched = annotatePackage(bytes, findings, language, request.coverage);
  } catch (err) {
    const path = await fallback();
    return { writer: 'exceljs', reason: err instanceof Error ? err.message : String(err), ...(path !== output ? { path } : {}) };
  }
  const path = await writeMarked(output, patched);
  return path !== output ? { writer: 'patch', path } : { writer: 'patch' };
}
