/**
 * The snapshot's grids written as a sheet's XML is read, row by row in order: no
 * object per cell, nothing kept but what the snapshot holds. Each row starts as wide
 * as the widest row so far, filled with the empty values (dense arrays, no holes);
 * rows without a formula share one row of nulls. At the end the rows are cut to the
 * used range.
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../../engine/index';

interface Row {
  values: CellValue[];
  texts: string[];
  formats: (string | null)[];
  formulas: (string | null)[] | null;
}

export class SheetRows {
  private readonly rows: (Row | undefined)[] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = -1;
  private right = -1;

  set(row: number, col: number, value: CellValue, text: string, formula: string | null, format: string | null): void {
    let line = this.rows[row];
    if (!line) {
      const width = Math.max(this.right + 1, col + 1);
      line = { values: new Array<CellValue>(width).fill(null), texts: new Array<string>(width).fill(''), formats: new Array<string | null>(width).fill(null), formulas: null };
      this.rows[row] = line;
    }
    while (line.values.length <= col) {
      line.values.push(null);
      line.texts.push('');
      line.formats.push(null);
      line.formulas?.push(null);
    }
    line.values[col] = value;
    line.texts[col] = text;
    line.formats[col] = format;
    if (formula !== null || line.formulas) {
      line.formulas ??= new Array<string | null>(line.values.length).fill(null);
      line.formulas[col] = formula;
    }
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  /** Empties every cell of a merged area but its top-left, as Excel reads them. */
  blankMerged(merges: readonly MergeArea[]): void {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const line = this.rows[r];
        if (!line) continue;
        for (let c = m.left; c <= Math.min(m.right, line.values.length - 1); c++) {
          if (r === m.top && c === m.left) continue;
          line.values[c] = null;
          line.texts[c] = '';
          line.formats[c] = null;
          if (line.formulas) line.formulas[c] = null;
        }
      }
    }
  }

  snapshot(name: string, merges: readonly MergeArea[]): SheetSnapshot {
    for (const m of merges) {
      this.top = Math.min(this.top, m.top);
      this.left = Math.min(this.left, m.left);
      this.bottom = Math.max(this.bottom, m.bottom);
      this.right = Math.max(this.right, m.right);
    }
    const empty = this.bottom < 0;
    const top = empty ? 0 : this.top;
    const left = empty ? 0 : this.left;
    const width = empty ? 0 : this.right - left + 1;
    const height = empty ? 0 : this.bottom - top + 1;
    const nulls = new Array<null>(width).fill(null);
    const fit = <T>(line: T[] | null | undefined, fill: T): T[] => {
      if (!line) return fill === null ? (nulls as T[]) : new Array<T>(width).fill(fill);
      const out = left === 0 ? line : line.slice(left);
      if (out.length > width) out.length = width;
      while (out.length < width) out.push(fill);
      return out;
    };
    const values: CellValue[][] = new Array<CellValue[]>(height);
    const texts: string[][] = new Array<string[]>(height);
    const formulas: (string | null)[][] = new Array<(string | null)[]>(height);
    const numberFormats: (string | null)[][] = new Array<(string | null)[]>(height);
    for (let r = 0; r < height; r++) {
      const line = this.rows[top + r];
      values[r] = fit<CellValue>(line?.values, null);
      texts[r] = fit(line?.texts, '');
      formulas[r] = fit<string | null>(line?.formulas, null);
      numberFormats[r] = fit<string | null>(line?.formats, null);
    }
    return { name, origin: { row: top, col: left }, values, texts, formulas, numberFormats, merges: [...merges] };
  }
}
