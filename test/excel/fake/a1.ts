/** A1 parsing for the fake, written independently of the adapter's code. */
import type { Area } from './model';

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

export function areaAddress(a: Area): string {
  const tl = a1(a.top, a.left);
  const br = a1(a.bottom, a.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** `D14`, `$D$14`, `A1:B2`, `Sheet1!A1:B2`, whole rows `30:30` → an area; null if not an address. */
export function parseArea(text: string): Area | null {
  const bare = text.trim().replace(/^.*!/, '').replace(/\$/g, '').toUpperCase();
  const rows = /^([1-9]\d*):([1-9]\d*)$/.exec(bare);
  if (rows) {
    const [r1, r2] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (r1 > 1048575 || r2 > 1048575) return null;
    return { top: Math.min(r1, r2), left: 0, bottom: Math.max(r1, r2), right: 16383 };
  }
  const m = /^([A-Z]{1,3})([1-9]\d*)(?::([A-Z]{1,3})([1-9]\d*))?$/.exec(bare);
  if (!m) return null;
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1] as string);
  const r2 = m[3] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  if (c1 > 16383 || c2 > 16383 || r1 > 1048575 || r2 > 1048575) return null;
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}

export function cellsOf(a: Area): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = a.top; r <= a.bottom; r += 1)
    for (let c = a.left; c <= a.right; c += 1) out.push([r, c]);
  return out;
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
