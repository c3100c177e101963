/**
 * Answers kept for a window of rows, each row in the slot its number's low bits pick.
 * The engine's askers look at the row the scan is at and a few below it (a header's
 * matcher reads up to four), and the next kind asks again: a window of recent rows
 * answers them without a map to grow, hash and empty again for each of a book's rows.
 */
/** No row's number, not even one out of range (-1 above a sheet's first row). */
const NONE = -0x80000000;

export class RowWindow<T> {
  /** The row each slot holds; NONE: none yet. */
  private readonly rows: Int32Array;
  private readonly kept: T[];
  private readonly mask: number;

  /** `size`: a power of two. `empty` fills the slots no row holds yet (never returned). */
  constructor(size: number, empty: T) {
    if (size <= 0 || (size & (size - 1)) !== 0) throw new RangeError('a row window is a power of two rows');
    this.rows = new Int32Array(size).fill(NONE);
    this.kept = new Array<T>(size).fill(empty);
    this.mask = size - 1;
  }

  /** Whether the row's answer is kept. */
  has(row: number): boolean {
    return this.rows[row & this.mask] === row;
  }

  /** The row's answer; only after `has(row)`. */
  get(row: number): T {
    return this.kept[row & this.mask] as T;
  }

  /** Keeps the row's answer, in place of the row that held its slot. */
  set(row: number, value: T): T {
    const slot = row & this.mask;
    this.rows[slot] = row;
    this.kept[slot] = value;
    return value;
  }
}
