/**
 * Never silent (DESIGN §1.2): every figure is checked or listed as unchecked with a
 * reason, and a wrong figure is flagged or listed — never passed over in a result that
 * looks clean.
 */
import fc from 'fast-check';
import { makeOptions, verifyWorkbook, type VerifyResult } from '../../src/engine';
import { parseSheetText, toSnapshot, withCell } from '../../scripts/sheet-text';
import { generateProject, prng, type BasisLayout } from '../support/generate';

const verify = (text: string): VerifyResult => verifyWorkbook(toSnapshot(parseSheetText(text)), makeOptions());
const unchecked = (r: VerifyResult) => r.coverage.unchecked.map((u) => `${u.sheet}!${u.cell} ${u.reason}`);

/** Each cell is flagged by a finding or listed as unchecked. */
function accountedFor(r: VerifyResult, sheet: string, cell: string): boolean {
  return r.findings.some((f) => f.sheet === sheet && f.cell === cell) || r.coverage.unchecked.some((u) => u.sheet === sheet && u.cell === cell);
}

describe('coverage of what no table holds', () => {
  it('lists every figure of a layout no kind matches, but not its row numbers', () => {
    const r = verify(`@sheet 기타
연번 | 기관명 | 지원액 | 비고
n:1 | 가 기관 | n:12000 | 
n:2 | 나 기관 | n:8000 | 2021년 신설
n:3 | 다 기관 | n:5000 | 
`);
    expect(r.tables).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(unchecked(r)).toEqual(['기타!C2 no table found', '기타!C3 no table found', '기타!C4 no table found']);
    expect(r.coverage).toMatchObject({ figures: 3, checked: 0 });
  });

  it('does not count years, dates, codes, phone numbers, header formulas or labels with digits', () => {
    const r = verify(`@sheet 표지
2021년도 예산서
2021 | 2021.3.1. | 01 | 담당 2133-6480
3.1절 기념행사 | 4급(30호봉) | (B-A)*100/A | ㉰=㉮-㉯
- 12 - | (1) | 1/4분기 | 주1회
`);
    expect(r.coverage).toEqual({ figures: 0, checked: 0, unchecked: [] });
  });

  it('counts an amount, a rate and a calculation written as text', () => {
    const r = verify(`@sheet 메모
참고 | 1,000천원 | 12.5% | 70,000원 × 11인 × 80일
`);
    expect(unchecked(r)).toEqual(['메모!B1 no table found', '메모!C1 no table found', '메모!D1 no table found']);
  });
});

describe('coverage of recognised tables', () => {
  it('checks the formula cell beside a filled label, in the unit the header names', () => {
    // 항목 | 산출기초 | 금액(원): the formula stands beside a filled label, the amounts are in 원
    // (this table was once left unread; 20,000원 × 15명 × 4회 is 1,200,000원, not 1,300,000원).
    const r = verify(`@sheet 세부
 |  |  | (단위: 원)
항목 | 산출기초 | 금액(원)
회의비 | 20,000원 × 15명 × 4회 | n:1300000
자료집 | 5,000원 × 200부 | n:1000000
`);
    expect(r.findings.map((f) => [f.cell, f.rule, f.expected, f.actual, f.unit])).toEqual([['C3', 'product', 1200000, 1300000, '원']]);
    expect(r.coverage).toEqual({ figures: 4, checked: 4, unchecked: [] });
  });

  it('lists figures a recognised table does not tie to any identity', () => {
    const r = verify(`@sheet 세부
구분 | 산출기초 |  | 
회의비 | ○ 회의 운영 20,000원 × 15명 × 4회 | = | 1,200천원
 | ○ 자료 구입 총액 | = | 1,000천원
`);
    expect(unchecked(r)).toEqual(['세부!D3 no identity found']);
    expect(r.coverage.checked + r.coverage.unchecked.length).toBe(r.coverage.figures);
  });

  it('marks the formula whose amount cannot be read as not read, with the amount', () => {
    const r = verify(`@sheet 산출근거
구분 | 산출근거 |  | 
사무관리비 | ○ 자료 구입 200,000원*3권 | = | e:#REF!
 | ○ 회의 운영 150,000원*5명 | = | 750천원
`);
    expect(unchecked(r)).toEqual(expect.arrayContaining(['산출근거!B2 not read', '산출근거!D2 not read']));
  });

  it('two amounts one apart are figures; a 연번 run of two is not (first in its row, or from 1)', () => {
    const r = verify(`@sheet 기타
기관명 | 지원 실적 | 참여 인원
기관 A | n:894046 | n:768
기관 B | n:785010 | n:565
기관 C | n:395728 | n:566
.
n:23 | 라 기관 | n:7000
n:24 | 마 기관 | n:3000
.
기관 D | n:1 | n:4100
기관 E | n:2 | n:2100
`);
    expect(unchecked(r)).toEqual(
      ['B2', 'C2', 'B3', 'C3', 'B4', 'C4', 'C6', 'C7', 'C9', 'C10'].map((cell) => `기타!${cell} no table found`),
    );
  });

  it('a leaf with nothing to recompute and nothing to add up to is unchecked', () => {
    const r = verify(`@sheet 산출근거
구분 | 산출근거 |  | 
여비 | ○ 국외여비 1,500,000원*2명 | = | 3,000천원
 | ○ 부서운영 총액계상 | = | 2,250천원
`);
    expect(unchecked(r)).toEqual(['산출근거!D3 no identity found']);
  });
});

