/**
 * Members by name (DESIGN §1.1, hierarchy). A list that marks no level may still show it in
 * its names: the rows right after `특별회계` that name kinds of it (`기업특별회계`,
 * `양곡관리특별회계`, … all ending in its name, and a closing `기타`) are its descendants.
 * Which of them are groups the names do not say; the sums do, but only roughly (a 조원 list
 * is rounded, and a wrong tree may add up within the rounding as well as the true one). So
 * the first descendant opens a group, a later one opens the next when it holds the sum of
 * some rows after it, and a group's members run to the next group: a row after a group's
 * members that belonged to the parent itself would read as one more member, so a document
 * that means it so marks it. The parent then holds its groups, kept only when it agrees with
 * them taken as their members say (a group's own figure may be the slip) or as the groups
 * state them, all but one agreeing with their members (a member may be the slip); else, when
 * it agrees with all its descendants, it holds them as its members.
 */
import { abs, add, cmp, sub, type Rational } from '../../rational';
import { bareName, type TableRow } from './rows';

export interface KindSums {
  /** The figures of a row, one per summed column (null where it has none). */
  readonly values: (r: TableRow) => readonly (Rational | null)[];
  /** How far a row's figure in column j may lie from the sum of `count` rounded parts. */
  readonly tolerance: (r: TableRow, j: number, count: number) => Rational;
}

/** At most this many descendants are read by name under one parent (a longer list marks its levels). */
const MAX_DESCENDANTS = 60;

/** The top rows, with parents named by their descendants holding them (their `children` filled in). */
export function groupByKindNames(tops: readonly TableRow[], sums: KindSums): TableRow[] {
  const out: TableRow[] = [];
  for (let i = 0; i < tops.length; i++) {
    const parent = tops[i] as TableRow;
    out.push(parent);
    const line = descendants(tops, i);
    if (line.length < 3) continue;
    const groups = groupsOf(line, sums);
    if (groups && (agrees(parent, groups, sums) || agreesAsStated(parent, groups, sums))) {
      for (const g of groups) g.head.children.push(...g.members);
      parent.children.push(...groups.map((g) => g.head));
    } else if (agrees(parent, [{ head: parent, members: line }], sums)) {
      parent.children.push(...line); // no groups: the descendants are its members
    } else continue;
    i += line.length;
  }
  return out;
}

/** The rows right after `tops[i]` that name a kind of it, and a closing `기타`. */
function descendants(tops: readonly TableRow[], i: number): TableRow[] {
  const parent = tops[i] as TableRow;
  const name = bareName(parent.label);
  if (parent.total || parent.children.length || name.length < 2) return [];
  const out: TableRow[] = [];
  for (let j = i + 1; j < tops.length && out.length < MAX_DESCENDANTS; j++) {
    const row = tops[j] as TableRow;
    const own = bareName(row.label);
    if (row.total || row.children.length) break;
    if (own.endsWith(name) && own !== name) out.push(row);
    else {
      if (own === '기타' && out.length) out.push(row);
      break;
    }
  }
  return out;
}

/**
 * The groups among descendants: the first heads one (its own figure may be the slip: the
 * parent's agreement with its members' sum decides), each later one holding the sum of rows
 * after it.
 */
function groupsOf(line: readonly TableRow[], sums: KindSums): { head: TableRow; members: TableRow[] }[] | null {
  const heads = line.map((_, a) => a === 0 || holdsSumAfter(line, a, sums));
  const out: { head: TableRow; members: TableRow[] }[] = [];
  line.forEach((row, a) => {
    const last = out[out.length - 1];
    // A head needs members: one right after another head is a member of it.
    if (heads[a] && (!last || last.members.length >= 2)) out.push({ head: row, members: [] });
    else last?.members.push(row);
  });
  return out.every((g) => g.members.length >= 2) ? out : null;
}

/** Whether `line[a]` holds the sum of two or more rows right after it, in every column it has figures. */
function holdsSumAfter(line: readonly TableRow[], a: number, sums: KindSums): boolean {
  const target = sums.values(line[a] as TableRow);
  if (!target.some((v) => v !== null)) return false;
  const running: (Rational | null)[] = target.map(() => null);
  for (let k = 1; a + k < line.length; k++) {
    sums.values(line[a + k] as TableRow).forEach((v, j) => {
      if (v !== null) running[j] = running[j] != null ? add(running[j] as Rational, v) : v;
    });
    if (k < 2) continue;
    const all = target.every((t, j) => t === null || (running[j] != null && within(t, running[j] as Rational, sums.tolerance(line[a] as TableRow, j, k))));
    if (all) return true;
  }
  return false;
}

/** The parent against its groups, each group taken as its members sum (its own figure may be the slip). */
function agrees(parent: TableRow, groups: readonly { head: TableRow; members: TableRow[] }[], sums: KindSums): boolean {
  const target = sums.values(parent);
  if (!target.some((v) => v !== null)) return false;
  const count = groups.reduce((n, g) => n + g.members.length, 0);
  return target.every((t, j) => {
    if (t === null) return true;
    let total: Rational | null = null;
    for (const g of groups) {
      for (const m of g.members) {
        const v = sums.values(m)[j] ?? null;
        if (v !== null) total = total !== null ? add(total, v) : v;
      }
    }
    return total !== null && within(t, total, sums.tolerance(parent, j, count));
  });
}

/** The parent against its groups' own figures, all but one group agreeing with its members (a member may be the slip). */
function agreesAsStated(parent: TableRow, groups: readonly { head: TableRow; members: TableRow[] }[], sums: KindSums): boolean {
  const heads = groups.map((g) => ({ head: g.head, members: [g.head] }));
  const failing = groups.filter((g) => !agrees(g.head, [g], sums)).length;
  return failing <= 1 && agrees(parent, heads, sums);
}

function within(target: Rational, sum: Rational, tolerance: Rational): boolean {
  return cmp(abs(sub(target, sum)), tolerance) <= 0;
}
