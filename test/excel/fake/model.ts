/**
 * The fake workbook's data: cells, fills, merges, notes and comments, plain
 * enough to persist as JSON and reopen ("save, close, open" in a test).
 */
import { renderNumber, renderString } from './numberFormat';

export interface FakeFill {
  color: string;
  pattern: string;
  tintAndShade: number;
  patternColor: string;
  patternTintAndShade: number;
}

export const NO_FILL: Readonly<FakeFill> = Object.freeze({
  color: '#FFFFFF',
  pattern: 'None',
  tintAndShade: 0,
  patternColor: '#000000',
  patternTintAndShade: 0,
});

export interface FakeCell {
  value: number | string | boolean | null;
  formula: string | null;
  numberFormat: string;
  /** What the cell shows, when a test wants it to differ from the default rendering. */
  text: string | null;
  /** An error value such as `#DIV/0!`. */
  error: string | null;
  fill: FakeFill;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Cells computed on demand, for sheets of hundreds of thousands of rows that
 * would be slow and large as one object per cell: rows 0..rows-1, columns
 * 0..columns-1. A cell in `cells` (written since) takes precedence. Not kept by
 * `persist()` (a function is not JSON).
 */
export interface GeneratedCells {
  rows: number;
  columns: number;
  cell?: (row: number, col: number) => FakeCell | undefined;
}

export interface FakeSheet {
  name: string;
  generated?: GeneratedCells;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Keyed `row,col` (0-based). */
  cells: Record<string, FakeCell>;
  merges: Area[];
  /** Keyed by A1 address. */
  notes: Record<string, { content: string; author: string }>;
}

export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export interface FakeWorkbookData {
  sheets: FakeSheet[];
  activeSheet: string;
  readOnly: boolean;
  structureProtected: boolean;
  comments: FakeComment[];
  nextId: number;
}

/** What a file keeps when saved: everything except session state such as edit mode. */
export type PersistedWorkbook = FakeWorkbookData;

export function emptyCell(): FakeCell {
  return {
    value: null,
    formula: null,
    numberFormat: 'General',
    text: null,
    error: null,
    fill: { ...NO_FILL },
  };
}

export function cellKeyOf(row: number, col: number): string {
  return `${row},${col}`;
}

export function isEmptyCell(c: FakeCell): boolean {
  return c.value === null && c.formula === null && c.error === null;
}

/** The text Excel would show for a cell, for the formats the tests use. */
export function renderText(c: FakeCell): string {
  if (c.text !== null) return c.text;
  if (c.error !== null) return c.error;
  if (c.value === null) return '';
  if (typeof c.value === 'number') return renderNumber(c.value, c.numberFormat);
  if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  return renderString(c.value, c.numberFormat);
}
