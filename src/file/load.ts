/**
 * Bytes → exceljs Workbook, with every way it can fail turned into a
 * WorkbookReadError the user can act on. No `node:` APIs and no Node `Buffer`:
 * the browser host loads a dropped file through the same function as the CLI.
 */
import { Workbook } from 'exceljs';
import { WorkbookReadError } from './errors';
import { checkContainer } from './container';

export { checkContainer } from './container';

/** Loads the bytes of an .xlsx file. Throws WorkbookReadError when it cannot. */
export async function loadWorkbook(bytes: Uint8Array, label: string): Promise<Workbook> {
  checkContainer(bytes, label);
  const workbook = new Workbook();
  try {
    // exceljs types its argument as Node's Buffer; it reads any Uint8Array (JSZip underneath).
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    // exceljs's own words (`A Cell needs a Row`) mean nothing to a user: ours say what it means.
    throw new WorkbookReadError({ kind: 'corrupt' }, label);
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError({ kind: 'no-worksheets' }, label);
  }
  return workbook;
}
