/**
 * Several wrong figures in one cluster, solved in sequence (checks/repair.ts, DESIGN §3):
 * each wrong figure is flagged at its own cell, not the sums and changes it broke; a 소계
 * mistyped with its only part gives the two; when two repairs are equally small, the one
 * made of typing slips is taken, and none when both are.
 */
import { verifyWorkbook, type Finding } from '../../src/engine';
import { parseSheetText, toSnapshot, withCell, type TextSheet } from '../../scripts/sheet-text';

const brief = (f: Finding) => [f.cell, f.rule, f.expected, f.actual, f.cause];
const sorted = (findings: readonly Finding[]) => findings.map(brief).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const edit = (sheets: TextSheet[], edits: [string, string][]) => edits.reduce((s, [cell, content]) => withCell(s, cell, content), sheets);
const verify = (sheets: TextSheet[], edits: [string, string][]) => sorted(verifyWorkbook(toSnapshot(edit(sheets, edits))).findings);

/** Two years, their change and rate, and a 합계 row: every figure feeds a column sum. */
const summary = parseSheetText(`@sheet 총괄
 |  |  |  | (단위: 천원, %)
구  분 | 2021년 예산(A) | 2022년 예산(B) | 증 감 | 증감률(%)
일반운영비 | n:12000 | n:13500 | n:1500 | n:12.5:0.0
여비 | n:4000 | n:3700 | n:-300 | n:-7.5:0.0
업무추진비 | n:500 | n:700 | n:200 | n:40.0:0.0
시설비 | n:6000 | n:6300 | n:300 | n:5.0:0.0
합계 | n:22500 | n:24200 | n:1700 | n:7.6:0.0
`);

/** A settlement whose 소계 has one part: 예산액(A) | 결산액(B) | 증감(A-B). */
const settlement = parseSheetText(`@sheet 결산
 |  |  |  | (단위:원)
계정과목 |  | 예산액(A) | 결산액(B) | 증감(A-B)
합계 |  | n:1300000 | n:1150000 | n:150000
영업수익 | 소계 | n:1200000 | n:1100000 | n:100000
 | 관리수익 | n:1200000 | n:1100000 | n:100000
영업외수익 | 소계 | n:100000 | n:50000 | n:50000
 | 이자수익 | n:60000 | n:25000 | n:35000
 | 잡이익 | n:40000 | n:25000 | n:15000
`);

describe('several wrong figures in one cluster', () => {
  it('the hand-made sheets are consistent', () => {
    for (const sheets of [summary, settlement]) expect(verify(sheets, [])).toEqual([]);
  });

  it('flags a mistyped year, a mistyped year in another row and a change without its sign, each at its cell', () => {
    expect(verify(summary, [['C3', 'n:13050'], ['B4', 'n:4900'], ['D5', 'n:-200']])).toEqual([
      ['B4', 'change', 4000, 4900, 'B4'],
      ['C3', 'change', 13500, 13050, 'C3'],
      ['D5', 'change', 200, -200, 'D5'],
    ]);
  });

  it('flags a 소계 mistyped with its only part as two findings, not the total and the changes', () => {
    expect(verify(settlement, [['C4', 'n:1250000'], ['C5', 'n:1250000']])).toEqual([
      ['C4', 'header-formula', 1200000, 1250000, 'C4'],
      ['C5', 'header-formula', 1200000, 1250000, 'C5'],
    ]);
  });

  it('takes, of two equally small repairs, the one made of typing slips', () => {
    // 이자수익 결산액 25,000 typed 25,900 and 잡이익 증감 15,000 typed 15,900: the other repair
    // (잡이익 결산액 24,100 and 이자수익 증감 34,100) adds up as well but is no typing slip.
    expect(verify(settlement, [['D7', 'n:25900'], ['E8', 'n:15900']])).toEqual([
      ['D7', 'header-formula', 25000, 25900, 'D7'],
      ['E8', 'header-formula', 15000, 15900, 'E8'],
    ]);
  });

  it('pins nothing when two equally small repairs are both typing slips', () => {
    // By 1,000: 25,000 → 26,000 and 15,000 → 16,000, or 잡이익 결산액 24,000 and 이자수익 증감 34,000.
    const findings = verify(settlement, [['D7', 'n:26000'], ['E8', 'n:16000']]);
    expect(findings.map((f) => f[0])).not.toEqual(['D7', 'E8']);
    expect(findings.length).toBeGreaterThan(2);
  });
});

describe('an error carried through an identity that holds', () => {
  it('a 증감 computed from a wrong 소계 points at the 소계', () => {
    // 영업외수익 결산액 소계 printed 50,900 over parts that sum to 50,000; its 증감 49,100 was
    // computed from it (100,000 − 50,900) and so disagrees with its parts' 50,000.
    const findings = verify(settlement, [['D6', 'n:50900'], ['E6', 'n:49100'], ['D3', 'n:1150900'], ['E3', 'n:149100']]);
    expect(findings.find((f) => f[0] === 'E6')).toEqual(['E6', 'subtotal', 50000, 49100, 'D6']);
    expect(findings.find((f) => f[0] === 'D6')?.[4]).toBe('D6');
  });
});

describe('rows lettered as a total names them', () => {
  it('a 계(B) does not take the (C) row after it as a member', () => {
    const sheets = parseSheetText(`@sheet 이월
 |  |  | (단위:원)
과목 | 예산액(A) | 결산액(C) | 차이(A-C)
합계(A+B+C) | n:1000 | n:900 | n:100
수익적지출계(A) | n:300 | n:300 | -
사업예산 | n:300 | n:300 | -
자본적지출계(B) | n:500 | n:500 | -
자본예산 | n:500 | n:500 | -
미지급비용(C) | n:200 | n:100 | n:100
`);
    expect(verify(sheets, [])).toEqual([]);
    // The (C) row's slip is its own: were it a member of (B), (B) would be flagged instead.
    expect(verify(sheets, [['B9', 'n:300']]).map((f) => f[0])).toContain('B9');
  });
});
