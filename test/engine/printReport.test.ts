/**
 * The printable report (issue 14): one renderer for the pane, the page and the
 * command line. Pure: findings, coverage, acceptances and a language in, HTML out.
 */
import type { Coverage, Finding, TableInfo } from '../../src/engine/findings';
import type { Acceptance } from '../../src/engine/review';
import { FIELDS, PRODUCT, SEVERITIES, STATES } from '../../src/engine/glossary';
import { COVERAGE_WORDS, UNCHECKED_REASON_WORDS } from '../../src/engine/coverage/words';
import { KIND_WORDS } from '../../src/engine/tables/kindWords';
import { ruleLabel } from '../../src/engine/rules/index';
import { printReport, reportTime, shownTime, type PrintInput } from '../../src/engine/report/printReport';

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>&'`;

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'product',
  severity: 'error',
  sheet: 'Sheet1',
  cell: 'D14',
  expected: 60000,
  actual: 61000,
  unit: '천원',
  cause: 'D14',
  explain: '1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원',
  message: '산출식으로 계산하면 60,000천원입니다.',
  table: 'A12:D25',
  ...over,
});

const tables: TableInfo[] = [{ kind: 'basis', sheet: 'Sheet1', range: 'A12:D25', unit: '천원', rounding: 'up', title: '산출근거' }];
const coverage: Coverage = { figures: 12, checked: 10, unchecked: [{ sheet: 'Sheet1', cell: 'H3', reason: 'no identity found' }, { sheet: 'Sheet1', cell: 'K40', reason: 'not read' }] };
const accepted = finding({ cell: 'F5', rule: 'subtotal', actual: 100, expected: 99, explain: '99 = 50 + 49', message: 'sum' });
const acceptance: Acceptance = { sheet: 'Sheet1', cell: 'F5', rule: 'subtotal', actual: 100, note: '부처 기준 반올림', reviewer: '김주무관', at: '2026-04-01T09:00:00Z' };

const input = (over: Partial<PrintInput> = {}): PrintInput => ({
  source: 'budget.xlsx',
  at: '2026-12-06T06:09+09:00',
  tables,
  findings: [finding({}), finding({ cell: 'D20', cause: 'D14', explain: '280,000 = 60,000 + 90,000 + 130,000', rule: 'subtotal' }), accepted],
  acceptances: [acceptance],
  coverage,
  ...over,
});

