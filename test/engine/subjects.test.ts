/** The 세입·세출예산서 by 과목 (kind `subjects`): its headers, its 과목 tree, revisions, and what each slip gives. */
import { verifyWorkbook, type Finding } from '../../src/engine';
import { kindLabels } from '../../src/engine/tables/kindWords';
import { parseSheetText, toSnapshot } from '../../scripts/sheet-text';

const verify = (source: string) => verifyWorkbook(toSnapshot(parseSheetText(source)));
const brief = (f: Finding) => [f.cell, f.rule, f.expected, f.actual];

/** A school's revision: 사업 over five level columns, 경정 before 기정, a basis in 원 under 천원 figures. */
const SCHOOL = `@sheet 명세서
예산구분 : 추경 |  |  |  |  |  |  |  | (단위 : 천원)
사업 |  |  |  |  | 경정\\n예산액 | 기정 | 비교\\n증감 | 산출기초(원)
정책 | 단위 | 세부 | 세부항목 | 원가통계비목 |  |  |  | 
@merge A2:E2
 |  | 1.교원보수 |  |  | n:19663 | n:23589 | n:-3926:0:-
 |  |  | 1.가족수당 |  | n:8320 | n:8680 | n:-360:0:-
 |  |  |  |  |  |  |  | 교원가족수당 (86,666원×8명×12월)- 8,680,000원= -360,000
 |  |  | 2.육아휴직수당 |  | n:11343 | n:14909 | n:-3566:0:-
 |  |  |  |  |  |  |  | 교원육아휴직수당 (563,491원×1명×10월 ) - 9,200,000원= -3,565,000
 |  |  |  |  |  |  |  | 교원육아휴직수당가산금 (10,000원×1명×10월) - 101,000원= -1,000
`;

describe('the 과목 table', () => {
  it('is read under its own name', () => {
    expect(kindLabels('ko').subjects).toBe('과목별 예산서');
    expect(kindLabels('en').subjects).toBe('Budget by subject');
  });

  it('reads 사업 over five level columns with its basis in 원, and the lines give the change', () => {
    const result = verify(SCHOOL);
    expect(result.tables.map((t) => [t.kind, t.range, t.unit])).toEqual([['subjects', 'A2:I9', '천원']]);
    expect(result.findings).toEqual([]);
    expect(result.coverage.unchecked).toEqual([]);
  });

  it('flags a difference line whose result is off, in the basis unit', () => {
    const result = verify(SCHOOL.replace('= -1,000', '= -1,100'));
    expect(result.findings.map(brief)).toEqual([['I9', 'product', -1000, -1100]]);
    expect(result.findings[0]?.explain).toBe('(10,000원 × 1명 × 10월) − 101,000원 = △1,000원 → △1,000원');
  });

  it('holds a parent that prints every child to its sum in 예산액, and names the slip', () => {
    const result = verify(SCHOOL.replace('n:19663', 'n:19636'));
    expect(result.findings.map(brief)).toEqual([['F4', 'subtotal', 19663, 19636]]);
  });

  it('reads header words spaced and split over rows, the basis last, a code above its name', () => {
    const result = verify(`@sheet 세출
(세항 2225)상하수도사업
 |  |  |  |  | (단위 : 천원)
 |  | 전 년 도 | 비 교 | 
과 목 | 예 산 액 | (기 정) |  | 산 출 기 초
 |  | 예 산 액 | 증 △ 감 | 
201
일반운영비 | n:14961 | n:15332 | n:-371
 |  |  |  | ○ 당초예산 절감액 = △401
 |  |  |  | ○ 사무용품 10,000원 × 3회 = 30
202
여비 | n:3030 | n:3000 | n:30
`);
    expect(result.tables.map((t) => [t.kind, t.range])).toEqual([['subjects', 'A3:E11']]);
    expect(result.findings).toEqual([]);
    // The codes above their names are no figures; every figure is checked.
    expect(result.coverage).toEqual({ figures: 8, checked: 8, unchecked: [] });
  });

  it('decides by the table that lines give the 예산액 of a 본예산, the basis between the figures', () => {
    const BUDGET = `@sheet 세입
(단위 : 천원)
과 목 | 예 산 액 | 산 출 기 초 |  |  | 전 년 도\\n예 산 액 | 비 교\\n증 △ 감
@merge C2:E2
214\\n사업수입 | n:13614 |  |  |  | n:8614 | n:5000
214-09\\n기타사업수입 | n:13614 |  |  |  | n:8614 | n:5000
 |  | ○토지 임대 수입 114,000원 X 1년 | = | n:114
 |  | ○근린시설 임대 수입 1,125,000원 X 12월 | = | n:13500
`;
    expect(verify(BUDGET).findings).toEqual([]);
    expect(verify(BUDGET.replace('| n:13500', '| n:13600')).findings.map(brief)).toEqual([['E6', 'product', 13500, 13600]]);
  });

  it('skips a repeated header, heading lines and a page number inside a 과목', () => {
    const result = verify(`@sheet 세출
과 목 | 예 산 액 | 기 정 | 비 교 증 감 | 산출기초 |  | 
201\\n일반운영비 | n:103000 | n:95500 | n:7500
 |  |  |  | ○ 임차료 3,500,000원 × 1식 | = | n:3500
 |  |  |  |  |  | - 3 -
(관 3100)농수산개발비
과 목 | 예 산 액 | 기 정 | 비 교 증 감 | 산출기초 |  | 
 |  |  |  | ○ 홈페이지 유지관리비 800,000원 × 5개월 | = | n:4000
`);
    expect(result.tables.map((t) => [t.kind, t.range])).toEqual([['subjects', 'A1:G7']]);
    expect(result.findings).toEqual([]);
  });

  it('decides what lines give by the table, never by one 과목 alone', () => {
    // Two 목 of a revision give their change; the third's lines give its 예산액, which the table does not.
    const result = verify(`@sheet 세출
과 목 | 예 산 액 | 기 정 | 비 교 증 감 | 산출기초 |  | 
201\\n일반운영비 | n:10500 | n:10000 | n:500
 |  |  |  | ○ 임차료 500,000원 × 1식 | = | n:500
202\\n여비 | n:5300 | n:5000 | n:300
 |  |  |  | ○ 국내여비 100,000원 × 3회 | = | n:300
206\\n재료비 | n:20300 | n:20000 | n:300
 |  |  |  | ○ 재료 구입 20,300,000원 × 1식 | = | n:20300
`);
    expect(result.findings.map((f) => [f.cell, f.rule])).toEqual([['D6', 'subtotal']]);
  });
});
