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
import { parseCellAddress, type Acceptance, type RuleId } from '../engine/index';
import { readCell } from './cells';

export const ACCEPTANCE_KEY = 'acceptance';

// A Record so that a rule added to RuleId fails to compile here until it is listed.
const KNOWN_RULES: Record<RuleId, true> = {
  product: true,
  subtotal: true,
  total: true,
  change: true,
  'change-rate': true,
  funding: true,
  'cross-total': true,
  'budget-current': true,
  'execution-balance': true,
  unreadable: true,
};

function isRule(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(KNOWN_RULES, value);
}

/** The two cells of a state-sheet row that records `acceptance`. */
export function encodeAcceptance(acceptance: Acceptance): [string, string] {
  const { sheet, cell, rule, actual, note, at } = acceptance;
  return [
    ACCEPTANCE_KEY,
    JSON.stringify(
      note === undefined
        ? { sheet, cell, rule, actual, at }
        : { sheet, cell, rule, actual, note, at },
    ),
  ];
}

/** Parses the JSON of an acceptance row; a string explains why it was rejected. */
export function decodeAcceptance(json: string): Acceptance | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return 'its JSON cannot be parsed';
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'it is not a JSON object';
  const record = data as Record<string, unknown>;
  const { sheet, cell, rule, actual, note, at } = record;
  if (typeof sheet !== 'string' || sheet === '') return 'it has no sheet name';
  if (typeof cell !== 'string' || !parseCellAddress(cell)) return 'it has no valid cell address';
  if (!isRule(rule)) return `its rule ${JSON.stringify(rule)} is unknown`;
  if (actual !== null && (typeof actual !== 'number' || !Number.isFinite(actual)))
    return 'its stated figure is not a number or null';
  if (note !== undefined && typeof note !== 'string') return 'its note is not text';
  if (at !== undefined && typeof at !== 'string') return 'its time is not text';
  const base = {
    sheet,
    cell: cell.trim().toUpperCase().replace(/\$/g, ''),
    rule,
    actual,
    at: at ?? '',
  };
  return note === undefined ? base : { ...base, note };
}

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
