/**
 * Which cell of a basis row is its amount: the figure right after an `=` cell when
 * the row has one, so that a 비고 column of counts beside the amount, or operands
 * written in their own cells before the sign, are never read as the amount.
 */
import { verifyWorkbook } from '../../src/engine';
import { parseSheetText, toSnapshot } from '../../scripts/sheet-text';

const verify = (source: string) => verifyWorkbook(toSnapshot(parseSheetText(source)));

const TABLE = `@sheet 사업설명서
□ 산출근거
 |  |  |  | (단위 : 천원)
과목구분 | 2021년 예산내역 |  |  | 비고
사무관리비 | ○ 홍보 | = | 6,000천원 | 
 | - 리플릿 1,000원×3,000부 | = | 3,000천원 | n:2
 | - 포스터 1,500원×2,000부 | = | 3,000천원 | n:4
`;

describe('the amount of a basis row', () => {
  it('is the figure right after the = cell, not a number in a note column', () => {
    const result = verify(TABLE);
    expect(result.tables.map((t) => t.kind)).toEqual(['basis']);
    expect(result.findings).toEqual([]);
  });

  it('still finds a slip in the amount itself', () => {
    const result = verify(TABLE.replace('| 3,000천원 | n:4', '| 3,100천원 | n:4'));
    // The parent's 6,000 agrees with the lines' true values: the slip alone is flagged.
    expect(result.findings.map((f) => [f.cell, f.rule, f.expected, f.actual])).toEqual([
      ['D6', 'product', 3000, 3100],
    ]);
  });

  it('ignores operands written in cells before the = sign', () => {
    const result = verify(`@sheet 사업설명서
□ 산출근거
 |  |  |  | (단위 : 천원)
과목구분 | 2021년 예산내역 |  |  | 
사무관리비 | ○ 홍보 | = | 6,000천원 | 
 | - 리플릿 1,000원×3,000부 | n:3000 | = | 3,000천원
 | - 포스터 1,500원×2,000부 | n:2000 | = | 3,000천원
`);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
