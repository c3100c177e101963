/**
 * The snapshot's grids written as a sheet's XML is read, row by row in order: no
 * object per cell, nothing kept but what the snapshot holds. At the end the rows
 * are cut to the used range and the gaps made explicit (null, '').
 */
import type { CellValue, MergeArea, SheetSnapshot } from '../../engine/index';

export class SheetRows {
  private readonly values: (CellValue | undefined)[][] = [];
  private readonly texts: (string | undefined)[][] = [];
  private readonly formulas: (string | null | undefined)[][] = [];
  private readonly formats: (string | null | undefined)[][] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = -1;
  private right = -1;

  set(row: number, col: number, value: CellValue, text: string, formula: string | null, format: string | null): void {
    let values = this.values[row];
    if (!values) {
      values = this.values[row] = [];
      this.texts[row] = [];
      this.formulas[row] = [];
      this.formats[row] = [];
    }
    values[col] = value;
    (this.texts[row] as (string | undefined)[])[col] = text;
    (this.formulas[row] as (string | null | undefined)[])[col] = formula;
    (this.formats[row] as (string | null | undefined)[])[col] = format;
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  /** Empties every cell of a merged area but its top-left, as Excel reads them. */
  blankMerged(merges: readonly MergeArea[]): void {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const values = this.values[r];
        if (!values) continue;
        for (let c = m.left; c <= m.right; c++) {
          if ((r === m.top && c === m.left) || values[c] === undefined) continue;
          this.set(r, c, null, '', null, null);
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
    const cut = <T>(grid: (T | undefined)[][], fill: T): T[][] => {
      const out: T[][] = new Array<T[]>(height);
      for (let r = 0; r < height; r++) {
        const row = grid[top + r];
        const line: (T | undefined)[] = !row ? new Array<T>(width).fill(fill) : left === 0 && row.length === width ? row : row.slice(left, left + width);
        if (line.length < width) line.length = width;
        for (let c = 0; c < width; c++) if (line[c] === undefined) line[c] = fill;
        out[r] = line as T[];
      }
      return out;
    };
    return {
      name,
      origin: { row: top, col: left },
      values: cut(this.values, null),
      texts: cut(this.texts, ''),
      formulas: cut(this.formulas, null),
      numberFormats: cut(this.formats, null),
      merges: [...merges],
    };
  }
}
