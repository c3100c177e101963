/** The e-호조 budget statement layout: recognition, page furniture, nesting, and what each slip gives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyWorkbook, type Finding } from '../../src/engine';
import { Grid } from '../../src/engine/grid';
import { matchStatementHeader } from '../../src/engine/tables/statement';
import { parseSheetText, toSnapshot, withCell, type TextSheet } from '../../scripts/sheet-text';

const pages = parseSheetText(readFileSync(join(__dirname, '..', 'fixtures', 'statement-pages', 'input.txt'), 'utf8'));
const verify = (sheets: TextSheet[] = pages) => verifyWorkbook(toSnapshot(sheets));
const brief = (f: Finding) => [f.cell, f.rule, f.expected, f.actual];

describe('the statement layout', () => {
  it('is one table over its pages, with zero findings when consistent', () => {
    const result = verify();
    expect(result.tables.map((t) => [t.kind, t.range, t.unit])).toEqual([['statement', 'A3:J33', '천원']]);
    expect(result.findings).toEqual([]);
  });

  it('skips page footers, titles, page headers, unit notes and the repeated header inside the data', () => {
    // Were any of them read as rows, the title would be a department and 예산 설명회 its child.
    const result = verify(withCell(pages, 'H20', 'n:3000'));
    expect(result.findings.map(brief)).toEqual([['H20', 'subtotal', 3240, 3000]]);
    expect(result.findings[0]?.explain).toBe('3,240 = 2,400 + 840');
  });

  it('reads a footer dated beside its page number as furniture, whether the date is text or a date cell', () => {
    // A printed page dates its footer; read as a row, the date broke the item (and its funding) across the page.
    const dateCell = { value: 44494, text: '10-25-21', numberFormat: 'mm-dd-yy' };
    const withDateCell = (sheets: TextSheet[]) =>
      sheets.map((s) => ({ ...s, rows: s.rows.map((r, i) => (i === 21 ? [...(r ?? []).slice(0, 10), dateCell] : r)) }));
    for (const dated of [withCell(pages, 'K22', '2021-10-25'), withDateCell(pages)]) {
      expect(verify(dated).findings).toEqual([]);
      expect(verify(withCell(dated, 'H29', 'n:940')).findings.map(brief)).toEqual([['H29', 'product', 840, 940]]);
    }
  });

  it('continues a parent across a page break: the line after the break is its child', () => {
    expect(verify(withCell(pages, 'H29', 'n:940')).findings.map(brief)).toEqual([['H29', 'product', 840, 940]]);
  });

  it('checks funding rows against their item apart from its children, and pins a slipped share', () => {
    expect(verify(withCell(pages, 'H8', 'n:5100')).findings.map(brief)).toEqual([['H8', 'change', 5000, 5100]]);
    expect(verify(withCell(pages, 'I9', 'n:9000')).findings.map(brief)).toEqual([['I9', 'change', 9400, 9000]]);
  });

  it('flags each kind of slip at its own cell', () => {
    const cases: [string, string, unknown[]][] = [
      ['H13', 'n:4600', ['H13', 'product', 4500, 4600]],
      ['H12', 'n:6100', ['H12', 'subtotal', 6000, 6100]],
      ['I7', 'n:14500', ['I7', 'subtotal', 14400, 14500]],
      ['J10', 'n:600', ['J10', 'subtotal', 637, 600]],
      ['I11', 'n:6100', ['I11', 'change', 6000, 6100]],
      ['H4', 'n:16000', ['H4', 'total', 16277, 16000]],
      ['J4', 'n:1800', ['J4', 'total', 1877, 1800]],
    ];
    for (const [cell, content, want] of cases) {
      expect(verify(withCell(pages, cell, content)).findings.map(brief)).toEqual([want]);
    }
  });

  it('treats a dash as a zero prior-year amount (a new item), so its change is the whole budget', () => {
    expect(verify(withCell(pages, 'J32', 'n:1400')).findings.map(brief)).toEqual([['J32', 'change', 1500, 1400]]);
  });

  it('warns about a 산출기초 it cannot read instead of dropping it', () => {
    const findings = verify(withCell(pages, 'G13', '15,000원**300부')).findings;
    expect(findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([['G13', 'unreadable', 'warning']]);
  });
});

describe('matchStatementHeader', () => {
  const header = (...cells: string[]) => new Grid(toSnapshot(parseSheetText(`@sheet S\n${cells.join(' | ')}\n`)).sheets[0]!);

  it('finds the columns of the e-호조 header and its variants', () => {
    expect(matchStatementHeader(header('부서', '정책', '단위', '세부사업', '편성목', '산출내역', '산출기초', '예산액', '전년도', '비교증감'), 0)).toMatchObject({
      tree: [0, 1, 2, 3, 4, 5], basis: 6, budget: 7, before: 8, change: 9,
    });
    expect(matchStatementHeader(header('세부사업', '편성목', '산출내역', '2021년 예산액', '전년도 예산액', '비교증감(B-A)'), 0)).toMatchObject({
      tree: [0, 1, 2], basis: null, budget: 3, before: 4, change: 5,
    });
  });

  it('leaves the other tables alone', () => {
    expect(matchStatementHeader(header('구 분', '2020예산액 (A)', '2021예산액 (B)', '증감 (B-A)', '(B-A)*100/A'), 0)).toBeNull();
    expect(matchStatementHeader(header('과목구분', '2021년 예산내역', '', ''), 0)).toBeNull();
  });

  it('reads the calculation after the label when there is no 산출기초 column', () => {
    const source = [
      '@sheet S',
      '세부사업 | 편성목 | 산출내역 | 예산액',
      '예산편성 지원 |  |  | n:4500',
      ' | 201 일반운영비 |  | n:4500',
      ' |  | ○ 예산서 15,000원*300부 | n:4600',
    ].join('\n');
    const findings = verifyWorkbook(toSnapshot(parseSheetText(source))).findings;
    expect(findings.map(brief)).toEqual([['D4', 'product', 4500, 4600]]);
  });

  it('nests ㅇ items under a ○ item: a ○ that is not the sum of its ㅇ items is flagged', () => {
    // The ○ agrees with the totals above it, so one of its items is suspect: no figure is proposed.
    const source = [
      '@sheet S',
      '세부사업 | 편성목 | 산출내역 | 산출기초 | 예산액',
      '예산편성 지원 |  |  |  | n:7000',
      ' | 201 일반운영비 |  |  | n:7000',
      ' |  | ○ 임차료 |  | n:7000',
      ' |  | ㅇ 소식지 발간 | 2,500,000원*1식 | n:2500',
      ' |  | ㅇ 연찬회 | 3,500,000원*1식 | n:3500',
    ].join('\n');
    const findings = verifyWorkbook(toSnapshot(parseSheetText(source))).findings;
    expect(findings.map(brief)).toEqual([['E4', 'subtotal', null, 7000]]);
  });
});
