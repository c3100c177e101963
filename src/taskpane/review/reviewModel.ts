/**
 * Pure views of a verification result for the pane: which findings are accepted,
 * the counts, the filters and the grouping by table. Kept apart from React so the
 * rules (accepted findings do not count, navigation follows the shown order) are
 * plain functions.
 */
import type { Finding, RuleId, Severity, TableInfo, UncheckedFigure } from '../../engine/findings';
import { acceptanceKey, type Acceptance } from '../../engine/review';
import { RULE_IDS } from '../../engine/rules/ids';
import type { FormulaCell } from '../../engine/templates/formulaInputs';

/**
 * A finding as the pane shows it: a stable key, the acceptance that covers it, and
 * when its cell holds a formula, that formula and its inputs (Fix is not offered).
 * A figure the engine could not check (DESIGN §1.2) is an item too, walked like the
 * findings: `unchecked` is set, and its `finding` only places it (sheet, cell, message).
 */
export interface ReviewItem {
  readonly key: string;
  readonly finding: Finding;
  readonly acceptance: Acceptance | null;
  readonly formula?: FormulaCell;
  readonly unchecked?: UncheckedFigure;
}

/** The group the unchecked figures are listed in, after every table. */
export const UNCHECKED_GROUP = 'unchecked';

export interface Filters {
  readonly rule: RuleId | 'all';
  readonly severity: Severity | 'all';
}

export const NO_FILTERS: Filters = Object.freeze({ rule: 'all', severity: 'all' });

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly accepted: number;
  /** Open (not accepted) findings per rule, in the order rules first appear. */
  readonly byRule: ReadonlyArray<{
    readonly rule: RuleId;
    readonly error: number;
    readonly warning: number;
  }>;
}

export interface FindingGroup {
  readonly id: string;
  /** Null when a finding names a table the result does not list. */
  readonly table: TableInfo | null;
  readonly sheet: string;
  readonly range: string;
  readonly items: readonly ReviewItem[];
}

/** Builds the review items. The acceptance test is `isAccepted`'s (same key), done with
 *  one map so thousands of findings against thousands of acceptances stay linear. */
export function reviewItems(
  findings: readonly Finding[],
  acceptances: readonly Acceptance[],
  formulas: readonly FormulaCell[] = [],
): ReviewItem[] {
  const byKey = new Map<string, Acceptance>();
  for (const a of acceptances) byKey.set(acceptanceKey(a), a);
  const formulaAt = new Map<string, FormulaCell>();
  for (const f of formulas) formulaAt.set(`${f.sheet}!${f.cell}`, f);
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.sheet}!${finding.cell}|${finding.rule}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const formula = formulaAt.get(`${finding.sheet}!${finding.cell}`);
    return {
      key: n === 0 ? base : `${base}#${n}`,
      finding,
      acceptance: byKey.get(acceptanceKey(finding)) ?? null,
      ...(formula ? { formula } : {}),
    };
  });
}

/** The unchecked figures as items of the list (`reason` in words as their message). */
export function uncheckedItems(unchecked: readonly UncheckedFigure[], reasonWords: (u: UncheckedFigure) => string): ReviewItem[] {
  return unchecked.map((u) => ({
    key: `${UNCHECKED_GROUP}:${u.sheet}!${u.cell}`,
    finding: {
      rule: 'unreadable',
      severity: 'warning',
      sheet: u.sheet,
      cell: u.cell,
      expected: null,
      actual: null,
      unit: null,
      cause: u.cell,
      explain: '',
      message: reasonWords(u),
      table: UNCHECKED_GROUP,
    },
    acceptance: null,
    unchecked: u,
  }));
}

