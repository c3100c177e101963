/**
 * One exceljs cell → what the snapshot holds for it: the value (a formula's
 * cached result), the text it shows, its formula and number format.
 */
import { ValueType, type Cell, type CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../engine/index';
import { isoDateText } from './dateText';
import { formatNumber } from './numberFormat';

export { isoDateText };

export interface CellReading {
  readonly value: CellValue;
  readonly text: string;
  readonly formula: string | null;
  readonly numberFormat: string | null;
}

export const EMPTY_READING: CellReading = Object.freeze({
  value: null,
  text: '',
  formula: null,
  numberFormat: null,
});

/** Plain text of rich text, hyperlink and string values; undefined for other kinds (a linked number among them). */
export function plainText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw !== 'object' || raw === null) return undefined;
  if ('richText' in raw && Array.isArray(raw.richText)) {
    return raw.richText
      .map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  if ('text' in raw && 'hyperlink' in raw) return plainText(raw.text) ?? '';
  return undefined;
}

function errorOf(raw: unknown): { error: string } | undefined {
  if (typeof raw === 'object' && raw !== null && 'error' in raw && typeof raw.error === 'string') {
    return { error: raw.error };
  }
  return undefined;
}

/** A constant or a formula's result → value and shown text. */
function readConstant(
  raw: unknown,
  numberFormat: string | null,
): { value: CellValue; text: string } {
  if (raw === null || raw === undefined) return { value: null, text: '' };
  if (typeof raw === 'number') {
    // A number cell storing `NaN`, `abc` or `1e999` (exceljs reads NaN or Infinity): an error value, never a silent blank.
    if (!Number.isFinite(raw)) return { value: { error: String(raw) }, text: String(raw) };
    return { value: raw, text: formatNumber(raw, numberFormat) };
  }
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE' };
  if (raw instanceof Date) {
    const text = isoDateText(raw);
    return { value: text, text };
  }
  const error = errorOf(raw);
  if (error) return { value: error, text: error.error };
  // A linked cell: exceljs moves its value (a number, a date, a formula's result) to `text`. Read as
  // the value it is, or a figure under a link would vanish. A link on nothing reads as empty text.
  if (typeof raw === 'object' && 'hyperlink' in raw && 'text' in raw) {
    return raw.text === undefined || raw.text === null ? { value: '', text: '' } : readConstant(raw.text, numberFormat);
  }
  const text = plainText(raw);
  if (text !== undefined) return { value: text, text };
  // Anything exceljs could not classify is kept as its JSON text rather than lost.
  const json = JSON.stringify(raw) ?? '';
  return { value: json, text: json };
}

export function readCell(cell: Cell): CellReading {
  // Excel reads the hidden cells of a merged area as empty; exceljs would repeat the master.
  if (cell.type === ValueType.Merge) return EMPTY_READING;
  const format = cell.numFmt && !/^general$/i.test(cell.numFmt) ? cell.numFmt : null;
  if (cell.type === ValueType.Formula) {
    // `cell.result`, not `cell.value.result`: exceljs drops a falsy result (0, '') from the value copy.
    const { value, text } = readConstant(cell.result as unknown, format);
    const formula = cell.formula ? `=${cell.formula.replace(/^=/, '')}` : null;
    return { value, text, formula, numberFormat: format };
  }
  const { value, text } = readConstant(cell.value as ExcelValue as unknown, format);
  return { value, text, formula: null, numberFormat: format };
}
