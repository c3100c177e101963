import fc from 'fast-check';
import type { Finding, RuleId } from '../../../src/engine/findings';
import { isAccepted, type Acceptance } from '../../../src/engine/review';
import {
  cellRef,
  countFindings,
  filterItems,
  groupByTable,
  reviewItems,
  rulesPresent,
} from '../../../src/taskpane/review/reviewModel';
import { FINDINGS, TABLES, finding } from '../fakeHost';

const accept = (f: Finding, actual = f.actual): Acceptance => ({
  sheet: f.sheet,
  cell: f.cell,
  rule: f.rule,
  actual,
  at: '2024-01-01T00:00:00Z',
});

describe('reviewItems', () => {
  it('marks a finding accepted exactly when isAccepted says so', () => {
    const rules: RuleId[] = ['product', 'subtotal', 'unreadable'];
    const arbFinding = fc.record({
      cell: fc.constantFrom('D1', 'D2', 'E1'),
      rule: fc.constantFrom(...rules),
      actual: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(arbFinding, { maxLength: 8 }),
        fc.array(arbFinding, { maxLength: 8 }),
        (fs, as) => {
          const findings = fs.map((f) => finding(f));
          const acceptances = as.map((a) => accept(finding(a)));
          const items = reviewItems(findings, acceptances);
          items.forEach((item, i) => {
            expect(item.acceptance !== null).toBe(isAccepted(findings[i]!, acceptances));
          });
        },
      ),
    );
  });

  it('gives findings unique keys even on the same cell and rule', () => {
    const items = reviewItems([finding({ cell: 'D1' }), finding({ cell: 'D1' })], []);
    expect(new Set(items.map((i) => i.key)).size).toBe(2);
  });
});

describe('countFindings', () => {
  it('counts open findings by severity and rule and accepted ones apart', () => {
    const items = reviewItems(FINDINGS, [accept(FINDINGS[0]!), accept(FINDINGS[1]!, 999)]);
    const counts = countFindings(items);
    expect(counts).toEqual({
      error: 2,
      warning: 1,
      accepted: 1,
      byRule: [
        { rule: 'subtotal', error: 1, warning: 0 },
        { rule: 'change-rate', error: 1, warning: 0 },
        { rule: 'unreadable', error: 0, warning: 1 },
      ],
    });
  });
});

describe('filters and groups', () => {
  const items = reviewItems(FINDINGS, []);

  it('filters by rule and severity together', () => {
    expect(
      filterItems(items, { rule: 'all', severity: 'error' }).map((i) => i.finding.cell),
    ).toEqual(['D14', 'D13', 'F5']);
    expect(
      filterItems(items, { rule: 'subtotal', severity: 'error' }).map((i) => i.finding.cell),
    ).toEqual(['D13']);
    expect(filterItems(items, { rule: 'subtotal', severity: 'warning' })).toEqual([]);
  });

  it('groups by table in the order of the tables, unknown tables last, empty tables dropped', () => {
    const extra = reviewItems([...FINDINGS, finding({ cell: 'Z9', table: 'X1:Z9' })], []);
    const groups = groupByTable(extra, [...TABLES, { ...TABLES[0]!, range: 'H1:H2' }]);
    expect(
      groups.map((g) => [g.range, g.table?.kind ?? null, g.items.map((i) => i.finding.cell)]),
    ).toEqual([
      ['A3:F8', 'summary', ['F5']],
      ['A12:D25', 'basis', ['D14', 'D13', 'B20']],
      ['X1:Z9', null, ['Z9']],
    ]);
  });

  it('keeps tables of the same range on different sheets apart', () => {
    const other = finding({ cell: 'D14', sheet: 'Sheet2' });
    const groups = groupByTable(reviewItems([FINDINGS[0]!, other], []), TABLES);
    expect(groups.map((g) => `${g.sheet}!${g.range}`)).toEqual([
      'Sheet1!A12:D25',
      'Sheet2!A12:D25',
    ]);
    expect(groups[1]?.table).toBeNull();
  });

  it('lists the rules present in a fixed order', () => {
    expect(rulesPresent(items)).toEqual(['product', 'subtotal', 'change-rate', 'unreadable']);
  });
});

describe('cellRef', () => {
  it('quotes sheet names the way Excel does when needed', () => {
    expect(cellRef({ sheet: 'Sheet1', cell: 'D14' })).toBe('Sheet1!D14');
    expect(cellRef({ sheet: '예산서', cell: 'D14' })).toBe('예산서!D14');
    expect(cellRef({ sheet: '2021 예산', cell: 'A1' })).toBe("'2021 예산'!A1");
    expect(cellRef({ sheet: "Bob's", cell: 'A1' })).toBe("'Bob''s'!A1");
  });
});

describe('root cause first (issue 14)', () => {
  it('puts the table holding the root of a chain before the tables its error was carried into', () => {
    const overview = { ...TABLES[0]!, kind: 'overview' as const, range: 'A1:D2' };
    const summary = { ...TABLES[0]!, kind: 'summary' as const, range: 'A3:F8' };
    const carried = finding({ cell: 'B2', rule: 'cross-total', table: 'A1:D2', cause: 'C5' });
    const root = finding({ cell: 'C5', rule: 'cross-total', table: 'A3:F8', cause: 'C5' });
    const groups = groupByTable(reviewItems([root, carried], []), [overview, summary]);
    expect(groups.map((g) => g.items.map((i) => i.finding.cell))).toEqual([['C5'], ['B2']]);
  });
});
