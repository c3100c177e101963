/**
 * Every template, in every layout, inserted through OfficeHost into a workbook in
 * the fake Excel, its formulas recomputed by a real evaluator (fast-formula-parser),
 * then verified by the engine: zero findings; then one input changed and
 * recomputed: still zero findings.
 */
import type { FakeBook } from '../fake/book';
import { renderText } from '../fake/model';
import {
  brief,
  findingsOf,
  fixtureBook,
  hostOf,
  retypeAsNumbers,
  seedBook,
  SEED_SHEET,
  select,
  bookFromText,
  typeInto,
} from './books';
import { liveSeed } from './liveSeed';

jest.setTimeout(60_000);

const shown = (book: FakeBook, sheet: string, address: string) => renderText(book.cell(sheet, address));

describe('the seed made live with the templates', () => {
  it('has no finding after any step (subtotal, change and rate, total row on summary and schedule)', async () => {
    const seen: string[] = [];
    await liveSeed((step, findings) => {
      seen.push(step.kind === 'template' ? `${step.request.template} ${step.request.cell}` : `link ${step.cell}`);
      expect({ after: seen.at(-1), findings }).toEqual({ after: seen.at(-1), findings: [] });
    });
    expect(seen.filter((s) => !s.startsWith('link'))).toEqual([
      'subtotal B28', 'subtotal B32', 'subtotal B37', 'change-rate A23', 'change-rate A24', 'total-row A22', 'total-row A69',
    ]);
  });

  it('keeps every figure in step when a prior-year amount changes (total row, change, rate)', async () => {
    const book = await liveSeed();
    expect(book.cell(SEED_SHEET, 'B22').formula).toBe('=SUM(B23:B24)');
    expect(book.cell(SEED_SHEET, 'E23').formula).toBe('=IF(B23=0,IF(C23=0,"-","순증"),ROUND((C23-B23)*100/B23,0))');
    typeInto(book, SEED_SHEET, 'B23', 500_000);
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, SEED_SHEET, 'B22')).toBe('503,000');
    expect(shown(book, SEED_SHEET, 'D23')).toBe('△75,040');
    expect(shown(book, SEED_SHEET, 'E23')).toBe('△15');
  });

  it('writes 순증 for a category with nothing the year before: no #DIV/0!, no finding', async () => {
    const book = await liveSeed();
    typeInto(book, SEED_SHEET, 'B24', 0);
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, SEED_SHEET, 'E24')).toBe('순증');
    expect(shown(book, SEED_SHEET, 'D24')).toBe('2,700');
  });
});

