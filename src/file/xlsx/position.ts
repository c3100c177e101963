/**
 * Where each cell of a sheet is. Its `r` says so; a row or cell without one (valid: it
 * follows the one before) takes the next place. An address no sheet can have fails the
 * file. Read from the sheet's bytes (xmlBytes.ts) where the address is plain ASCII; any
 * other is decoded and read as text, which tells the bad ones in the same words.
 */
import { WorkbookReadError } from '../errors';
import { LAST_COL, LAST_ROW } from '../sheetCells';
import { digitsAt, textAt } from './xmlBytes';

export class Position {
  /** The place of the cell read last (0-based): fields, not an object per cell of a book. */
  rowAt = -1;
  colAt = -1;
  private lastRow = -1;
  private lastCol = -1;
  private rowOfTag = -1;

  constructor(
    private readonly sheet: string,
    private readonly label: string,
  ) {}

  /** A `<row>`'s `r` as written, or undefined. */
  row(ref: string | undefined): void {
    const row = ref === undefined ? this.lastRow + 1 : Number(ref) - 1;
    if (ref !== undefined && (!/^\d{1,7}$/.test(ref) || row < 0 || row > LAST_ROW)) this.bad(ref);
    if (row > LAST_ROW) this.bad(String(row + 1));
    this.startRow(row);
  }

  /** A `<row>`'s `r` in the bytes [start, end). */
  rowBytes(bytes: Uint8Array, start: number, end: number): void {
    const number = end - start <= 7 ? digitsAt(bytes, start, end, false) : NaN;
    if (!(number >= 1 && number - 1 <= LAST_ROW)) return this.row(textAt(bytes, start, end));
    this.startRow(number - 1);
  }

  private startRow(row: number): void {
    this.rowOfTag = row;
    this.lastRow = row;
    this.lastCol = -1;
  }

  /** A `<c>`'s `r` as written (`B7`), or undefined. */
  cell(ref: string | undefined): void {
    if (ref === undefined) {
      const row = this.rowOfTag >= 0 ? this.rowOfTag : Math.max(this.lastRow, 0);
      const col = this.lastCol + 1;
      if (col > LAST_COL) this.bad(`R${row + 1}C${col + 1}`);
      this.place(row, col);
      return;
    }
    // Read without a regular expression or an object: this runs for every cell of a book.
    let col = 0;
    let k = 0;
    for (; k < ref.length && k < 4; k++) {
      const code = ref.charCodeAt(k);
      if (code < 65 || code > 90) break;
      col = col * 26 + code - 64;
    }
    let row = 0;
    for (let j = k; j < ref.length && j - k < 8; j++) {
      const digit = ref.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) this.bad(ref);
      row = row * 10 + digit;
    }
    if (!k || row < 1 || col - 1 > LAST_COL || row - 1 > LAST_ROW || ref.length - k > 7) this.bad(ref);
    this.place(row - 1, col - 1);
  }

  /** A `<c>`'s `r` in the bytes [start, end), read as cell() reads its text. */
  cellBytes(bytes: Uint8Array, start: number, end: number): void {
    let col = 0;
    let k = start;
    for (; k < end && k - start < 4; k++) {
      const code = bytes[k] as number;
      if (code < 65 || code > 90) break;
      col = col * 26 + code - 64;
    }
    const row = end - k <= 7 ? digitsAt(bytes, k, end, false) : NaN;
    if (k === start || !(row >= 1 && row - 1 <= LAST_ROW) || col - 1 > LAST_COL) return this.cell(textAt(bytes, start, end));
    this.place(row - 1, col - 1);
  }

  private place(row: number, col: number): void {
    this.lastRow = row;
    this.lastCol = col;
    this.rowAt = row;
    this.colAt = col;
  }

  private bad(ref: string): never {
    throw new WorkbookReadError({ kind: 'bad-address', sheet: this.sheet, ref: ref.slice(0, 24) }, this.label);
  }
}
