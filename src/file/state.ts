/**
 * Reviewers' acceptances, kept in the workbook's state sheet (STATE_SHEET).
 *
 * Storage format, shared with the Office.js adapter:
 *   - one record per row; column A holds the key, column B a JSON text;
 *   - key `acceptance`: B is `JSON.stringify(acceptance)` with the fields of
 *     `Acceptance` (sheet, cell, rule, actual, note?, reviewer?, at; records written
 *     before reviewers were named have no reviewer and read as they did);
 *   - rows with any other key belong to other adapters (e.g. original fills) and
 *     are left alone; blank rows are skipped.
 * A broken acceptance row is skipped with a warning: a damaged state sheet never
 * stops verification.
 */
import type { Worksheet } from 'exceljs';
import type { Language } from '../engine/index';
import { stateFromRows, type StateReading, type StateRow } from './stateRows';
import { readCell } from './cells';

export { ACCEPTANCE_KEY, encodeAcceptance, decodeAcceptance } from '../engine/review';

export { stateFromRows, type StateReading, type StateRow } from './stateRows';

export function readState(sheet: Worksheet | undefined, language: Language = 'en'): StateReading {
  if (!sheet) return { acceptances: [], warnings: [] };
  const rows: StateRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    rows.push({ rowNumber, key: readCell(row.getCell(1)).value, payload: readCell(row.getCell(2)).text });
  });
  return stateFromRows(rows, language);
}

