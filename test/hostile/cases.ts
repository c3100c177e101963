/**
 * Every generated hostile book of issue 13, by name: the command line's cases
 * (limits.test.ts, damage.test.ts) and the page's (page.test.ts) build the same
 * bytes from here, so "within 20 s and 1 GB" is measured on one set of files on
 * both surfaces. Files that are not files (a FIFO, /dev/zero, a folder) are made
 * where they are tested: a page is never given one.
 */
import { book, budgetRows, cell, inflatingRows, rawNumber, row, sheetXml } from './books';
import { parts, withPart } from './rebuild';
import { bomb, zip } from './zip';

const GiB = 1024 ** 3;

/** The base table with C2 stated 660 too low: one error finding shows the sheet was checked. */
export const WRONG = 427000;

/** Three sheets of 200 MiB each (mostly spaces): every part under its limit, the package over its total. */
function paddedSheet(mb: number): { deflated: Uint8Array; size: number } {
  const head = bomb(sheetXml(budgetRows()).replace('</worksheet>', ''), 1);
  const body = bomb(' '.repeat(1024 * 1024), mb);
  const tail = bomb('</worksheet>', 1);
  const deflated = new Uint8Array(head.deflated.length - 2 + body.deflated.length - 2 + tail.deflated.length);
  deflated.set(head.deflated.subarray(0, head.deflated.length - 2));
  deflated.set(body.deflated.subarray(0, body.deflated.length - 2), head.deflated.length - 2);
  deflated.set(tail.deflated, head.deflated.length - 2 + body.deflated.length - 2);
  return { deflated, size: head.size + body.size + tail.size };
}

/**
 * A date as Excel writes one (a serial number under a date format): the fast reader reads it.
 * These books have no styles relationship, so the patcher cannot write their copy: exceljs does.
 */
const DATE_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
const STYLED_DATE = budgetRows() + row(6, '<c r="A6" s="1"><v>44000</v></c>');
/** A date stored as ISO text (`t="d"`): the fast reader leaves the book to exceljs. */
const DATED = budgetRows() + row(6, '<c r="A6" t="d"><v>2021-03-01T00:00:00</v></c>');
const MERGED_PAST_END = ['A10:XFD1048576'];
const pictureBomb = () => ({ name: 'xl/media/image1.png', data: bomb('\0'.repeat(65536), 32768), declaredSize: 100 });

/** A 산출근거 table in 원 whose one line is `text | = | amount`, and a second line one unit off (D5). */
export const basisRows = (text: string, amount: string) =>
  [
    row(1, cell('A1', '□ 산출근거')),
    row(2, cell('E2', '(단위 : 원)')),
    row(3, cell('A3', '과목구분') + cell('B3', '2021년 예산내역')),
    row(4, cell('A4', '사무관리비') + cell('B4', text) + cell('C4', '=') + cell('D4', amount)),
    row(5, cell('B5', '○ 인쇄 1,000원×2,000부') + cell('C5', '=') + cell('D5', '2,000,001')),
  ].join('');

/** Rows 3's cells without their addresses (valid: each follows the one before). */
const UNADDRESSED = budgetRows(WRONG).replace('<row r="3">', '<row>').replace(/<c r="[A-D]3"/g, '<c');

const numberStoring = (stored: string) => () =>
  book([{ name: 'Budget', rows: budgetRows(WRONG).replace('<c r="C3"><v>424960</v></c>', rawNumber('C3', stored)) + row(8, cell('A8', '참고')) }]);

export const STORED_NOT_NUMBERS = ['NaN', 'abc', 'Infinity', '1e999', '12abc'] as const;