describe('basis item, text layout (the seed: `- label factors | = | amount`)', () => {
  /**
   * Insert moves the 사업비 named in the seed's text too (`- 총 사업비 : 427,660천원`, A58
   * before the insertion; issue 14): the sheet verifies clean. That sentence is no
   * formula, so changing an input afterwards leaves it stale, and Verify says so — the
   * one finding left.
   */
  const staleMention = (total: number, stated: number) => [`cross-total ${SEED_SHEET}!A59 expected ${total} actual ${stated}`];

  async function insertAd(book: FakeBook) {
    select(book, SEED_SHEET, 'B29');
    const host = hostOf(book);
    const target = await host.insertTarget();
    expect(target.templates).toContain('basis-item');
    await host.insert({
      template: 'basis-item', sheet: SEED_SHEET, cell: 'B29', level: 2,
      label: '홍보영상 제작', unitPrice: 500_000, counts: [{ value: 4, counter: '편' }, { value: 3, counter: '회' }],
    });
  }

  it('inserts a line under its parent; the parent, the summary, 사업비 and the schedule follow: only the 사업비 in the text is left stale', async () => {
    const book = await liveSeed();
    await insertAd(book);
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, SEED_SHEET, 'A59')).toBe('- 총 사업비 : 433,660천원');
    expect(shown(book, SEED_SHEET, 'B30')).toBe('- 홍보영상 제작 500,000원*4편*3회');
    expect(shown(book, SEED_SHEET, 'C30')).toBe('=');
    expect(shown(book, SEED_SHEET, 'D30')).toBe('6,000천원');
    expect(book.cell(SEED_SHEET, 'D30').formula).toBe('=ROUNDDOWN(F30*G30*I30/1000,0)');
    expect(book.cell(SEED_SHEET, 'D28').formula).toBe('=SUM(D29:D32)');
    expect(shown(book, SEED_SHEET, 'D28')).toBe('286,000천원');
    expect(shown(book, SEED_SHEET, 'B8')).toBe('433,660천원');
    // the inputs sit in hidden helper cells: they show nothing
    expect(shown(book, SEED_SHEET, 'F30')).toBe('');
    expect(book.cell(SEED_SHEET, 'F30').value).toBe(500_000);
  });

  it('changing one input rewrites the line and its amount together: still zero findings', async () => {
    const book = await liveSeed();
    await insertAd(book);
    typeInto(book, SEED_SHEET, 'G30', 7);
    expect(brief(findingsOf(book))).toEqual(staleMention(438160, 433660));
    expect(shown(book, SEED_SHEET, 'B30')).toBe('- 홍보영상 제작 500,000원*7편*3회');
    expect(shown(book, SEED_SHEET, 'D30')).toBe('10,500천원');
    expect(shown(book, SEED_SHEET, 'C22')).toBe('438,160');
  });

  it('rounds to 천원 the way the user chose (half-up here), and the engine agrees', async () => {
    const book = await liveSeed();
    select(book, SEED_SHEET, 'B33');
    await hostOf(book).insert({
      template: 'basis-item', sheet: SEED_SHEET, cell: 'B33', level: 2, rounding: 'half-up',
      label: '사진 보정', unitPrice: 1_234, counts: [{ value: 1_000, counter: '장' }, { value: 95, counter: '%' }],
    });
    expect(book.cell(SEED_SHEET, 'D34').formula).toBe('=ROUND(F34*G34*I34/100000,0)');
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, SEED_SHEET, 'B34')).toBe('- 사진 보정 1,234원*1,000장*95%');
    expect(shown(book, SEED_SHEET, 'D34')).toBe('1,172천원');
    typeInto(book, SEED_SHEET, 'I34', 50);
    expect(brief(findingsOf(book))).toEqual(staleMention(428277, 428832));
    expect(shown(book, SEED_SHEET, 'D34')).toBe('617천원');
  });

  it('a line written in one cell (`… = 2,000천원`) keeps its amount inside the text', async () => {
    const book = fixtureBook('basis-one-cell');
    book.setCell('산출근거', 'B8', '- SNS 콘텐츠 제작 및 배포 2,000,000원*65건 = 130,000천원'); // the fixture's slip, fixed
    expect(brief(findingsOf(book))).toEqual([]);
    select(book, '산출근거', 'B12');
    await hostOf(book).insert({
      template: 'basis-item', sheet: '산출근거', cell: 'B12', level: 1,
      label: '국외여비', unitPrice: 1_500_000, counts: [{ value: 2, counter: '명' }],
    });
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, '산출근거', 'B13')).toBe('○ 국외여비 1,500,000원*2명 = 3,000천원');
    typeInto(book, '산출근거', 'E13', 3);
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, '산출근거', 'B13')).toBe('○ 국외여비 1,500,000원*3명 = 4,500천원');
  });
});

describe('basis item and subtotal, columnar layout (`항목 | 단가 | 수량 | 횟수 | 금액`)', () => {
  async function liveColumnar(): Promise<FakeBook> {
    const book = fixtureBook('basis-columnar');
    const sheet = '산출내역';
    // the fixture's slip (2,650 for 850원 × 1,000 × 3), fixed with the sums it carried into
    book.setCell(sheet, 'E6', { value: 2550, numberFormat: '#,##0;"△"#,##0' });
    book.setCell(sheet, 'E7', { value: 4350, numberFormat: '#,##0;"△"#,##0' });
    book.setCell(sheet, 'E12', { value: 12790, numberFormat: '#,##0;"△"#,##0' });
    expect(brief(findingsOf(book))).toEqual([]);
    const host = hostOf(book);
    for (const cell of ['A7', 'A11', 'A12']) {
      await host.insert({ template: 'subtotal', sheet, cell });
      expect(brief(findingsOf(book))).toEqual([]);
    }
    expect(book.cell(sheet, 'E7').formula).toBe('=SUM(E5:E6)');
    expect(book.cell(sheet, 'E12').formula).toBe('=SUM(E7,E11)');
    return book;
  }

  it('inserts an item into its group; the group’s 소계 and the 합계 follow: zero findings', async () => {
    const book = await liveColumnar();
    const sheet = '산출내역';
    select(book, sheet, 'A6');
    await hostOf(book).insert({
      template: 'basis-item', sheet, cell: 'A6', label: '현수막', unitPrice: 45_678, counts: [{ value: 10, counter: '' }, { value: 1, counter: '' }],
    });
    expect(brief(findingsOf(book))).toEqual([]);
    expect(book.cell(sheet, 'E7').formula).toBe('=ROUNDDOWN(B7*C7*D7/1000,0)');
    expect(shown(book, sheet, 'E7')).toBe('456');
    expect(book.cell(sheet, 'E8').formula).toBe('=SUM(E5:E7)');
    expect(book.cell(sheet, 'E13').formula).toBe('=SUM(E8,E12)');
    expect(shown(book, sheet, 'E13')).toBe('13,246');
    typeInto(book, sheet, 'C7', 20);
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, sheet, 'E13')).toBe('13,703');
  });

  it('a percentage column takes the count as a percent, and a 단가(천원) column its price in 천원', async () => {
    const book = bookFromText([
      '@sheet 여비',
      ' |  |  |  | (단위 : 천원)',
      '산출내역 | 단가(천원) | 인원 | 지급률(%) | 금액',
      '국내여비 | n:50 | n:4 | n:95 | n:190',
    ].join('\n'));
    expect(brief(findingsOf(book))).toEqual([]);
    await hostOf(book).insert({
      template: 'basis-item', sheet: '여비', cell: 'A3', label: '국외여비', unitPrice: 1_234_567, counts: [{ value: 3, counter: '명' }, { value: 85, counter: '%' }],
    });
    expect(book.cell('여비', 'E4').formula).toBe('=ROUNDDOWN(B4*C4*D4/100,0)');
    expect(shown(book, '여비', 'D4')).toBe('85%');
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, '여비', 'E4')).toBe('3,148');
    typeInto(book, '여비', 'D4', 90);
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, '여비', 'E4')).toBe('3,333');
  });
});

