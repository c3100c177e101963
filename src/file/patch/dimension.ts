/**
 * A worksheet's `<dimension ref="A1:H89"/>`: the range its cells take up. Readers
 * that stream a sheet size their grid from it, so a cell the patcher creates
 * outside it (a finding on a cell that was never written) must widen it.
 */
import { parseCellAddress } from '../../engine/address';

/** `0` → `A`, `26` → `AA`. */
export function columnLetters(col: number): string {
  let out = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** 0-based, inclusive. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A1:H89` or `H9`; null for anything else (a reversed range, `$`, a whole column…). */
export function parseRange(ref: string): Bounds | null {
  const ends = ref.split(':');
  if (ends.length > 2 || ends.some((e) => !/^[A-Z]{1,3}[1-9]\d*$/.test(e))) return null;
  const from = parseCellAddress(ends[0] ?? '');
  const to = parseCellAddress(ends[ends.length - 1] ?? '');
  if (!from || !to || from.row > to.row || from.col > to.col) return null;
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

export function formatRange(b: Bounds): string {
  const from = `${columnLetters(b.left)}${b.top + 1}`;
  const to = `${columnLetters(b.right)}${b.bottom + 1}`;
  return from === to ? from : `${from}:${to}`;
}

/** `b` widened to take in the cell at `row`, `col` (or that cell alone when there is no `b`). */
export function including(b: Bounds | null, row: number, col: number): Bounds {
  if (!b) return { top: row, left: col, bottom: row, right: col };
  return { top: Math.min(b.top, row), left: Math.min(b.left, col), bottom: Math.max(b.bottom, row), right: Math.max(b.right, col) };
}
