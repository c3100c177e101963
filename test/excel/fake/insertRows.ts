/**
 * Inserting whole rows in the fake, as Excel does it: cells, merged areas, notes
 * and comments at or below the row move down; a merged area the row goes into
 * grows; every formula that refers to a moved cell is rewritten (a range whose
 * end moves grows, so `SUM(D29:D31)` takes in a row inserted at 31 but not one at 32).
 */
import { a1, parseArea } from './a1';
import { FakeOfficeError } from './core';
import { cellKeyOf, isEmptyCell, type FakeCell, type FakeSheet, type FakeWorkbookData } from './model';

export const LAST_ROW = 1_048_575;

export function insertRows(data: FakeWorkbookData, sheet: FakeSheet, at: number, count: number): void {
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const row = Number(key.split(',')[0]);
    if (row > LAST_ROW - count && !isEmptyCell(cell))
      throw new FakeOfficeError('InvalidOperation', 'This operation would push cells off the end of the worksheet.');
  }
  const moved: Record<string, FakeCell> = {};
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    if (r > LAST_ROW - count) continue;
    moved[cellKeyOf(r >= at ? r + count : r, c)] = cell;
  }
  sheet.cells = moved;
  sheet.merges = sheet.merges.map((m) =>
    m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m.bottom >= at ? { ...m, bottom: m.bottom + count } : m,
  );
  const notes: FakeSheet['notes'] = {};
  for (const [address, note] of Object.entries(sheet.notes)) notes[shiftAddress(address, at, count)] = note;
  sheet.notes = notes;
  for (const comment of data.comments) {
    if (comment.sheet === sheet.name) comment.cell = shiftAddress(comment.cell, at, count);
  }
  for (const other of data.sheets) {
    for (const cell of Object.values(other.cells)) {
      if (cell.formula) cell.formula = shiftFormula(cell.formula, sheet.name, other.name === sheet.name, at, count);
    }
  }
}

function shiftAddress(address: string, at: number, count: number): string {
  const area = parseArea(address);
  if (!area) return address;
  return a1(area.top >= at ? area.top + count : area.top, area.left);
}

const REF = /((?:'(?:[^']|'')+'|[A-Za-z_\u3131-\uD7A3][\w.\u3131-\uD7A3]*)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?![\w(])/g;

/** Rewrites the references to `sheetName` in a formula (string literals left alone). */
export function shiftFormula(formula: string, sheetName: string, sameSheet: boolean, at: number, count: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (whole, prefix: string | undefined, col: string, row: string, offset: number, all: string) => {
            const before = all[offset - 1];
            if (before !== undefined && /[\w.]/.test(before)) return whole;
            const target = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : null;
            const refersHere = target === null ? sameSheet : target === sheetName;
            const n = Number(row) - 1;
            if (!refersHere || n < at) return whole;
            return `${prefix ?? ''}${col}${n + count + 1}`;
          }),
    )
    .join('');
}
