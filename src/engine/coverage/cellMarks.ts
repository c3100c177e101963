/** A set of cells per sheet: which cells took part in a checked identity. */
import { cellKey } from '../address';

/**
 * Rows are grouped by 64 so that every key stays a small integer: `row · 16384 + col`
 * passes 2^30 past row 65,536, and V8 then boxes each key (an allocation per cell
 * marked or looked up, on books of hundreds of thousands of figures).
 */
const GROUP_BITS = 6;
const GROUP_MASK = (1 << GROUP_BITS) - 1;
const COLS = 16384;

type SheetMarks = Map<number, Set<number>>;

export class CellMarks {
  private readonly bySheet = new Map<string, SheetMarks>();

  /** Marks a cell by its A1 address; '' (a value no cell states) marks nothing. */
  add(sheet: string, address: string): void {
    if (address === '') return;
    const key = cellKey(address);
    if (key < 0) return;
    const col = key % COLS;
    this.addAt(sheet, (key - col) / COLS, col);
  }

  /** Marks a cell by its 0-based row and column. */
  addAt(sheet: string, row: number, col: number): void {
    let marks = this.bySheet.get(sheet);
    if (!marks) {
      marks = new Map();
      this.bySheet.set(sheet, marks);
    }
    let group = marks.get(row >>> GROUP_BITS);
    if (!group) {
      group = new Set();
      marks.set(row >>> GROUP_BITS, group);
    }
    group.add(rowKey(row, col));
  }

  has(sheet: string, row: number, col: number): boolean {
    return this.rowGroup(sheet, row)?.has(rowKey(row, col)) ?? false;
  }

  /**
   * The marks of the row's group, where `rowKey(row, col)` is `has` for that row: a walk
   * over every cell asks once a row. A set, not a closure: a closure per row was the
   * walk's largest allocation.
   */
  rowGroup(sheet: string, row: number): ReadonlySet<number> | undefined {
    return this.bySheet.get(sheet)?.get(row >>> GROUP_BITS);
  }
}

/** A cell's key within its row's group (`CellMarks.rowGroup`). */
export function rowKey(row: number, col: number): number {
  return (row & GROUP_MASK) * COLS + col;
}
