/**
 * Reviewers' acceptances, kept in the workbook's state sheet (STATE_SHEET).
 *
 * Storage format, shared with the Office.js adapter:
 *   - one record per row; column A holds the key, column B a JSON text;
 *   - key `acceptance`: B is `JSON.stringify(acceptance)` with the fields of
 *     `Acceptance` (sheet, cell, rule, actual, note?, at);
 *   - rows with any other key belong to other adapters (e.g. original fills) and
 *     are left alone; blank rows are skipped.
 * A broken acceptance row is skipped with a warning: a damaged state sheet never
 * stops verification.
 */
import type { Worksheet } from 'exceljs';
import { ACCEPTANCE_KEY, decodeAcceptance, type Acceptance } from '../engine/review';
import { readCell } from './cells';

export { ACCEPTANCE_KEY, encodeAcceptance, decodeAcceptance } from '../engine/review';

export interface StateReading {
  readonly acceptances: readonly Acceptance[];
  readonly warnings: readonly string[];
}

export function readState(sheet: Worksheet | undefined): StateReading {
  if (!sheet) return { acceptances: [], warnings: [] };
  const acceptances: Acceptance[] = [];
  const warnings: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const key = readCell(row.getCell(1)).value;
    const payload = readCell(row.getCell(2)).text;
    if (key === null || key === '') {
      if (payload.trim() !== '')
        warnings.push(`State sheet row ${rowNumber} has content but no key in column A; ignored.`);
      return;
    }
    if (typeof key !== 'string') {
      warnings.push(`State sheet row ${rowNumber}: column A is not a text key; ignored.`);
      return;
    }
    if (key.trim() !== ACCEPTANCE_KEY) return; // another adapter's record
    const decoded = decodeAcceptance(payload);
    if (typeof decoded === 'string') {
      warnings.push(`State sheet row ${rowNumber}: acceptance ignored because ${decoded}.`);
    } else {
      acceptances.push(decoded);
    }
  });
  return { acceptances, warnings };
}
