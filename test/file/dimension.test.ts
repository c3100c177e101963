/**
 * A worksheet's `<dimension>` in the patched copy: widened to take in the cells the
 * patch creates, left as it was otherwise; the report sheet's is exactly its cells.
 */
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { parseCellAddress } from '../../src/engine/index';
import { writeAnnotatedCopy } from '../../src/file/annotate';
import { SheetPatcher } from '../../src/file/patch/sheetXml';
import type { ReviewedFinding } from '../../src/file/review';
import { partsOf } from './copies';
import { packageProblems } from './packageCheck';
import { budgetSheet, finding, makeTempDir, saveWorkbook } from './workbooks';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (head: string, cells: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">${head}<sheetData>${cells}</sheetData></worksheet>`;
const CELLS = '<row r="3"><c r="C3"><v>1</v></c><c r="D3"><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c r="D4"><v>4</v></c></row>';

/** The sheet restyled at these cells (`H9`…), every one to format 7. */
function patched(xml: string, refs: string[]): string {
  const patcher = new SheetPatcher(Buffer.from(xml));
  patcher.restyle(
    refs.map((ref) => {
      const at = parseCellAddress(ref);
      if (!at) throw new Error(ref);
      return { ...at, restyle: () => 7 };
    }),
  );
  return patcher.finish().toString('utf8');
}

const dimensionOf = (xml: string) => /<dimension ref="([^"]*)"\/>/.exec(xml)?.[1];

/** The smallest range holding every `<c r>` of the sheet. */
function cellBounds(xml: string): string {
  const at = [...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => parseCellAddress(m[1] ?? ''));
  const rows = at.map((a) => a?.row ?? NaN);
  const cols = at.map((a) => a?.col ?? NaN);
  const ref = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
  return `${ref(Math.min(...rows), Math.min(...cols))}:${ref(Math.max(...rows), Math.max(...cols))}`;
}

describe('SheetPatcher widens the dimension', () => {
  it('to a new row below and a new cell to the right', () => {
    const out = patched(sheet('<dimension ref="C3:D4"/>', CELLS), ['H9', 'E3']);
    expect(dimensionOf(out)).toBe('C3:H9');
    expect(cellBounds(out)).toBe('C3:H9');
  });

  it('to a new cell above and to the left', () => {
    const out = patched(sheet('<dimension ref="C3:D4"/>', CELLS), ['A1']);
    expect(dimensionOf(out)).toBe('A1:D4');
    expect(out).toContain('<sheetData><row r="1"><c r="A1" s="7"/></row><row r="3">');
  });

  it('not at all for cells inside it: only their format changes', () => {
    const input = sheet('<dimension ref="C3:D4"/>', CELLS);
    expect(patched(input, ['D4', 'C3'])).toBe(input.replace('<c r="C3">', '<c s="7" r="C3">').replace('<c r="D4">', '<c s="7" r="D4">'));
  });

  it('keeps the form Excel wrote (A1:A1) when nothing is outside', () => {
    const input = sheet('<dimension ref="A1:A1"/>', '<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(dimensionOf(patched(input, ['A1']))).toBe('A1:A1');
  });

  it('a sheet without cells: the dimension is the new cells alone', () => {
    expect(dimensionOf(patched(sheet('<sheetPr/><dimension ref="A1"/>', ''), ['C5']))).toBe('C5');
    expect(dimensionOf(patched(sheet('<dimension ref="A1"/>', '<row r="2"/>'), ['C5', 'B7']))).toBe('B5:C7');
  });

  it('leaves a dimension it cannot read, and adds none where there was none', () => {
    const odd = patched(sheet('<dimension ref="B:B"/>', CELLS), ['H9']);
    expect(dimensionOf(odd)).toBe('B:B');
    const none = patched(sheet('<sheetViews/>', CELLS), ['H9']);
    expect(none).not.toContain('<dimension');
    expect(none).toContain('<row r="9"><c r="H9" s="7"/></row>');
  });
});

describe('the patched copy', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  async function copy(findings: ReviewedFinding[]) {
    const input = await saveWorkbook(join(dir, 'in.xlsx'), (wb) => budgetSheet(wb));
    const output = join(dir, 'out.xlsx');
    expect(await writeAnnotatedCopy({ input, output, findings, language: 'ko' })).toEqual({ writer: 'patch' });
    expect(await packageProblems(output)).toEqual([]);
    const parts = await partsOf(output);
    return { before: await partsOf(input), parts };
  }

  it('widens the marked sheet’s dimension to the cells it creates, exactly', async () => {
    const { before, parts } = await copy([
      { ...finding({ cell: 'H9' }), accepted: false },
      { ...finding({ cell: 'F3', severity: 'warning' }), accepted: false },
      { ...finding({ cell: 'C2' }), accepted: false },
    ]);
    expect(dimensionOf(before.get('xl/worksheets/sheet1.xml')?.text() ?? '')).toBe('A1:D4');
    const budget = parts.get('xl/worksheets/sheet1.xml')?.text() ?? '';
    expect(dimensionOf(budget)).toBe('A1:H9');
    expect(cellBounds(budget)).toBe('A1:H9');
  });

  it.each([
    ['no findings', []],
    ['findings with and without figures, one accepted', [
      { ...finding(), accepted: false },
      { ...finding({ cell: 'D3', actual: null, expected: null, severity: 'warning', unit: null }), accepted: false },
      { ...finding({ cell: 'B4' }), accepted: true },
    ]],
  ] as [string, ReviewedFinding[]][])('gives the report sheet a dimension that is exactly its cells: %s', async (_, findings) => {
    const { parts } = await copy(findings);
    const report = parts.get('xl/worksheets/sheet2.xml')?.text() ?? '';
    expect(report).toContain('<sheetData><row r="1">');
    expect(dimensionOf(report)).toBe(cellBounds(report));
  });
});
