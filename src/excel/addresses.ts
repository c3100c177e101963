/** Address lists for `worksheet.getRanges`, and addresses qualified by their sheet. */
import { parseCellAddress } from '../engine/address';
import { SAFE_ADDRESS_AREAS, SAFE_ADDRESS_CHARS } from './limits';

/**
 * Joins cell addresses into comma-separated lists of at most `limit` characters
 * and `areas` addresses (a margin under Excel's limits, see limits.ts), never
 * splitting an address. Duplicates are dropped and the cells sorted (row, then
 * column) so the same set always gives the same requests.
 */
export function chunkAddresses(
  cells: Iterable<string>,
  limit = SAFE_ADDRESS_CHARS,
  areas = SAFE_ADDRESS_AREAS,
): string[] {
  const sorted = [...new Set(cells)].sort(byPosition);
  const chunks: string[] = [];
  let current = '';
  let count = 0;
  for (const cell of sorted) {
    if (cell.length > limit)
      throw new RangeError(`Address longer than ${limit} characters: ${cell.slice(0, 40)}…`);
    const next = current === '' ? cell : `${current},${cell}`;
    if (next.length > limit || count >= areas) {
      chunks.push(current);
      current = cell;
      count = 1;
    } else {
      current = next;
      count += 1;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/**
 * `D14` on `My sheet` → `'My sheet'!D14`: the form the comment APIs require ("it
 * must contain the full address, including the sheet name"). The name is always
 * quoted (Excel accepts a quoted name however plain), with its quotes doubled.
 */
export function qualifiedAddress(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
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
