/**
 * A sheet's cells as they are read, in reading order, kept in parallel arrays (no
 * object per cell: a budget book has millions), then laid out as the snapshot's
 * grids over the used range (the exceljs reading; the fast reader writes rows directly).
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../engine/index';
import type { CellReading } from './cells';

/** `A1:C3` (1-based, as workbooks keep merges) → 0-based inclusive area. */
export function mergeArea(range: string): MergeArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range);
  if (!m) return null;
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [, l1 = '', r1 = '', l2 = '', r2 = ''] = m;
  return { top: Number(r1) - 1, left: col(l1), bottom: Number(r2) - 1, right: col(l2) };
}

/** A rows × cols grid of `fill`, built with plain loops. */
function grid<T>(rows: number, cols: number, fill: T): T[][] {
  const out: T[][] = new Array<T[]>(rows);
  for (let r = 0; r < rows; r++) out[r] = new Array<T>(cols).fill(fill);
  return out;
}

export class SheetCells {
  private readonly rowsAt: number[] = [];
  private readonly colsAt: number[] = [];
  private readonly readings: CellReading[] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = -1;
  private right = -1;

  /** A cell at 0-based (row, col); an empty reading still counts for the used range. */
  add(row: number, col: number, reading: CellReading): void {
    this.rowsAt.push(row);
    this.colsAt.push(col);
    this.readings.push(reading);
    this.cover(row, col, row, col);
  }

  private cover(top: number, left: number, bottom: number, right: number): void {
    if (top < this.top) this.top = top;
    if (left < this.left) this.left = left;
    if (bottom > this.bottom) this.bottom = bottom;
    if (right > this.right) this.right = right;
  }

  snapshot(name: string, merges: readonly MergeArea[]): SheetSnapshot {
    for (const m of merges) this.cover(m.top, m.left, m.bottom, m.right);
    const empty = this.bottom < 0;
    const top = empty ? 0 : this.top;
    const left = empty ? 0 : this.left;
    const rows = empty ? 0 : this.bottom - top + 1;
    const cols = empty ? 0 : this.right - left + 1;
    const values = grid<CellValue>(rows, cols, null);
    const texts = grid(rows, cols, '');
    const formulas = grid<string | null>(rows, cols, null);
    const numberFormats = grid<string | null>(rows, cols, null);
    for (let i = 0; i < this.readings.length; i++) {
      const reading = this.readings[i] as CellReading;
      const r = (this.rowsAt[i] as number) - top;
      const c = (this.colsAt[i] as number) - left;
      (values[r] as CellValue[])[c] = reading.value;
      (texts[r] as string[])[c] = reading.text;
      (formulas[r] as (string | null)[])[c] = reading.formula;
      (numberFormats[r] as (string | null)[])[c] = reading.numberFormat;
    }
    return { name, origin: { row: top, col: left }, values, texts, formulas, numberFormats, merges: [...merges] };
  }
}
