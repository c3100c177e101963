/** A set of cells per sheet, keyed by `cellKey`: which cells took part in a checked identity. */
import { cellKey } from '../address';

export class CellMarks {
  private readonly bySheet = new Map<string, Set<number>>();

  /** Marks a cell by its A1 address; '' (a value no cell states) marks nothing. */
  add(sheet: string, address: string): void {
    if (address === '') return;
    const key = cellKey(address);
    if (key < 0) return;
    let set = this.bySheet.get(sheet);
    if (!set) {
      set = new Set();
      this.bySheet.set(sheet, set);
    }
    set.add(key);
  }

  has(sheet: string, row: number, col: number): boolean {
    return this.bySheet.get(sheet)?.has(row * 16384 + col) ?? false;
  }
}
