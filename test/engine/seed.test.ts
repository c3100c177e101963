import { verifyWorkbook, makeOptions, type Finding } from '../../src/engine';
import { toSnapshot } from '../../scripts/sheet-text';
import { sampleSheets, withCell } from '../support/samples';

const seed = sampleSheets('seoul-sns-2021');
const verify = (sheets = seed) => verifyWorkbook(toSnapshot(sheets));
const brief = (f: Finding) => ({ rule: f.rule, cell: f.cell, expected: f.expected, actual: f.actual });

describe('the Seoul 2021 seed document', () => {
  it('verifies with zero findings', () => {
    expect(verify().findings).toEqual([]);
  });

  it('checks every figure it holds (none left unchecked)', () => {
    const { coverage } = verify();
    expect(coverage.unchecked).toEqual([]);
    expect(coverage.checked).toBe(coverage.figures);
    expect(coverage.figures).toBeGreaterThan(50);
  });

  it('finds its five tables with their units, and the 사업비 named in its text', () => {
    const tables = verify().tables;
    expect(tables.map((t) => [t.kind, t.range, t.unit])).toEqual([
      ['overview', 'A8:D9', '천원'],
      ['summary', 'A21:E24', '천원'],
      ['basis', 'A27:D40', '천원'],
      ['mention', 'A58', '천원'],
      ['schedule', 'A68:D72', '천원'],
      ['settlement', 'A86:H89', '천원'],
    ]);
  });

  // One figure changed gives exactly that cell, for each rule.
  const cases: [string, string, string, Partial<Finding>][] = [
    ['product', 'D29', '61,000천원', { rule: 'product', expected: 60000, actual: 61000 }],
    ['product with 주1회', 'D38', '12,840천원', { rule: 'product', expected: 12480, actual: 12840 }],
    ['subtotal', 'D32', '112,000천원', { rule: 'subtotal', expected: 120000, actual: 112000 }],
    ['summary total', 'B22', '(x-) 543,200', { rule: 'total', expected: 534200, actual: 543200 }],
    ['사업비 in the text', 'A58', '- 총 사업비 : 427,600천원', { rule: 'cross-total', expected: 427660, actual: 427600 }],
    ['summary B against the basis', 'C23', '(x-) 424,690', { rule: 'cross-total', expected: 424960, actual: 424690 }],
    ['prior-year amount', 'B23', '(x-) 513,200', { rule: 'change', expected: 531200, actual: 513200 }],
    ['change', 'D24', '(x-) △200', { rule: 'change', expected: -300, actual: -200 }],
    ['change rate', 'E24', '(x-) △12', { rule: 'change-rate', expected: -10, actual: -12 }],
    ['total change rate', 'E22', '(x-) △19', { rule: 'change-rate', expected: -20, actual: -19 }],
    ['사업비', 'B8', '427,600천원', { rule: 'cross-total', expected: 427660, actual: 427600 }],
    ['funding share', 'D8', '(사비)427,000천원', { rule: 'funding', expected: 427660, actual: 427000 }],
    ['schedule total', 'C69', 'n:427600', { rule: 'total', expected: 427660, actual: 427600 }],
    ['budget-current', 'E88', '(x-) 494,300', { rule: 'budget-current', expected: 494400, actual: 494300 }],
    ['execution balance', 'H88', '(x-) 12,246', { rule: 'execution-balance', expected: 12264, actual: 12246 }],
  ];
  it.each(cases)('%s: one changed figure gives one finding at that cell', (_name, cell, content, want) => {
    const findings = verify(withCell(seed, cell, content)).findings;
    expect(findings.map(brief)).toEqual([{ cell, ...want }]);
  });

  it('an error carried upward flags each wrong cell and points to its cause', () => {
    let sheets = withCell(seed, 'D29', '61,000천원'); // the leaf typo …
    sheets = withCell(sheets, 'D28', '281,000천원'); // … carried into its parent
    const findings = verify(sheets).findings;
    // The root cause first, what it caused after it (issue 14).
    expect(findings.map((f) => [f.cell, f.rule, f.cause])).toEqual([
      ['D29', 'product', 'D29'],
      ['D28', 'subtotal', 'D29'],
    ]);
  });

  it('writes messages in Korean and English from one table', () => {
    const sheets = withCell(seed, 'D29', '61,000천원');
    const ko = verifyWorkbook(toSnapshot(sheets), makeOptions({ language: 'ko' })).findings[0];
    const en = verifyWorkbook(toSnapshot(sheets), makeOptions({ language: 'en' })).findings[0];
    expect(ko?.message).toBe('산출식 계산 결과는 60,000천원이고, 적힌 금액은 61,000천원입니다.');
    expect(en?.message).toContain('The calculation gives 60,000 천원');
    expect(ko?.explain).toBe('1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원');
  });
});
