/**
 * The fast reader against exceljs on parts written by hand as Excel writes them (issue 15):
 * shared formulas, 1904 dates, hyperlinks inside the book and out of it, inline rich
 * runs, number formats on number cells. Each book is read both ways and the readings must
 * be equal; what a cell reads as is asserted too, so that both are right, not only alike.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CellValue, SheetSnapshot } from '../../src/engine/index';
import { loadWorkbook, readLoadedWorkbook } from '../../src/file/index';
import { readXlsxFast } from '../../src/file/xlsx/read';
import { generateBook } from '../../scripts/generate-book';
import { writeExcelBook } from '../../scripts/bench/excelBook';
import { excelPackage, linkRel, type ExcelPackage } from './excelPackage';
import { makeTempDir } from './workbooks';

async function bothWays(p: ExcelPackage) {
  const bytes = excelPackage(p);
  const exceljs = readLoadedWorkbook(await loadWorkbook(bytes, 'book'));
  return { fast: readXlsxFast(bytes), exceljs };
}

interface Read {
  readonly value: CellValue | undefined;
  readonly text: string | undefined;
  readonly formula: string | null | undefined;
}

/** What the sheet holds at an address (`C2`), whatever its grid's origin. */
function at(sheet: SheetSnapshot | undefined, ref: string): Read {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!sheet || !m) throw new Error(`no cell ${ref}`);
  const col = [...(m[1] ?? '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 - (sheet.origin?.col ?? 0);
  const row = Number(m[2]) - 1 - (sheet.origin?.row ?? 0);
  // null: the value's own text (a row shared with its values holds only strings and empties).
  const text = sheet.texts[row]?.[col];
  return { value: sheet.values[row]?.[col], text: text === null ? '' : text, formula: sheet.formulas?.[row]?.[col] };
}

/** Reads the book both ways, expects them equal, and gives each cell asked for as both read it. */
async function cells(p: ExcelPackage, refs: readonly string[]): Promise<Record<string, Read>> {
  const { fast, exceljs } = await bothWays(p);
  expect(fast).toEqual(exceljs);
  return Object.fromEntries(refs.map((ref) => [ref, at(fast.snapshot.sheets[0], ref)]));
}

const n = (ref: string, v: number | string, s = 0) => `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${v}</v></c>`;
const str = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;

describe('parts written as Excel writes them read as exceljs reads them', () => {
  it('shared formulas: the master with its ref, followers with only si, each with its cached value', async () => {
    const rows = [1, 2, 3, 4]
      .map((r) => {
        const f = r === 1 ? '<f t="shared" ref="C1:C4" si="0">B1*2+$B$1</f>' : '<f t="shared" si="0"/>';
        const g = r === 2 ? '<f t="shared" ref="D2:D3" si="1">SUM($B$1:B2)</f>' : r === 3 ? '<f t="shared" si="1"/>' : '';
        return `<row r="${r}" spans="2:4">${n(`B${r}`, r)}<c r="C${r}">${f}<v>${r * 2 + 1}</v></c>${g ? `<c r="D${r}">${g}<v>${(r * (r + 1)) / 2}</v></c>` : ''}</row>`;
      })
      .join('');
    const got = await cells({ rows }, ['C1', 'C2', 'C4', 'D2', 'D3']);
    expect(got['C1']).toEqual({ value: 3, text: '3', formula: '=B1*2+$B$1' });
    expect(got['C2']).toEqual({ value: 5, text: '5', formula: '=B2*2+$B$1' });
    expect(got['C4']).toEqual({ value: 9, text: '9', formula: '=B4*2+$B$1' });
    expect(got['D3']).toEqual({ value: 6, text: '6', formula: '=SUM($B$1:B3)' });
  });

  it('a shared formula over a block: sheet names, fixed parts, functions, names past XFD, quoted text and lower case move as exceljs moves them', async () => {
    const master = 'Data!B6+$B6*B$1+LOG10(B6)+"B6"&amp;XFE1+b6';
    const rows = [6, 7]
      .map((r) => {
        const cellsOf = ['C', 'D', 'E'].map((c) => {
          const f = r === 6 && c === 'C' ? `<f t="shared" ref="C6:E7" si="0">${master}</f>` : '<f t="shared" si="0"/>';
          return `<c r="${c}${r}">${f}<v>1</v></c>`;
        });
        return `<row r="${r}">${n(`B${r}`, r)}${cellsOf.join('')}</row>`;
      })
      .join('');
    const got = await cells({ rows }, ['C6', 'E6', 'D7']);
    expect(got['C6']?.formula).toBe('=Data!B6+$B6*B$1+LOG10(B6)+"B6"&XFE1+b6');
    expect(got['E6']?.formula).toBe('=Data!D6+$B6*D$1+LOG10(D6)+"D6"&XFE1+D6');
    expect(got['D7']?.formula).toBe('=Data!C7+$B7*C$1+LOG10(C7)+"C7"&XFE1+C7');
  });

  it('shared formula followers read from the bytes beside those left to readCell: group numbers, results, formats', async () => {
    const follower = (ref: string, si: string, v: string, s = 0) => `<c r="${ref}"${s ? ` s="${s}"` : ''}><f t="shared" si="${si}"/><v>${v}</v></c>`;
    const rows =
      `<row r="1">${n('A1', 1)}<c r="B1" s="1"><f t="shared" ref="B1:B6" si="0">A1*2</f><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="10">=A1+1</f><v>2</v></c></row>` +
      // From the bytes: a whole result, a signed one, one under a date format, a group numbered 10.
      `<row r="2">${n('A2', 2)}${follower('B2', '0', '4', 1)}${follower('C2', '10', '-3')}${follower('D2', '0', '44256', 2)}</row>` +
      // Left to readCell: a decimal result, an empty one, a group written with a leading zero, a group with no first cell.
      `<row r="3">${n('A3', 3)}${follower('B3', '0', '6.5', 1)}${follower('C3', '010', '4')}${follower('D3', '7', '5')}</row>` +
      `<row r="4">${follower('B4', '0', '')}<c r="C4"><f t="shared" si="0" /><v>8</v></c></row>`;
    const got = await cells({ rows, styles: [3, 14] }, ['B2', 'C2', 'D2', 'B3', 'C3', 'D3', 'B4', 'C4']);
    expect(got['B2']).toEqual({ value: 4, text: '4', formula: '=A2*2' });
    expect(got['C2']).toEqual({ value: -3, text: '-3', formula: '=A2+1' });
    expect(got['D2']).toEqual({ value: '2021-03-01', text: '2021-03-01', formula: '=C2*2' });
    expect(got['B3']).toEqual({ value: 6.5, text: '7', formula: '=A3*2' });
    expect(got['C3']?.formula).toBe(null);
    expect(got['D3']).toEqual({ value: 5, text: '5', formula: null });
    expect(got['B4']).toEqual({ value: null, text: '', formula: '=A4*2' });
    expect(got['C4']).toEqual({ value: 8, text: '8', formula: '=B4*2' });
  });

  it('a workbook that counts dates from 1904 (workbookPr date1904="1")', async () => {
    const rows = `<row r="1">${n('A1', 0, 1)}${n('B1', 42538, 2)}${n('C1', 1.5, 3)}${n('D1', 42538)}</row>`;
    const got = await cells({ rows, workbookPr: 'date1904="1"', numFmts: '<numFmt numFmtId="176" formatCode="yyyy&quot;년&quot; m&quot;월&quot; d&quot;일&quot;"/>', styles: [14, 176, 22] }, ['A1', 'B1', 'C1', 'D1']);
    expect(got['A1']?.value).toBe('1904-01-01');
    expect(got['B1']?.value).toBe('2020-06-18');
    expect(got['C1']?.value).toBe('1904-01-02T12:00:00');
    expect(got['D1']).toEqual({ value: 42538, text: '42538', formula: null });
  });

  it('hyperlinks inside the book (location=) and out of it (r:id): text, numbers, formulas and dates keep their values', async () => {
    const rows =
      `<row r="1">${str('A1', 0)}${str('B1', 1)}</row>` +
      `<row r="2">${n('A2', 427660, 1)}${n('B2', 1500, 1)}</row>` +
      `<row r="3"><c r="A3" s="1"><f>A2*2</f><v>855320</v></c>${n('B3', 44256, 2)}</row>` +
      `<row r="4"><c r="A4" s="1"/></row>`;
    const after =
      '<hyperlinks><hyperlink ref="A1" location="\'S\'!B2" display="본문"/><hyperlink ref="B1" r:id="rId1"/>' +
      '<hyperlink ref="A2" r:id="rId2"/><hyperlink ref="B2" location="S!A1"/><hyperlink ref="A3" r:id="rId1"/>' +
      '<hyperlink ref="B3" r:id="rId2"/><hyperlink ref="A4" r:id="rId1"/></hyperlinks>';
    const sheetRels = linkRel('rId1', 'https://seoul.go.kr/') + linkRel('rId2', 'https://example.com/a?b=1&amp;c=2');
    const got = await cells({ rows, after, sheetRels, strings: ['본문 보기', '서울시'], styles: [3, 14] }, ['A1', 'B1', 'A2', 'B2', 'A3', 'B3', 'A4']);
    expect(got['A1']).toEqual({ value: '본문 보기', text: '본문 보기', formula: null });
    expect(got['B1']).toEqual({ value: '서울시', text: '서울시', formula: null });
    // The figure under an external link is the figure (it read as empty text before: issue 15).
    expect(got['A2']).toEqual({ value: 427660, text: '427,660', formula: null });
    expect(got['B2']).toEqual({ value: 1500, text: '1,500', formula: null });
    // exceljs keeps a linked formula's result and not its formula.
    expect(got['A3']).toEqual({ value: 855320, text: '855,320', formula: null });
    expect(got['B3']?.value).toBe('2021-03-01');
    expect(got['A4']).toEqual({ value: '', text: '', formula: null });
  });

  it('cells beside a link, on its row and on others, read from the bytes as they read without one', async () => {
    const rows =
      `<row r="1">${str('A1', 0)}${n('B1', 427660, 1)}<c r="C1" s="1"/><c r="D1"/></row>` +
      // The linked cell between plain ones; a cell after it without an address, on the linked row.
      `<row r="2">${n('A2', 15, 1)}${n('B2', 1500, 1)}<c s="1"><v>7</v></c>${str('D2', 1)}</row>` +
      `<row r="3"><c r="A3" s="1"><f t="shared" ref="A3:A5" si="0">B1*2</f><v>2</v></c>${n('B3', 44256, 2)}<c r="C3"/></row>` +
      // Linked: a shared formula's follower (its formula lost) and a styled empty cell (kept as empty text), beside an unlinked one.
      `<row r="4"><c r="A4" s="1"><f t="shared" si="0"/><v>3000</v></c><c r="B4" s="1"/><c r="C4" s="1"/>${str('D4', 1)}</row>` +
      `<row r="5"><c r="A5" s="1"><f t="shared" si="0"/><v>3000</v></c><c r="B5" s="1"/></row>`;
    const after =
      '<hyperlinks><hyperlink ref="B2" r:id="rId1"/><hyperlink ref="A4" r:id="rId1"/><hyperlink ref="B4" r:id="rId1"/><hyperlink ref="D4" r:id="rId1"/>' +
      '<hyperlink ref="A1" location="S!B2"/></hyperlinks>';
    const got = await cells({ rows, after, sheetRels: linkRel('rId1', 'https://seoul.go.kr/'), strings: ['본문 보기', '서울시'], styles: [3, 14] }, ['A1', 'B1', 'A2', 'B2', 'C2', 'D2', 'A4', 'B4', 'C4', 'D4', 'A5', 'B5']);
    expect(got['B1']).toEqual({ value: 427660, text: '427,660', formula: null });
    expect(got['A2']).toEqual({ value: 15, text: '15', formula: null });
    expect(got['B2']).toEqual({ value: 1500, text: '1,500', formula: null });
    expect(got['C2']).toEqual({ value: 7, text: '7', formula: null });
    expect(got['A4']).toEqual({ value: 3000, text: '3,000', formula: null });
    expect(got['B4']).toEqual({ value: '', text: '', formula: null });
    expect(got['C4']).toEqual({ value: null, text: '', formula: null });
    expect(got['D4']).toEqual({ value: '서울시', text: '서울시', formula: null });
    expect(got['A5']).toEqual({ value: 3000, text: '3,000', formula: '=B3*2' });
    expect(got['B5']?.value).toBe(null);
  });

  it('inline strings with rich runs, and plain ones', async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/><sz val="11"/><rFont val="맑은 고딕"/></rPr><t xml:space="preserve">합계 </t></r><r><rPr><sz val="11"/></rPr><t>427,660</t></r></is></c>' +
      '<c r="B1" t="inlineStr"><is><t>□ 산출근거 &amp; 내역</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><r><t xml:space="preserve">  앞뒤  </t></r></is></c></row>';
    const got = await cells({ rows }, ['A1', 'B1', 'C1']);
    expect(got['A1']).toEqual({ value: '합계 427,660', text: '합계 427,660', formula: null });
    expect(got['B1']?.value).toBe('□ 산출근거 & 내역');
    expect(got['C1']?.value).toBe('  앞뒤  ');
  });

  it('number formats on number cells: built-in ids and custom codes as Excel writes them', async () => {
    const numFmts =
      '<numFmt numFmtId="176" formatCode="#,##0&quot;천원&quot;"/><numFmt numFmtId="177" formatCode="#,##0;[Red]\\-#,##0"/>' +
      '<numFmt numFmtId="178" formatCode="_-* #,##0_-;\\-* #,##0_-;_-* &quot;-&quot;_-;_-@_-"/><numFmt numFmtId="179" formatCode="&quot;△&quot;#,##0;&quot;▽&quot;#,##0"/>';
    const rows =
      `<row r="1">${n('A1', 1234567, 1)}${n('B1', 1234.5, 2)}${n('C1', 0.125, 3)}${n('D1', 427660, 4)}</row>` +
      `<row r="2">${n('A2', -2590, 5)}${n('B2', 0, 6)}${n('C2', -106540, 7)}${n('D2', '1.0000000000000001E-3', 1)}</row>`;
    const got = await cells({ rows, numFmts, styles: [3, 4, 10, 176, 177, 178, 179] }, ['A1', 'B1', 'C1', 'D1', 'A2', 'C2']);
    expect(got['A1']).toEqual({ value: 1234567, text: '1,234,567', formula: null });
    expect(got['B1']?.text).toBe('1,234.50');
    expect(got['C1']?.text).toBe('12.50%');
    expect(got['D1']?.text).toBe('427,660천원');
    expect(got['A2']?.value).toBe(-2590);
    expect(got['C2']?.text).toBe('▽106,540');
  });
});

