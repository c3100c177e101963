/** Coverage read per sheet, for what the surfaces say about it. */
import type { Coverage, TableInfo } from '../findings';

/** Sheets that hold figures but on which no table was recognised, with how many figures. */
export function sheetsWithoutTables(
  coverage: Coverage,
  tables: readonly TableInfo[],
): { sheet: string; figures: number }[] {
  const withTables = new Set(tables.map((t) => t.sheet));
  const counts = new Map<string, number>();
  for (const u of coverage.unchecked) {
    if (u.reason !== 'no table found' || withTables.has(u.sheet)) continue;
    counts.set(u.sheet, (counts.get(u.sheet) ?? 0) + 1);
  }
  return [...counts].map(([sheet, figures]) => ({ sheet, figures }));
}
