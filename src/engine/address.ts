/** A1-style addresses. Rows and columns are 0-based everywhere in the engine. */

/** Letters of the first columns, made once: every figure of a book gets an address. */
const LETTERS: string[] = [];

export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  if (col >= 0 && col < 1024) LETTERS[col] = out;
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  const b = cellAddress(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses `D14` into 0-based coordinates; null when it is not a plain cell address. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  const letters = m[1] as string;
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * `D14` as one number, row · 16384 + column (0-based), or -1 when it is not a plain
 * address: a key for sets of cells, read without a regular expression or an object
 * because coverage asks it for every figure of a book.
 */
export function cellKey(address: string): number {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i === 0 || i > 3 || i === address.length) return -1;
  let row = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57 || (row === 0 && code === 48)) return -1;
    row = row * 10 + (code - 48);
  }
  return (row - 1) * 16384 + (col - 1);
}