describe('the byte reader (xlsx/cellReader.ts) reads from the bytes only what it reads exactly', () => {
  it('whole numbers, shared strings and empty cells beside what it leaves to the text reader', async () => {
    const rows =
      // Read from the bytes: whole numbers (signed, zero, leading zeros, styled), shared strings, empty cells.
      `<row r="1">${n('A1', 427660)}${n('B1', -17165655, 1)}${n('C1', '-0')}${n('D1', '007', 1)}${str('E1', 1)}<c r="F1" s="1"/><c r="G1"/></row>` +
      // Left to the text reader: decimals, 16 digits, a sign, spaces, entities, other types, two spaces, `s=""`.
      `<row r="2">${n('A2', '1234.5', 1)}${n('B2', '1234567890123456')}${n('C2', '+15')}${n('D2', ' 42 ')}<c r="E2" t="s"><v> 0</v></c>` +
      `<c r="F2" t="n"><v>12</v></c><c r="G2" t="s"><v>1</v></c><c r="H2"  s="1"><v>5</v></c><c r="I2" s=""><v>6</v></c>` +
      `<c r="J2" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c><c r="K2" t="b"><v>1</v></c><c r="L2" t="e"><v>#N/A</v></c></row>` +
      // Korean text around the cells: byte positions are not character positions.
      `<row r="3"><c r="A3" t="inlineStr"><is><t>산출근거 □ 합계</t></is></c>${n('B3', 15000, 1)}<c r="C3" t="inlineStr"><is><t>천원</t></is></c>${n('D3', 3)}</row>` +
      // A cell far after a gap.
      `<row r="5">${n('C5', 2)}${str('Z5', 0)}</row>`;
    const got = await cells({ rows, strings: ['사업명', '서울시'], styles: [3] }, ['A1', 'B1', 'C1', 'D1', 'E1', 'A2', 'B2', 'C2', 'D2', 'E2', 'G2', 'H2', 'B3', 'D3', 'C5', 'Z5']);
    expect(got['A1']).toEqual({ value: 427660, text: '427660', formula: null });
    expect(got['B1']).toEqual({ value: -17165655, text: '-17,165,655', formula: null });
    expect(got['D1']).toEqual({ value: 7, text: '7', formula: null });
    expect(got['E1']).toEqual({ value: '서울시', text: '서울시', formula: null });
    expect(got['A2']).toEqual({ value: 1234.5, text: '1,235', formula: null });
    expect(got['C2']?.value).toBe(15);
    expect(got['E2']?.value).toBe('사업명');
    expect(got['G2']?.value).toBe('서울시');
    expect(got['H2']).toEqual({ value: 5, text: '5', formula: null });
    expect(got['B3']).toEqual({ value: 15000, text: '15,000', formula: null });
    expect(got['D3']?.value).toBe(3);
    expect(got['C5']?.value).toBe(2);
    expect(got['Z5']?.value).toBe('사업명');
  });
});

