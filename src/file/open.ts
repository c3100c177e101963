/**
 * Opens an .xlsx file from a path (or bytes) with exceljs, turning every way it
 * can fail into a WorkbookReadError with a message the user can act on. The
 * byte-level part lives in load.ts, which the browser host shares.
 */
import { readFile } from 'node:fs/promises';
import type { Workbook } from 'exceljs';
import { WorkbookReadError } from './errors';
import { loadWorkbook } from './load';

export interface OpenedWorkbook {
  readonly workbook: Workbook;
  /** How the file is named in messages. */
  readonly label: string;
}

async function readBytes(source: string | Uint8Array, label: string): Promise<Uint8Array> {
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

export async function openWorkbook(
  source: string | Uint8Array,
  name?: string,
): Promise<OpenedWorkbook> {
  const label = name ?? (typeof source === 'string' ? source : 'workbook');
  const bytes = await readBytes(source, label);
  return { workbook: await loadWorkbook(bytes, label), label };
}
