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
