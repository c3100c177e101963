/**
 * How the command line reads a file: with the fast reader, and exceljs is never
 * loaded (loading it alone takes about a second). exceljs reads the file only when
 * the fast reader cannot read it exactly. The annotated copy is made from the same
 * bytes by patching the package (file/copy.ts); exceljs writes it only when the
 * patcher cannot, from the workbook it loaded if it loaded one.
 */
import type { Workbook } from 'exceljs';
import { readBytes } from '../file/bytes';
import { checkContainer } from '../file/container';
import type { WorkbookReading } from '../file/workbookReading';
import { readXlsxFast } from '../file/xlsx/read';

type ExceljsSide = typeof import('../file/index');

/** The exceljs side of the file adapter, loaded on first use. */
export function exceljsSide(): ExceljsSide {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above); import() would be ESM resolution in the compiled CLI
  return require('../file/index') as ExceljsSide;
}

export interface FileReading {
  readonly reading: WorkbookReading;
  /** The file's bytes, for the annotated copy. */
  readonly bytes: Uint8Array;
  /** The exceljs workbook, when one was loaded (always when a copy is to be written). */
  readonly workbook: Workbook | null;
}

/** Throws WorkbookReadError when the file cannot be read. */
export async function readForCheck(file: string): Promise<FileReading> {
  const bytes = await readBytes(file, file);
  checkContainer(bytes, file);
  try {
    return { reading: readXlsxFast(bytes), bytes, workbook: null };
  } catch {
    // Something the fast reader does not read exactly (or a damaged file): exceljs decides.
  }
  const { loadWorkbook, readLoadedWorkbook } = exceljsSide();
  const workbook = await loadWorkbook(bytes, file);
  return { reading: readLoadedWorkbook(workbook), bytes, workbook };
}
