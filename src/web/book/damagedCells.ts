/**
 * Cells the page's check found storing no number where the file says a number is
 * (`12abc`, `NaN`, `1e999`; file/xlsx/sheet.ts). exceljs reads them with parseFloat:
 * `12abc` becomes 12, so a Verify would check a figure the file does not hold, and a
 * saved copy would hold 12. Each is given, in the opened book, the error value of
 * what it stores, as the command line reads it: the grid shows that text, the engine
 * reports the cell unreadable, and a saved copy keeps the text instead of a number
 * exceljs made up.
 */
import type { CellErrorValue, Workbook } from 'exceljs';
import { parseCellAddress } from '../../engine/address';
import type { DamagedCell } from '../../file/problems';

/** exceljs types an error as one of Excel's seven; it stores and writes any text. */
const errorValue = (stored: string) => ({ error: stored }) as unknown as CellErrorValue;

export function showDamagedCells(workbook: Workbook, damaged: readonly DamagedCell[]): void {
  for (const d of damaged) {
    const at = parseCellAddress(d.cell);
    const cell = at ? workbook.getWorksheet(d.sheet)?.findCell(at.row + 1, at.col + 1) : undefined;
    if (!cell) continue;
    const value: unknown = cell.value;
    if (typeof value === 'number') {
      cell.value = errorValue(d.stored);
    } else if (typeof value === 'object' && value !== null && 'formula' in value && typeof cell.result === 'number') {
      // A formula whose cached result is the damaged number: the formula stays, its result is the error.
      cell.value = { ...(value as { formula: string }), result: errorValue(d.stored) };
    }
  }
}