export function countFindings(items: readonly ReviewItem[]): Counts {
  let error = 0;
  let warning = 0;
  let accepted = 0;
  const byRule = new Map<RuleId, { rule: RuleId; error: number; warning: number }>();
  for (const { finding, acceptance, unchecked } of items) {
    if (unchecked) continue;
    if (acceptance) {
      accepted += 1;
      continue;
    }
    if (finding.severity === 'error') error += 1;
    else warning += 1;
    const row = byRule.get(finding.rule) ?? { rule: finding.rule, error: 0, warning: 0 };
    row[finding.severity] += 1;
    byRule.set(finding.rule, row);
  }
  return { error, warning, accepted, byRule: [...byRule.values()] };
}

export function filterItems(items: readonly ReviewItem[], filters: Filters): ReviewItem[] {
  return items.filter(({ finding, unchecked }) =>
    unchecked
      ? filters.rule === 'all' && filters.severity === 'all'
      : (filters.rule === 'all' || finding.rule === filters.rule) &&
        (filters.severity === 'all' || finding.severity === filters.severity),
  );
}

/**
 * Groups by table, tables in the order the result lists them, unknown tables last —
 * except that a table holding the root of a chain comes before the tables its error
 * was carried into (issue 14: the root cause is listed first).
 */
export function groupByTable(
  items: readonly ReviewItem[],
  tables: readonly TableInfo[],
): FindingGroup[] {
  const groups = new Map<
    string,
    { table: TableInfo | null; sheet: string; range: string; items: ReviewItem[] }
  >();
  for (const table of tables) {
    groups.set(groupId(table.sheet, table.range), {
      table,
      sheet: table.sheet,
      range: table.range,
      items: [],
    });
  }
  for (const item of items) {
    const { sheet, table: range } = item.finding;
    const id = groupId(sheet, range);
    const group = groups.get(id) ?? { table: null, sheet, range, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  const listed = [...groups.entries()]
    .filter(([, g]) => g.items.length > 0)
    .map(([id, g]) => ({ id, ...g }));
  const index = new Map(listed.map((g, i) => [g.id, i]));
  // Where each root cause sits: the group of the finding at that cell.
  const groupOfCell = new Map<string, number>();
  for (const g of listed) for (const i of g.items) groupOfCell.set(`${i.finding.sheet}!${i.finding.cell}`, index.get(g.id) ?? 0);
  const rootGroup = (i: ReviewItem, own: number) =>
    i.finding.cause && i.finding.cause !== i.finding.cell
      ? (groupOfCell.get(`${i.finding.sheet}!${i.finding.cause}`) ?? own)
      : own;
  const rank = new Map<string, number>();
  for (const g of listed) {
    const own = index.get(g.id) ?? 0;
    // The earliest group any of its findings comes from (a loop: a spread of thousands overflows).
    let r = Number.POSITIVE_INFINITY;
    for (const i of g.items) r = Math.min(r, rootGroup(i, own));
    // The unchecked figures come after every table.
    rank.set(g.id, g.range === UNCHECKED_GROUP ? Number.MAX_SAFE_INTEGER : r);
  }
  const rankOf = (g: FindingGroup) => rank.get(g.id) ?? 0;
  const holdsRoot = (g: FindingGroup) => rankOf(g) === (index.get(g.id) ?? 0);
  return listed.sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      Number(!holdsRoot(a)) - Number(!holdsRoot(b)) ||
      (index.get(a.id) ?? 0) - (index.get(b.id) ?? 0),
  );
}

function groupId(sheet: string, range: string): string {
  return `${sheet}!${range}`;
}

/** The rules that occur in a result, in a fixed order, for the rule filter. */
export function rulesPresent(items: readonly ReviewItem[]): RuleId[] {
  const present = new Set(items.filter((i) => !i.unchecked).map((i) => i.finding.rule));
  return RULE_IDS.filter((r) => present.has(r));
}


export function cellRef(finding: Pick<Finding, 'sheet' | 'cell'>): string {
  // Quote sheet names the way Excel does when they are not plain words.
  const plain = /^[A-Za-z_\p{L}][\p{L}\p{N}_.]*$/u.test(finding.sheet);
  const sheet = plain ? finding.sheet : `'${finding.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${finding.cell}`;
}
