/** A file's bytes, with every way reading it can fail turned into a WorkbookReadError. */
import { readFile } from 'node:fs/promises';
import { WorkbookReadError } from './errors';

export async function readBytes(source: string | Uint8Array, label: string): Promise<Uint8Array> {
  if (typeof source !== 'string') return source;
  try {
    return await readFile(source);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new WorkbookReadError('not-found', `${label}: no such file.`, label);
    if (code === 'EISDIR')
      throw new WorkbookReadError(
        'not-a-file',
        `${label}: is a directory, not an .xlsx file.`,
        label,
      );
    if (code === 'EACCES' || code === 'EPERM') {
      throw new WorkbookReadError('not-a-file', `${label}: permission denied.`, label);
    }
    throw new WorkbookReadError(
      'not-a-file',
      `${label}: cannot be read (${(err as Error).message}).`,
      label,
    );
  }
}
