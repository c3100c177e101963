/** Address lists for `worksheet.getRanges`, kept under Excel's length limit. */
import { parseCellAddress } from '../engine/address';
import { MAX_ADDRESS_CHARS } from './limits';

/**
 * Joins cell addresses into comma-separated lists, each at most `limit`
 * characters, never splitting an address. Duplicates are dropped and the cells
 * sorted (row, then column) so the same set always gives the same requests.
 */
export function chunkAddresses(cells: Iterable<string>, limit = MAX_ADDRESS_CHARS): string[] {
  const sorted = [...new Set(cells)].sort(byPosition);
  const chunks: string[] = [];
  let current = '';
  for (const cell of sorted) {
    if (cell.length > limit)
      throw new RangeError(`Address longer than ${limit} characters: ${cell.slice(0, 40)}…`);
    const next = current === '' ? cell : `${current},${cell}`;
    if (next.length > limit) {
      chunks.push(current);
      current = cell;
    } else {
      current = next;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

function byPosition(a: string, b: string): number {
  const pa = parseCellAddress(a);
  const pb = parseCellAddress(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return pa.row - pb.row || pa.col - pb.col;
}

/** Groups `(sheet, cell)` pairs by sheet, keeping first-seen sheet order. */
export function bySheet<T extends { readonly sheet: string }>(
  items: Iterable<T>,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.sheet);
    if (list) list.push(item);
    else out.set(item.sheet, [item]);
  }
  return out;
}