describe('total row inserted where a summary has none', () => {
  const SUMMARY = [
    '@sheet 총괄',
    ' |  |  |  | (단위 : 천원, %)',
    '구 분 | 2021년 예산(A) | 2022년 예산(B) | 증 감 | 증감률(%)',
    '일반운영비 | n:12000 | n:13500 | n:1500 | n:12.5:0.0',
    '여비 | n:4000 | n:3700 | n:-300 | n:-7.5:0.0',
  ].join('\n');

  it('puts 계 first with SUMs and the rate, at the precision shown: zero findings, and after a change', async () => {
    const book = bookFromText(SUMMARY);
    const host = hostOf(book);
    for (const cell of ['A3', 'A4']) await host.insert({ template: 'change-rate', sheet: '총괄', cell });
    select(book, '총괄', 'B4');
    expect((await host.insertTarget()).templates).toEqual(['total-row', 'change-rate']);
    await host.insert({ template: 'total-row', sheet: '총괄', cell: 'B4' });
    expect(shown(book, '총괄', 'A3')).toBe('계');
    expect(book.cell('총괄', 'B3').formula).toBe('=SUM(B4:B5)');
    expect(book.cell('총괄', 'D5').formula).toBe('=C5-B5');
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, '총괄', 'E3')).toBe('7.5');
    typeInto(book, '총괄', 'C5', 4400);
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, '총괄', 'E3')).toBe('11.9');
    expect(shown(book, '총괄', 'E5')).toBe('10.0');
  });
});

describe('settlement row (the seed as it is, figures typed as text)', () => {
  it('adds a year with 예산현액 and 집행잔액 as formulas: zero findings, and after a change', async () => {
    const book = seedBook();
    select(book, SEED_SHEET, 'A89');
    const host = hostOf(book);
    expect((await host.insertTarget()).templates).toEqual(['settlement-row']);
    await host.insert({
      template: 'settlement-row', sheet: SEED_SHEET, cell: 'A89', label: '2020',
      figures: { final: 534_200, carriedIn: 0, changed: -1_500, spent: 520_000, carriedOut: 2_000 },
    });
    expect(book.cell(SEED_SHEET, 'E90').formula).toBe('=B90+C90+D90');
    expect(book.cell(SEED_SHEET, 'H90').formula).toBe('=E90-F90-G90');
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, SEED_SHEET, 'A90')).toBe('2020');
    expect(shown(book, SEED_SHEET, 'D90')).toBe('△1,500');
    expect(shown(book, SEED_SHEET, 'H90')).toBe('10,700');
    typeInto(book, SEED_SHEET, 'F90', 530_000);
    expect(brief(findingsOf(book))).toEqual([]);
    expect(shown(book, SEED_SHEET, 'H90')).toBe('700');
  });
});

describe('the numeric seed', () => {
  it('verifies clean before anything is inserted (figures retyped as numbers show the same)', () => {
    const book = seedBook();
    retypeAsNumbers(book, SEED_SHEET, 'D28:D40');
    expect(shown(book, SEED_SHEET, 'D28')).toBe('280,000천원');
    expect(brief(findingsOf(book))).toEqual([]);
  });
});
