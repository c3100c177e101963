/**
 * A file's bytes, read only when it is a regular file no larger than the limit:
 * a FIFO would wait forever for a writer, `/dev/zero` never ends, and a huge file
 * would be read whole before anything could refuse it. The file is opened without
 * blocking and checked through its own descriptor (no race between look and read).
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { WorkbookReadError } from './errors';
import { DEFAULT_LIMITS } from './limits';
import type { ReadProblem } from './problems';

function problemOf(err: unknown): ReadProblem {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'not-found' };
  if (code === 'EISDIR') return { kind: 'directory' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'permission' };
  return { kind: 'io-error' };
}

export async function readBytes(source: string | Uint8Array, label: string, limit = DEFAULT_LIMITS.fileBytes): Promise<Uint8Array> {
  if (typeof source !== 'string') return source;
  let handle;
  try {
    handle = await open(source, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new WorkbookReadError(problemOf(err), label);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new WorkbookReadError({ kind: 'directory' }, label);
    if (!stats.isFile()) throw new WorkbookReadError({ kind: 'special-file' }, label);
    if (stats.size > limit) throw new WorkbookReadError({ kind: 'file-too-large', size: stats.size, limit }, label);
    // Read what the size says, and no further: a file that grows meanwhile is cut at the size checked.
    const bytes = new Uint8Array(stats.size);
    let at = 0;
    while (at < bytes.length) {
      const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError(problemOf(err), label);
  } finally {
    await handle.close();
  }
}
