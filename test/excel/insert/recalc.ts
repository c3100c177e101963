/**
 * Recomputes every formula of a fake workbook with a real formula evaluator,
 * fast-formula-parser (MIT), the way Excel would after a change: each formula
 * cell gets its result as its value (or an error value), its inputs first.
 */
import type { FakeBook } from '../fake/book';
import { cellKeyOf, type FakeCell, type FakeSheet } from '../fake/model';

interface CellRefArg {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}
interface RangeRefArg {
  readonly sheet: string;
  readonly from: { row: number; col: number };
  readonly to: { row: number; col: number };
}
interface FormulaParserApi {
  parse(formula: string, position: CellRefArg): unknown;
}
type FormulaParserCtor = new (config: {
  onCell: (ref: CellRefArg) => unknown;
  onRange: (ref: RangeRefArg) => unknown[][];
}) => FormulaParserApi;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- an untyped CommonJS package, typed just above
const FormulaParser = require('fast-formula-parser') as FormulaParserCtor;

export function recalc(book: FakeBook): void {
  const done = new Set<string>();
  const busy = new Set<string>();
  const sheetOf = (name: string): FakeSheet | undefined => book.data.sheets.find((s) => s.name === name);

  const valueOf = (sheetName: string, row: number, col: number): unknown => {
    const sheet = sheetOf(sheetName);
    const cell = sheet?.cells[cellKeyOf(row, col)];
    if (!sheet || !cell) return null;
    if (cell.formula) evaluate(sheet, row, col, cell);
    if (cell.error) return { _error: cell.error };
    return cell.value;
  };

  // The parser is not re-entrant: a formula's inputs are evaluated by a parser of their own.
  const newParser = () => new FormulaParser({
    onCell: ({ sheet, row, col }) => valueOf(sheet, row - 1, col - 1),
    onRange: ({ sheet, from, to }) => {
      const rows: unknown[][] = [];
      for (let r = from.row; r <= to.row; r++) {
        const line: unknown[] = [];
        for (let c = from.col; c <= to.col; c++) line.push(valueOf(sheet, r - 1, c - 1));
        rows.push(line);
      }
      return rows;
    },
  });

  function evaluate(sheet: FakeSheet, row: number, col: number, cell: FakeCell): void {
    const key = `${sheet.name}!${row},${col}`;
    if (done.has(key)) return;
    if (busy.has(key)) throw new Error(`recalc: circular reference at ${key}`);
    busy.add(key);
    const result = newParser().parse((cell.formula as string).replace(/^=/, ''), { sheet: sheet.name, row: row + 1, col: col + 1 });
    busy.delete(key);
    done.add(key);
    cell.text = null;
    if (isError(result)) {
      cell.value = null;
      cell.error = result._error;
    } else {
      cell.error = null;
      cell.value = typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' ? result : null;
    }
  }

  for (const sheet of book.data.sheets) {
    for (const [key, cell] of Object.entries(sheet.cells)) {
      if (!cell.formula) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      evaluate(sheet, r, c, cell);
    }
  }
}

function isError(x: unknown): x is { _error: string } {
  return typeof x === 'object' && x !== null && typeof (x as { _error?: unknown })._error === 'string';
}