export const HOSTILE = {
  // Small files that inflate.
  bomb: () => book([{ name: 'Budget', rows: inflatingRows(2.1 * GiB) }]),
  lyingBomb: () => book([{ name: 'Budget', rows: inflatingRows(2.1 * GiB), declaredSize: 1024 }]),
  packageTotal: () => book([1, 2, 3].map((n) => ({ name: `S${n}`, rows: paddedSheet(200) }))),
  // Sheets of many cells, and cells far apart.
  manyCells: () => book([{ name: 'Budget', rows: inflatingRows(4_100_000 * 16) }]),
  farValue: () => book([{ name: 'Budget', rows: budgetRows(WRONG) + row(1048576, cell('XFD1048576', 1)) }]),
  farMerge: () => book([{ name: 'Budget', rows: budgetRows(WRONG), merges: ['F1:XFD1048576'] }]),
  sparse: () => {
    let rows = budgetRows(WRONG);
    for (let r = 10; r < 410; r++) rows += row(r * 2000, cell(`XFD${r * 2000}`, r));
    return book([{ name: 'Budget', rows }]);
  },
  spread: () => {
    let rows = budgetRows();
    for (let r = 10; r < 200_010; r++) rows += row(r, cell(`XFD${r}`, r));
    return book([{ name: 'Budget', rows }]);
  },
  // Addresses no sheet can have.
  badAddress: () => book([{ name: 'Budget', rows: budgetRows() + row(5, cell('AAAAAAAA1', 1)) }]),
  rowPastEnd: () => book([{ name: 'Budget', rows: budgetRows() + row(1048577, cell('A1048577', 1)) }]),
  columnPastEnd: () => book([{ name: 'Budget', rows: budgetRows() + row(5, cell('XFE5', 1)) }]),
  // Books exceljs reads (datedMerge, datedBomb) or writes the copy of (styledDate…): measured before it does.
  datedMerge: () => book([{ name: 'Budget', rows: DATED, merges: MERGED_PAST_END }]),
  datedBomb: () => book([{ name: 'Budget', rows: DATED }], { extra: [pictureBomb()] }),
  styledDateMerge: () => withPart(book([{ name: 'Budget', rows: STYLED_DATE, merges: MERGED_PAST_END }]), 'xl/styles.xml', DATE_STYLES),
  styledDateBomb: () => withPart(book([{ name: 'Budget', rows: STYLED_DATE }], { extra: [pictureBomb()] }), 'xl/styles.xml', DATE_STYLES),
  // Damaged packages.
  duplicate: () => book([{ name: 'Budget', rows: budgetRows() }], { extra: [{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(budgetRows(1)) }] }),
  caseDuplicate: () => book([{ name: 'Budget', rows: budgetRows() }], { extra: [{ name: 'XL/Worksheets/Sheet1.xml', data: sheetXml(budgetRows(1)) }] }),
  noStrings: () =>
    book([{ name: 'Budget', rows: row(1, '<c r="A1" t="s"><v>0</v></c>') + budgetRows().replace(/^<row r="1">.*?<\/row>/, '') }], { strings: 'missing' }),
  shortStrings: () => book([{ name: 'Budget', rows: budgetRows() + row(6, '<c r="A6" t="s"><v>7</v></c>') }], { strings: ['구분'] }),
  cutSheet: () => {
    const cut = sheetXml(budgetRows()).replace(/<\/sheetData>.*$/, '');
    return zip(parts(book([{ name: 'Budget', rows: budgetRows() }])).map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, data: cut } : p)));
  },
  overlappingMerges: () => book([{ name: 'Budget', rows: budgetRows() + row(6, cell('A6', 'x') + cell('B7', 'y')), merges: ['A6:B7', 'B7:C8'] }]),
  halfZip: () => {
    const bytes = book([{ name: 'Budget', rows: budgetRows() }]);
    return bytes.subarray(0, Math.floor(bytes.length / 2));
  },
  // Number cells that store no number.
  numberNaN: numberStoring('NaN'),
  numberAbc: numberStoring('abc'),
  numberInfinity: numberStoring('Infinity'),
  number1e999: numberStoring('1e999'),
  number12abc: numberStoring('12abc'),
  // A valid oddity.
  unaddressed: () => book([{ name: 'Budget', rows: UNADDRESSED }]),
  // Figures past any budget, a long chain, scientific notation.
  hugeFigure: () => book([{ name: '사업설명서', rows: basisRows('○ 홍보 1,000원×3,000부', `1${'0'.repeat(309)}`) }]),
  longChain: () => book([{ name: '사업설명서', rows: basisRows(`○ 차감 10,000,000원${' - 1,000원'.repeat(2000)}`, '9,000,000') }]),
  scientific: () => book([{ name: '사업설명서', rows: basisRows('○ 홍보 1e308원', '308') }]),
} as const;

export type HostileCase = keyof typeof HOSTILE;

/** The number cases by what they store. */
export const numberCase = (stored: (typeof STORED_NOT_NUMBERS)[number]): HostileCase =>
  (({ NaN: 'numberNaN', abc: 'numberAbc', Infinity: 'numberInfinity', '1e999': 'number1e999', '12abc': 'number12abc' }) as const)[stored];