describe('white space between attributes other than one space, as XML allows', () => {
  it('a tab or line end before r, s or t keeps the cell, its row and its number format', async () => {
    const rows =
      `<row\tr="2"><c\tr="A2"\ts="1"><v>1234567</v></c><c r="B2"\n t="s"><v>0</v></c><c r="C2"\r\ns="1"/></row>` +
      `<row r="4"\n spans="1:2"><c r="A4"\ts="1"\tt="n"><v>-42</v></c></row>`;
    const got = await cells({ rows, strings: ['사업명'], styles: [3] }, ['A2', 'B2', 'A4']);
    expect(got['A2']).toEqual({ value: 1234567, text: '1,234,567', formula: null });
    expect(got['B2']?.value).toBe('사업명');
    expect(got['A4']).toEqual({ value: -42, text: '-42', formula: null });
  });
});

describe("the bench's books as Excel writes them (scripts/bench/excelBook.ts)", () => {
  it.each([[['styled']], [['styled', 'shared']], [['styled', 'dates']]] as const)('%j: read fast, as exceljs reads them', async (features) => {
    const { dir, cleanup } = await makeTempDir();
    try {
      const file = join(dir, 'book.xlsx');
      writeExcelBook(generateBook({ seed: 5, layout: 'statement', projects: 6 }), file, features);
      const bytes = await readFile(file);
      const exceljs = readLoadedWorkbook(await loadWorkbook(bytes, 'book'));
      // No Unsupported: a book Excel wrote stays off the exceljs path.
      expect(readXlsxFast(bytes)).toEqual(exceljs);
    } finally {
      await cleanup();
    }
  });
});