const LAYOUTS: BasisLayout[] = ['cells', 'one-cell', 'two-cells'];

/** A block no kind reads: a heading, a header and rows of random figures. Returns its text and its figure cells. */
function unknownBlock(seed: number, firstRow: number): { text: string; cells: string[] } {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const lines = ['□ 참고 자료', '기관명 | 지원 실적 | 참여 인원'];
  const cells: string[] = [];
  const rows = int(1, 5);
  for (let i = 0; i < rows; i++) {
    const row = firstRow + lines.length + 1;
    const a = int(1, 900_000);
    const b = int(10, 5000);
    lines.push(`기관 ${String.fromCharCode(65 + i)} | ${rnd() < 0.5 ? `n:${a}` : `${a.toLocaleString('en-US')}천원`} | n:${b}`);
    cells.push(`B${row}`, `C${row}`);
  }
  return { text: lines.join('\n'), cells };
}

describe('generated workbooks with tables the engine does not know', () => {
  it.each(LAYOUTS)('check every figure of a generated budget (%s layout)', (layout) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const r = verify(generateProject(seed, layout).source);
        expect(r.coverage.unchecked).toEqual([]);
        expect(r.coverage.checked).toBe(r.coverage.figures);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  });

  it.each(LAYOUTS)('drop no figure silently: each one of an unknown table is listed (%s layout)', (layout) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed, other) => {
        const { source } = generateProject(seed, layout);
        const sheets = parseSheetText(source);
        const first = sheets[0];
        if (!first) return;
        const extra = unknownBlock(other, first.rows.length + 1);
        const r = verify(`${source}\n.\n${extra.text}\n`);
        expect(r.coverage.checked + r.coverage.unchecked.length).toBe(r.coverage.figures);
        for (const cell of extra.cells) {
          expect(r.coverage.unchecked).toContainEqual({ sheet: first.name, cell, reason: 'no table found' });
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  });

  it('a mutated figure of an unknown table is listed, never passed over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), (seed, which) => {
        const extra = unknownBlock(seed, 0);
        const sheets = parseSheetText(`@sheet 참고\n${extra.text}\n`);
        const cell = extra.cells[which % extra.cells.length] as string;
        const r = verifyWorkbook(toSnapshot(withCell(sheets, cell, 'n:123456')), makeOptions());
        expect(r.findings).toEqual([]);
        expect(accountedFor(r, '참고', cell)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});

describe('a number shown as a decimal is a figure', () => {
  it('counts 15.0 and 369.4 in a 조원 list as figures, not dates', () => {
    const r = verify(`@sheet 목록
메모 | 단위: 조원
가 | n:369.4:0.0
나 | n:15.0:0.0
`);
    expect(unchecked(r)).toEqual(['목록!B2 no table found', '목록!B3 no table found']);
  });
});
