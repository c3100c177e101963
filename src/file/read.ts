/**
 * .xlsx file → WorkbookSnapshot (see workbookReading.ts for the reading itself).
 */
import { openWorkbook } from './open';
import { readLoadedWorkbook, type WorkbookReading } from './workbookReading';

export { snapshotSheet, type WorkbookReading } from './workbookReading';

/** Reads a workbook from a path or bytes. Throws WorkbookReadError when it cannot. */
export async function readWorkbook(
  source: string | Uint8Array,
  name?: string,
): Promise<WorkbookReading> {
  const { workbook } = await openWorkbook(source, name);
  return readLoadedWorkbook(workbook);
}
