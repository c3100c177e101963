/**
 * Figures from hostile or careless text (issue 13): read exactly whatever their
 * length, an absurd one reported at its cell instead of costing the workbook,
 * chains of any length, scientific notation never split into a label and a number.
 */
import { verifyWorkbook } from '../../src/engine';
import { parseBasisLine } from '../../src/engine/basis/line';
import { cellFigure, parseFigure } from '../../src/engine/number';
import { parseSheetText, toSnapshot } from '../../scripts/sheet-text';

const verify = (source: string) => verifyWorkbook(toSnapshot(parseSheetText(source)));

/** A basis table whose one line is `line | = | amount`. */
const basis = (line: string, amount: string) => `@sheet 사업설명서
□ 산출근거
 |  |  |  | (단위 : 천원)
과목구분 | 2021년 예산내역 |  |  | 비고
사무관리비 | ${line} | = | ${amount} | 
`;

describe('a figure past any budget (2^53 in its own unit)', () => {
  const huge = `1${'0'.repeat(309)}`;

  it('is not a figure, in text or as a number, and nothing throws', () => {
    expect(parseFigure(huge)).toBeNull();
    expect(parseFigure('9,007,199,254,740,992')).toBeNull();
    expect(parseFigure('9,007,199,254,740,991')?.value).toBe(9007199254740991);
    expect(cellFigure(1e300, '1E+300')).toBeNull();
    expect(cellFigure(1.5, '1.5')?.value).toEqual({ num: 3n, den: 2n });
  });

  it('is a warning at its cell, and the rest of the sheet is still checked', () => {
    const result = verify(`${basis('○ 홍보 1,000원×3,000부', huge)} | ○ 인쇄 1,000원×2,000부 | = | 3,000 | \n`);
    expect(result.findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([
      ['D4', 'unreadable', 'warning'],
      ['D5', 'product', 'error'],
    ]);
    expect(result.findings[0]?.message).toContain(huge);
  });

  it('in a calculation makes the line unreadable, not a wrong expected value', () => {
    const line = parseBasisLine(`○ 홍보 ${huge}원×3 = 3,000천원`);
    expect(line.formula).toBeNull();
    expect(line.unreadable).toMatch(/too large/);
    const product = parseBasisLine(`○ 홍보 ${'9'.repeat(15)}억원×${'9'.repeat(15)} = 3,000천원`);
    expect(product.unreadable).toMatch(/too large/);
  });
});

describe('a chain of any length', () => {
  it('keeps every term: 2,000 subtractions are computed and explained in full', () => {
    const terms = 2000;
    const line = parseBasisLine(`○ 차감 10,000,000원${' - 1,000원'.repeat(terms)} = 8,000천원`);
    expect(line.unreadable).toBeNull();
    expect(line.label).toBe('차감');
    expect(line.formula?.value).toBe(8000000);
    expect(line.amount?.figure.value).toBe(8000);
  });

  it('a wrong total over a long chain is flagged with the exact expected value', () => {
    const result = verify(basis(`○ 차감 10,000,000원${' - 1,000원'.repeat(300)}`, '9,000'));
    expect(result.findings.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D4', 9700, 9000]]);
    expect(result.findings[0]?.explain.split(' − ')).toHaveLength(301);
  });

  it('of 15,000 terms (a full cell) is read without overflowing the stack', () => {
    const line = parseBasisLine(`○ 합 ${'1+'.repeat(15000)}1 = 15,001원`);
    expect(line.formula?.value).toBe(15001);
  });

  it('a line built so that every start parses far and fails is reported, quickly', () => {
    const half = '1-'.repeat(8000);
    const started = Date.now();
    const line = parseBasisLine(`○ ${half}1 가나 ${half}1 = 1,000원`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(line.formula === null || line.unreadable === null).toBe(true);
  });
});

describe('scientific notation in text', () => {
  it('is one number in a calculation, never the label `1e` and an amount', () => {
    const line = parseBasisLine('○ 홍보 1.5e3원×2 = 3천원');
    expect(line.label).toBe('홍보');
    expect(line.formula?.value).toBe(3000);
    const huge = parseBasisLine('○ 홍보 1e308원 = 1,000');
    expect(huge.label).not.toBe('홍보 1e');
    expect(huge.unreadable).toMatch(/too large/);
  });

  it('in an amount cell is left as text and reported, not read as a smaller figure', () => {
    expect(parseFigure('1e308원')).toBeNull();
    const result = verify(basis('○ 홍보 1,000원×3,000부', '1e308원'));
    expect(result.findings.map((f) => [f.cell, f.rule])).toEqual([['D4', 'unreadable']]);
  });
});

describe('a finding past 2^53', () => {
  it('says the same expected figure in its message as in its explanation', () => {
    // Two parts of a total, each a figure, whose sum is past 2^53: the message keeps every digit.
    const half = '5,000,000,000,000,001';
    const result = verify(`@sheet 사업설명서
□ 산출근거
 |  |  |  | (단위 : 원)
과목구분 | 2021년 예산내역 |  |  | 비고
사무관리비 | ○ 홍보 | = | 1 | 
 | - 리플릿 ${half}원 | = | ${half} | 
 | - 포스터 5,000,000,000,000,002원 | = | 5,000,000,000,000,002 | 
`);
    const finding = result.findings.find((f) => f.cell === 'D4');
    expect(finding?.explain).toContain('10,000,000,000,000,003');
    expect(finding?.message).toContain('10,000,000,000,000,003');
  });
});
