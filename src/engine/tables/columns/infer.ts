/**
 * Members no marker shows. Many documents print a parent and its parts on plain rows
 * alike (`세외수입` and under it `경상적세외수입`, `임시적세외수입` …; `특별회계` and the
 * special accounts after it). A row that equals the sum of the rows right after it is
 * taken as their parent: under a total row, when it does in a third of its columns and the
 * total then agrees with the top rows in more columns than before (so a coincidence never
 * rebuilds a table that already adds up); with no total, over four rows or more, in two
 * columns and most of them.
 */
import { abs, add, cmp, isZero, sign, sub, ZERO, type Rational } from '../../rational';
import { roundingBand } from './band';
import type { TableContext } from '../context';
import type { BlockCells } from './cells';
import type { ColumnInfo } from './columnInfo';
import type { TableRow } from './rows';
import { groupByKindNames } from './kindNames';

/**
 * The most rows an unmarked parent is taken to hold. A document that lists more parts than
 * this under a plain row marks them; searching further only finds coincidences, and costs
 * time quadratic in the rows of a long list (a book of 12,000 lines).
 */
const MAX_MEMBERS = 60;

/** The top rows once inferred parents hold their members (their `children` filled in). */
export function inferMembers(ctx: TableContext, columns: readonly ColumnInfo[], cells: BlockCells, total: TableRow | null, given: readonly TableRow[]): TableRow[] {
  if (given.length < 3 || !columns.length) return [...given];
  const value = (r: TableRow, c: ColumnInfo): Rational | null => cells.at(r.row, c.col)?.stated ?? null;
  const tolerance = (c: ColumnInfo, target: TableRow, count: number): Rational =>
    roundingBand(c.unit ?? ctx.unit, cells.at(target.row, c.col), count) ?? ZERO;
  // Parents their descendants name first (kindNames.ts), then those only the sums show.
  const tops = groupByKindNames(given, {
    values: (r) => columns.map((c) => value(r, c)),
    tolerance: (r, j, count) => tolerance(columns[j] as ColumnInfo, r, count),
  });
  /** Whether `row` holds the sum of `parts` in column c (null: nothing to compare). */
  const agreesWith = (row: TableRow, c: ColumnInfo, sum: Rational | null, count: number): boolean | null => {
    const target = value(row, c);
    if (target === null || sum === null) return null;
    return cmp(abs(sub(target, sum)), tolerance(c, row, count)) <= 0;
  };
  const holds = (row: TableRow, parts: readonly TableRow[], c: ColumnInfo): boolean | null => {
    let sum: Rational | null = null;
    for (const p of parts) {
      const v = value(p, c);
      if (v !== null) sum = sum !== null ? add(sum, v) : v;
    }
    return agreesWith(row, c, sum, parts.length);
  };
  const agreeing = (list: readonly TableRow[]) => (total ? columns.filter((c) => holds(total, list, c) === true).length : 0);

  // In a column with no negative figure a running sum that has passed its target never comes back.
  const monotone = columns.map((c) => tops.every((r) => sign(value(r, c) ?? ZERO) >= 0));
  const grouped: { parent: TableRow; members: TableRow[] }[] = [];
  const next: TableRow[] = [];
  for (let i = 0; i < tops.length; i++) {
    const p = tops[i] as TableRow;
    next.push(p);
    if (p.children.length || p.total) continue;
    let best: { k: number; score: number } | null = null;
    // Running sums per column over the rows after p, extended one row at a time.
    const sums: (Rational | null)[] = columns.map(() => null);
    for (let k = 1; k <= MAX_MEMBERS && i + k < tops.length; k++) {
      const m = tops[i + k] as TableRow;
      if (m.children.length || m.total) break;
      columns.forEach((c, j) => {
        const v = value(m, c);
        if (v !== null) sums[j] = sums[j] != null ? add(sums[j] as Rational, v) : v;
      });
      let considered = 0;
      let matched = 0;
      let reachable = false;
      columns.forEach((c, j) => {
        const target = value(p, c);
        if (target === null || isZero(target)) return;
        considered++;
        const sum = sums[j] ?? null;
        if (!monotone[j] || sum === null || cmp(sub(sum, target), tolerance(c, p, MAX_MEMBERS)) <= 0) reachable = true;
        if (k >= 2 && agreesWith(p, c, sum, k)) matched++;
      });
      if (!reachable) break;
      // Under a total a third of the columns will do (the total checks the grouping after).
      // With no total to check it: two columns and most of them, over four rows or more — an
      // income statement's own arithmetic (매출액 = 원가 + 판관비 + 영업이익) is no group.
      const enough = total ? matched * 3 >= considered : k >= 4 && matched >= 2 && matched * 3 >= considered * 2;
      if (matched && enough && (!best || matched > best.score)) best = { k, score: matched };
    }
    if (!best) continue;
    const members = tops.slice(i + 1, i + 1 + best.k);
    grouped.push({ parent: p, members });
    i += best.k;
  }
  if (!grouped.length || (total && agreeing(next) <= agreeing(tops))) return [...tops];
  for (const g of grouped) g.parent.children.push(...g.members);
  return next;
}
