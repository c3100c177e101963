/**
 * Opens an .xlsx file from a path (or bytes) with exceljs, turning every way it
 * can fail into a WorkbookReadError with a message the user can act on. The
 * byte-level part lives in load.ts, which the browser host shares.
 */
import type { Workbook } from 'exceljs';
import { loadWorkbook } from './load';
import { readBytes } from './bytes';

export interface OpenedWorkbook {
  readonly workbook: Workbook;
  /** How the file is named in messages. */
  readonly label: string;
}

export async function openWorkbook(
  source: string | Uint8Array,
  name?: string,
): Promise<OpenedWorkbook> {
  const label = name ?? (typeof source === 'string' ? source : 'workbook');
  const bytes = await readBytes(source, label);
  return { workbook: await loadWorkbook(bytes, label), label };
}
