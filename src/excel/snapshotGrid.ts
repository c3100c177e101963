/**
 * Office.js grids → the engine's snapshot. Pure: the grids come in exactly as
 * `range.values`, `text`, `formulas` and `valueTypes` return them (and
 * `numberFormat`, when a caller loads it: the verify read does not, as the
 * engine reads the text a cell shows, never its format).
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../engine/snapshot';
import { parseCellAddress } from '../engine/address';

export interface SheetExtent {
  readonly name: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** One block of rows as Office returned it. */
export interface GridBlock {
  readonly rowIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly text: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat?: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly unknown[])[];
}

export function toSheetSnapshot(
  extent: SheetExtent,
  blocks: readonly GridBlock[],
  merges: readonly MergeArea[],
): SheetSnapshot {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const withFormats = blocks.length > 0 && blocks.every((b) => b.numberFormat !== undefined);
  for (const block of [...blocks].sort((a, b) => a.rowIndex - b.rowIndex)) {
    block.values.forEach((row, r) => {
      const types = block.valueTypes[r] ?? [];
      values.push(row.map((v, c) => toCellValue(v, types[c])));
      texts.push(
        (block.text[r] ?? []).map((t) => (t === null || t === undefined ? '' : String(t))),
      );
      formulas.push((block.formulas[r] ?? []).map(toFormula));
      if (withFormats) numberFormats.push((block.numberFormat?.[r] ?? []).map(toNumberFormat));
    });
  }
  return {
    name: extent.name,
    origin: { row: extent.rowIndex, col: extent.columnIndex },
    values,
    texts,
    formulas,
    ...(withFormats ? { numberFormats } : {}),
    merges,
  };
}

export function toCellValue(value: unknown, type: unknown): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value;
  return String(value);
}

function toFormula(f: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

function toNumberFormat(f: unknown): string | null {
  return typeof f === 'string' && f !== '' && f !== 'General' ? f : null;
}

const AREA =
  /(?:^|[,\s])(?:(?:'(?:[^']|'')*'|[^',!\s]+)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?/g;

/** Parses a RangeAreas address (`Sheet1!A1:B2, Sheet1!D4:D9`) into 0-based merged areas. */
export function parseAreas(address: string | null | undefined): MergeArea[] {
  if (!address) return [];
  const out: MergeArea[] = [];
  for (const m of address.toUpperCase().matchAll(AREA)) {
    const a = parseCellAddress((m[1] ?? '').replace(/\$/g, ''));
    const b = m[2] ? parseCellAddress(m[2].replace(/\$/g, '')) : a;
    if (!a || !b) continue;
    out.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
  return out;
}
