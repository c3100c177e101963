/**
 * A balance rolled across blocks side by side (DESIGN §1.1): `모금 | 지출`, the opening
 * balance on the left, the closing one on the right, each block closed by a row named for
 * it (`당해연도 모금액`, `당해연도 지출금액`).
 */
import { verifyWorkbook } from '../../src/engine';
import { parseSheetText, toSnapshot, withCell } from '../../scripts/sheet-text';

const source = `@sheet S
2016
모금 |  | 지출 | 
@merge A2:B2
@merge C2:D2
전년도 이월금액 | n:800 | - | -
기업기부금 | n:3000 | 전기요금지원 | n:400
개인기부금 | n:500 | 난방연료지원 | n:700
 |  | 효율개선 | n:1200
당해연도 모금액 | n:3500 | 당해연도 지출금액 | n:2300
 |  | 차년도 이월금액 | n:2000
`;

const run = (cell?: string, to?: string) => {
  const sheets = parseSheetText(source);
  return verifyWorkbook(toSnapshot(cell && to ? withCell(sheets, cell, to, 0) : sheets));
};

describe('a balance rolled across blocks side by side', () => {
  it('checks each block total by its name and the closing balance, every figure', () => {
    const r = run();
    expect(r.findings).toEqual([]);
    expect(r.coverage.unchecked).toEqual([]);
  });

  it('takes neither balance into a block total', () => {
    const f = run('B7', 'n:4300').findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.cell, x.rule, x.expected])).toEqual([['B7', 'subtotal', 3500]]);
  });

  it('finds a slipped closing balance', () => {
    const f = run('D8', 'n:2090').findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.cell, x.rule, x.expected])).toEqual([['D8', 'execution-balance', 2000]]);
  });

  it('finds a slipped spending item at its total', () => {
    const f = run('D4', 'n:470').findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.cell, x.rule])).toEqual([['D7', 'subtotal']]);
  });
});

/** The same table a year before it, stacked below as the page lists them (newest first). */
const twoYears = `${source}.
2015
모금 |  | 지출 | 
@merge A11:B11
@merge C11:D11
전년도 이월금액 | n:300 | - | -
기업기부금 | n:1000 | 전기요금지원 | n:200
개인기부금 | n:200 | 난방연료지원 | n:500
당해연도 모금액 | n:1200 | 당해연도 지출금액 | n:700
 |  | 차년도 이월금액 | n:800
`;

describe('a balance carried from one year\'s table to the next', () => {
  const runBoth = (cell?: string, to?: string) => {
    const sheets = parseSheetText(twoYears);
    return verifyWorkbook(toSnapshot(cell && to ? withCell(sheets, cell, to, 0) : sheets));
  };

  it('takes this year\'s opening from last year\'s closing, by the years of their titles', () => {
    const r = runBoth();
    expect(r.findings).toEqual([]);
    expect(r.coverage.unchecked).toEqual([]);
  });

  it('pins a slipped opening at itself', () => {
    const f = runBoth('B3', 'n:880').findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.cell, x.rule, x.expected])).toEqual([['B3', 'carry-over', 800]]);
  });

  it('pins a slipped closing at itself, not at the opening that carries it', () => {
    const f = runBoth('D16', 'n:880').findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.cell, x.rule, x.expected])).toEqual([['D16', 'execution-balance', 800]]);
  });
});
