/**
 * The acceptances in the state sheet's rows (format in state.ts), from rows however
 * they were read: exceljs (state.ts) or the fast reader (xlsx/). Pure.
 */
import type { CellValue, Language } from '../engine/index';
import { stateWarningText } from './problemText';
import { ACCEPTANCE_KEY, decodeAcceptance, type Acceptance } from '../engine/review';

export interface StateReading {
  readonly acceptances: readonly Acceptance[];
  readonly warnings: readonly string[];
}

/** One non-empty row of the state sheet: column A's value and column B's text. */
export interface StateRow {
  readonly rowNumber: number;
  readonly key: CellValue;
  readonly payload: string;
}

/** The acceptances in the state sheet's rows, however they were read (exceljs or the fast reader). */
export function stateFromRows(rows: Iterable<StateRow>, language: Language = 'en'): StateReading {
  const acceptances: Acceptance[] = [];
  const warnings: string[] = [];
  for (const { rowNumber, key, payload } of rows) {
    if (key === null || key === '') {
      if (payload.trim() !== '')
        warnings.push(stateWarningText({ kind: 'no-key', row: rowNumber }, language));
      continue;
    }
    if (typeof key !== 'string') {
      warnings.push(stateWarningText({ kind: 'key-not-text', row: rowNumber }, language));
      continue;
    }
    if (key.trim() !== ACCEPTANCE_KEY) continue; // another adapter's record
    const decoded = decodeAcceptance(payload);
    if (typeof decoded === 'string') {
      warnings.push(stateWarningText({ kind: 'bad-acceptance', row: rowNumber, why: decoded }, language));
    } else {
      acceptances.push(decoded);
    }
  }
  return { acceptances, warnings };
}
