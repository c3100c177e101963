/**
 * Values between exceljs cells and fast-formula-parser: what a formula reads
 * from a cell, and what a formula's result becomes as a cached result.
 */
import FormulaParser from 'fast-formula-parser';
import { ValueType, type Cell, type CellValue as ExcelValue } from 'exceljs';

const { FormulaError } = FormulaParser;

/** Days from Excel's epoch (1899-12-30) to the Unix epoch. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

function errorValue(raw: unknown): unknown {
  const code =
    typeof raw === 'object' && raw !== null && 'error' in raw ? String(raw.error) : '#VALUE!';
  return new FormulaError(code);
}

/** A constant (or a cached formula result) as the parser reads it; null for blank. */
export function parserValue(raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw.getTime() / DAY_MS + EXCEL_EPOCH_DAYS;
  if (typeof raw !== 'object') return null;
  if ('error' in raw) return errorValue(raw);
  if ('richText' in raw && Array.isArray(raw.richText))
    return raw.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  if ('text' in raw && 'hyperlink' in raw) return parserValue(raw.text);
  return null;
}

/** A non-formula cell's value as the parser reads it. */
export function constantOf(cell: Cell): unknown {
  if (cell.type === ValueType.Merge) return null;
  return parserValue(cell.value as ExcelValue as unknown);
}

/** A cached result as exceljs keeps it. */
export type CachedResult = number | string | boolean | { error: string };

/** What the parser returned → the cached result Excel would show. */
export function toCachedResult(value: unknown): CachedResult {
  if (Array.isArray(value)) return toCachedResult(value[0]); // a spilled array shows its first value
  if (value instanceof FormulaError) return { error: value.error };
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return 0; // a reference to a blank cell shows 0
}

export function sameResult(a: unknown, b: CachedResult): boolean {
  if (typeof b === 'object') {
    return typeof a === 'object' && a !== null && 'error' in a && a.error === b.error;
  }
  return a === b;
}