/** The text of the document without its markup, entities decoded (what a reader sees). */
const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('printReport', () => {
  it('is an A4 document with a Korean font stack, and rows of findings are never cut across pages', () => {
    const html = printReport(input(), 'ko');
    expect(html).toMatch(/^<!doctype html><html lang="ko">/);
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/font-family: 'Malgun Gothic', '맑은 고딕', 'Apple SD Gothic Neo', 'Noto Sans CJK KR'/);
    expect(html).toMatch(/tr, \.trail, \.cause \{ break-inside: avoid; page-break-inside: avoid; \}/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('<meta name="generator" content="budget-verify">');
  });

  it('escapes every string that comes from a workbook: nothing from a cell becomes markup', () => {
    const html = printReport(
      input({
        source: HOSTILE,
        annotated: HOSTILE,
        findings: [finding({ sheet: HOSTILE, message: HOSTILE, explain: HOSTILE, cause: HOSTILE }), finding({ cell: 'D20', message: HOSTILE, explain: HOSTILE, cause: HOSTILE })],
        acceptances: [{ ...acceptance, sheet: HOSTILE, cell: 'D14', rule: 'product', actual: 61000, note: HOSTILE, reviewer: HOSTILE }],
        coverage: { figures: 1, checked: 0, unchecked: [{ sheet: HOSTILE, cell: HOSTILE, reason: 'not read' }] },
      }),
      'en',
    );
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;');
    // Only our own tags remain.
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => (m[1] ?? '').toLowerCase()));
    expect([...tags].sort()).toEqual(['body', 'br', 'col', 'colgroup', 'h1', 'h2', 'head', 'html', 'meta', 'p', 'span', 'style', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr']);
  });

  it('takes its words from the glossary, the rules and the coverage words, in Korean and English', () => {
    for (const language of ['ko', 'en'] as const) {
      const text = visible(printReport(input(), language));
      for (const w of [PRODUCT.findings, FIELDS.cell, FIELDS.rule, FIELDS.stated, FIELDS.expected, FIELDS.explain, FIELDS.cause, FIELDS.reviewer, FIELDS.reason, FIELDS.acceptedAt, SEVERITIES.error, COVERAGE_WORDS.group, KIND_WORDS.basis])
        expect(text).toContain(w[language]);
      expect(text).toContain(ruleLabel('product', language));
      expect(text).toContain(ruleLabel('subtotal', language));
      expect(text).toContain(UNCHECKED_REASON_WORDS['no identity found'][language]);
    }
    const ko = visible(printReport(input(), 'ko'));
    expect(ko).not.toMatch(/검증|승인|검사/);
    expect(ko).toContain(`${STATES.accepted.ko} 항목`);
  });

  it('shows the file, when, the coverage counts, each finding with its trail and cause, and each acceptance with reason and name', () => {
    const text = visible(printReport(input({ annotated: 'out/budget.checked.xlsx' }), 'ko')).replace(/\s+/g, ' ');
    expect(text).toContain('파일: budget.xlsx');
    expect(text).toContain(`${PRODUCT.annotatedCopy.ko}: out/budget.checked.xlsx`);
    expect(text).toContain('작성: 2026-12-06 06:09 (UTC+09:00) · 표 1개');
    expect(text).toContain('오류 2건 · 경고 0건 · 수락됨 1건');
    expect(text).toContain('검산한 숫자 10개 · 확인하지 못한 숫자 2개');
    expect(text).toContain('Sheet1!D14 오류');
    expect(text).toContain('61,000천원 60,000천원');
    expect(text).toContain('계산 과정: 1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원');
    expect(text).toContain('계산 과정: 280,000 = 60,000 + 90,000 + 130,000 원인: D14');
    // The flagged cell is its own cause: 원인 is not repeated.
    expect(text).not.toMatch(/60,000천원 원인: D14/);
    expect(text).toContain('Sheet1 H3 맞춰 볼 식이 없음');
    expect(text).toContain('Sheet1!F5 소계');
    expect(text).toContain('2026-04-01 김주무관 부처 기준 반올림');
  });

  it('lists the findings fixed in the session as they read, with the figure written and when; without fixes, no such part', () => {
    const fixed = finding({ cell: 'D29', actual: 61000, expected: 60000, message: '산출식 계산 결과는 60,000천원이고, 적힌 금액은 61,000천원입니다.' });
    for (const language of ['ko', 'en'] as const) {
      const html = printReport(input({ fixes: [{ finding: fixed, at: '2026-04-02T10:00:00.000Z' }] }), language);
      const text = visible(html).replace(/\s+/g, ' ');
      expect(html).toContain('<table data-part="fixes">');
      expect(text).toContain(language === 'ko' ? `${STATES.fixed.ko} 항목` : STATES.fixed.en);
      expect(text).toContain(FIELDS.fixedAt[language]);
      expect(text).toContain(`Sheet1!D29 ${ruleLabel('product', language)} 61,000천원 60,000천원 ${fixed.message} 2026-04-02`);
    }
    const ko = visible(printReport(input({ fixes: [{ finding: fixed, at: '2026-04-02T10:00:00.000Z' }] }), 'ko')).replace(/\s+/g, ' ');
    expect(ko).toContain('오류 2건 · 경고 0건 · 수락됨 1건 · 수정됨 1건');
    for (const fixes of [undefined, []]) {
      const html = printReport(input(fixes ? { fixes } : {}), 'ko');
      expect(html).not.toContain('data-part="fixes"');
      expect(visible(html)).not.toContain(STATES.fixed.ko);
    }
  });

  it('says 이상 없음 only when nothing is open and every figure was checked', () => {
    const clean = visible(printReport(input({ findings: [], acceptances: [], coverage: { figures: 3, checked: 3, unchecked: [] } }), 'ko'));
    expect(clean).toContain(COVERAGE_WORDS.clean.ko);
    const unchecked = visible(printReport(input({ findings: [], acceptances: [] }), 'ko'));
    expect(unchecked).not.toContain(COVERAGE_WORDS.clean.ko);
  });
});

describe('the report time', () => {
  it('is shown with its clock', () => {
    expect(shownTime('2026-12-06T06:09+09:00')).toBe('2026-12-06 06:09 (UTC+09:00)');
    expect(shownTime('2026-12-05T21:09:06.123Z')).toBe('2026-12-05 21:09 (UTC)');
    expect(shownTime('yesterday')).toBe('yesterday');
  });

  it('is made in the local clock, saying its offset', () => {
    const made = reportTime(new Date('2026-12-05T21:09:06Z'));
    expect(made).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Date(made).getTime()).toBe(new Date('2026-12-05T21:09:00Z').getTime());
  });
});
