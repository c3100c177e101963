/**
 * The findings list as fixed-height rows (a table header, then its findings), with
 * each row's offset, so only the rows in view need to be rendered; the current
 * finding's row alone takes the height of its full text.
 */
import type { FindingGroup, ReviewItem } from '../../review/reviewModel';

/**
 * A finding's four lines (headline with its small buttons 24px, figures and message
 * 16px, computation 14px, padding and gaps) take 86px; two to spare. Compact enough
 * that the list at 1366×768 shows four findings under three tables in full
 * (test/e2e/layout.e2e.ts).
 */
export const GROUP_ROW_HEIGHT = 30;
export const FINDING_ROW_HEIGHT = 88;

export type ListRow =
  | {
      readonly kind: 'group';
      readonly key: string;
      readonly group: FindingGroup;
      readonly top: number;
      readonly height: number;
    }
  | {
      readonly kind: 'finding';
      readonly key: string;
      readonly item: ReviewItem;
      /** Position in the navigation order. */
      readonly index: number;
      readonly top: number;
      readonly height: number;
    };

export interface ListLayout {
  readonly rows: readonly ListRow[];
  readonly totalHeight: number;
  /** Row number of each finding key, to scroll a finding into view. */
  readonly rowOfKey: ReadonlyMap<string, number>;
}

/**
 * `open` is the current finding and the height its full content takes (measured in
 * the page): its row opens to that height and the rows below it move down.
 */
export function layoutRows(
  groups: readonly FindingGroup[],
  open: { readonly key: string; readonly height: number } | null = null,
): ListLayout {
  const rows: ListRow[] = [];
  const rowOfKey = new Map<string, number>();
  let top = 0;
  let index = 0;
  for (const group of groups) {
    rows.push({ kind: 'group', key: `group:${group.id}`, group, top, height: GROUP_ROW_HEIGHT });
    top += GROUP_ROW_HEIGHT;
    for (const item of group.items) {
      rowOfKey.set(item.key, rows.length);
      const height = open && open.key === item.key ? Math.max(FINDING_ROW_HEIGHT, open.height) : FINDING_ROW_HEIGHT;
      rows.push({ kind: 'finding', key: item.key, item, index, top, height });
      top += height;
      index += 1;
    }
  }
  return { rows, totalHeight: top, rowOfKey };
}

/** The rows overlapping [from, to) in pixels, as a half-open range of row numbers. */
export function rowsInView(
  rows: readonly ListRow[],
  from: number,
  to: number,
): { start: number; end: number } {
  const start = firstRowEndingAfter(rows, from);
  let end = start;
  while (end < rows.length && (rows[end]?.top ?? Infinity) < to) end += 1;
  return { start, end };
}

function firstRowEndingAfter(rows: readonly ListRow[], y: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid];
    if (row && row.top + row.height <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
