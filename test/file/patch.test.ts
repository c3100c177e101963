/**
 * The annotated copy made by patching the package (src/file/patch) against the one
 * exceljs writes: the same fills, notes and report rows as exceljs reads them; every
 * part the annotation does not need copied byte for byte; images and other parts
 * exceljs would drop kept; the user's notes kept; hostile text stays text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ValueType, type Workbook } from 'exceljs';
import type { Coverage, VerifyOptions } from '../../src/engine/index';
import { writeAnnotatedCopy } from '../../src/file/annotate';
import type { ReviewedFinding } from '../../src/file/review';
import { generateBook, writeBookXlsx } from '../../scripts/generate-book';
import { writeWorkbook } from '../../scripts/make-samples';
import { parseSheetText } from '../../scripts/sheet-text';
import { bothCopies, cellsOf, differences, findingsOf, load, partsOf, reviewOf, withChart } from './copies';
import { packageProblems } from './packageCheck';
import { budgetSheet, finding, makeTempDir, saveWorkbook } from './workbooks';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples');
const FIXTURES = join(ROOT, 'test', 'fixtures');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

/** The report sheet as exceljs reads it: widths, frozen rows, filter. */
function reportLayout(wb: Workbook, name = '검산결과') {
  const sheet = wb.getWorksheet(name);
  return {
    widths: sheet?.columns.map((c) => c.width),
    views: sheet?.views,
    filter: sheet?.autoFilter,
  };
}

async function expectSameAsExceljs(
  input: string,
  findings: readonly ReviewedFinding[],
  language: 'ko' | 'en' = 'ko',
  coverage?: Coverage,
): Promise<{ patched: Workbook; exceljs: Workbook }> {
  const paths = await bothCopies(input, dir, findings, language, coverage);
  expect(await packageProblems(paths.patched)).toEqual([]);
  const [patched, exceljs] = [await load(paths.patched), await load(paths.exceljs)];
  expect(differences(cellsOf(patched), cellsOf(exceljs))).toEqual([]);
  const report = language === 'ko' ? '검산결과' : 'Findings';
  expect(reportLayout(patched, report)).toEqual(reportLayout(exceljs, report));
  return { patched, exceljs };
}

const goldenCases = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'input.txt')));

describe('the patched copy reads back as the exceljs copy', () => {
  it.each(['seoul-sns-2021-errors.xlsx', 'seoul-sns-2021.xlsx'])('the sample %s', async (name) => {
    const input = join(SAMPLES, name);
    await expectSameAsExceljs(input, await findingsOf(input));
  });

  it('the error sample with an accepted finding, in English', async () => {
    const input = join(SAMPLES, 'seoul-sns-2021-errors.xlsx');
    const findings = (await findingsOf(input)).map((f, i) => ({ ...f, accepted: i === 1 }));
    const { patched } = await expectSameAsExceljs(input, findings, 'en');
    const d29 = patched.getWorksheet('사업설명서')?.getCell('D29');
    expect(d29?.note).toBeUndefined(); // accepted: not marked, only listed
    expect(patched.getWorksheet('Findings')?.getCell('K6').value).toBe('Accepted');
    // The report's fonts and wrapping, as report.ts sets them.
    const report = patched.getWorksheet('Findings');
    expect(report?.getCell('A1').font).toMatchObject({ bold: true, size: 12 });
    expect(report?.getCell('C2').font).toMatchObject({ bold: true });
    expect(report?.getCell('H3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('the error sample with its coverage, figures not checked and an acceptance with its reason and name', async () => {
    const input = join(SAMPLES, 'seoul-sns-2021-errors.xlsx');
    const review = await reviewOf(input);
    const findings = review.findings.map((f, i) =>
      i === 0
        ? { ...f, accepted: true, acceptance: { ...f, note: '지침에 따른 절사 & <확인>', reviewer: '김검토', at: '2026-12-01T09:00:00.000Z' } }
        : f,
    );
    const coverage: Coverage = {
      ...review.coverage,
      unchecked: [
        ...review.coverage.unchecked,
        { sheet: '사업설명서', cell: 'E5', reason: 'no identity found' },
        { sheet: "없는 '시트'", cell: 'A1', reason: 'not read' },
      ],
    };
    const { patched } = await expectSameAsExceljs(input, findings, 'ko', coverage);
    const report = patched.getWorksheet('검산결과');
    expect(String(report?.getCell('A1').value)).toContain(`확인하지 못한 숫자 ${coverage.unchecked.length}개`);
    const accepted = report?.getRow(findings.length + 2);
    expect([accepted?.getCell(12).value, accepted?.getCell(13).value]).toEqual(['김검토', '지침에 따른 절사 & <확인>']);
    const last = report?.getRow(findings.length + 2 + 3 + coverage.unchecked.length);
    expect([last?.getCell(1).value, last?.getCell(2).value, last?.getCell(3).value]).toEqual(["없는 '시트'", 'A1', '읽지 못함']);
  });

  it.each(goldenCases)('the golden fixture %s', async (name) => {
    const input = join(dir, `${name}.xlsx`);
    await writeWorkbook(parseSheetText(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8')), input);
    const optionsFile = join(FIXTURES, name, 'options.json');
    const options: Partial<VerifyOptions> = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
    await expectSameAsExceljs(input, await findingsOf(input, options));
  });

  it.each(['statement', 'seed'] as const)('a generated %s book with slips', async (layout) => {
    const input = join(dir, 'book.xlsx');
    const book = generateBook({ seed: 11, layout, projects: 12, perSheet: 5, errors: 6 });
    await writeBookXlsx(book, input);
    const findings = await findingsOf(input);
    expect(findings.length).toBeGreaterThanOrEqual(6);
    await expectSameAsExceljs(input, findings);
  });

  it('findings on cells that were never written, inside merged areas and on a missing sheet', async () => {
    const input = await saveWorkbook(join(dir, 'odd.xlsx'), (wb) => {
      const ws = budgetSheet(wb);
      ws.getCell('F2').value = '병합';
      ws.mergeCells('F2:G3');
    });
    const findings: ReviewedFinding[] = [
      { ...finding({ cell: 'H9' }), accepted: false }, // a row that does not exist
      { ...finding({ cell: 'E3', severity: 'warning' }), accepted: false }, // a cell missing in an existing row
      { ...finding({ cell: 'A1' }), accepted: false }, // before the first cell of its row
      { ...finding({ cell: 'G3' }), accepted: false }, // inside F2:G3: marked on F2
      { ...finding({ cell: 'F2', severity: 'warning' }), accepted: false }, // the same cell: one mark, one note
      { ...finding({ sheet: 'Gone', cell: 'A1' }), accepted: false },
    ];
    const { patched } = await expectSameAsExceljs(input, findings);
    const ws = patched.getWorksheet('Budget');
    expect((ws?.getCell('H9').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws?.getCell('G3').note).toBeUndefined();
    expect(JSON.stringify(ws?.getCell('F2').note)).toContain('경고');
    expect(patched.getWorksheet('검산결과')?.getCell('A8').value).toBe('Gone');
  });
});

describe('the patched copy changes only what the annotation needs', () => {
  it('every other part of the package is copied byte for byte', async () => {
    const input = join(SAMPLES, 'seoul-sns-2021-errors.xlsx');
    const output = join(dir, 'copy.xlsx');
    await writeAnnotatedCopy({ input, output, findings: await findingsOf(input), language: 'ko' });
    const [before, after] = [await partsOf(input), await partsOf(output)];
    // `_rels/.rels` names our mark, docProps/custom.xml (file/patch/copyMark.ts).
    const changed = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'docProps/app.xml'];
    for (const [name, part] of before) {
      if (changed.includes(name)) continue;
      expect([name, after.get(name)?.raw.equals(part.raw)]).toEqual([name, true]);
    }
    // The extended properties list the report sheet with the others; nothing else in them changes.
    const app = (name: string) => name.replace('<vt:i4>1</vt:i4>', '<vt:i4>2</vt:i4>').replace('<vt:vector size="1" baseType="lpstr"><vt:lpstr>사업설명서</vt:lpstr>', '<vt:vector size="2" baseType="lpstr"><vt:lpstr>사업설명서</vt:lpstr><vt:lpstr>검산결과</vt:lpstr>');
    expect(after.get('docProps/app.xml')?.text()).toBe(app(before.get('docProps/app.xml')?.text() ?? ''));
    expect(after.get('docProps/app.xml')?.text()).not.toBe(before.get('docProps/app.xml')?.text());
    // New parts: our mark, the notes, their drawing and rels, the report sheet and its links.
    expect([...after.keys()].filter((n) => !before.has(n)).sort()).toEqual([
      'docProps/custom.xml',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet2.xml',
    ]);
    // In the sheet, only the four flagged cells' style and the note drawing differ.
    const sheetBefore = before.get('xl/worksheets/sheet1.xml')?.text() ?? '';
    const sheetAfter = after.get('xl/worksheets/sheet1.xml')?.text() ?? '';
    const strip = (xml: string) => xml.replace(/<c (?:s="\d+" )?r="(E24|D29|D32|H88)"( s="\d+")?/g, '<c r="$1"').replace(/<legacyDrawing [^>]*\/>/, '');
    expect(strip(sheetAfter) === strip(sheetBefore)).toBe(true);
    expect(sheetAfter.match(/<c s="\d+" r="[A-Z]+\d+"/g)).toEqual(['<c s="2" r="E24"', '<c s="2" r="D29"', '<c s="2" r="D32"', '<c s="2" r="H88"']);
    // A cell's own format is kept: the highlight format is a copy of it with the fill changed.
    const xfs = (xml: string) => [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const stylesBefore = xfs(before.get('xl/styles.xml')?.text() ?? '');
    const stylesAfter = xfs(after.get('xl/styles.xml')?.text() ?? '');
    expect(stylesAfter.slice(0, stylesBefore.length)).toEqual(stylesBefore);
    const d29Style = Number(/<c s="(\d+)" r="D29"/.exec(sheetAfter)?.[1]);
    const d29Before = Number(/<c r="D29" s="(\d+)"/.exec(sheetBefore)?.[1] ?? 0);
    const attrs = (xf: string | undefined) => (xf ?? '').replace(/\s(fillId|applyFill)="[^"]*"/g, '').replace(/<xf\s*/, '').split(/\s+/).sort();
    expect(attrs(stylesAfter[d29Style])).toEqual(attrs(stylesBefore[d29Before]));
  });

  it('keeps an image and a chart (exceljs drops the chart), with notes in the same sheet', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const input = await saveWorkbook(join(dir, 'image.xlsx'), (wb) => {
      const ws = budgetSheet(wb);
      const image = wb.addImage({ buffer: png as never, extension: 'png' });
      ws.addImage(image, 'F2:H6');
    });
    await withChart(input);
    const findings = [{ ...finding(), accepted: false }];
    const { patched } = await expectSameAsExceljs(input, findings);
    expect(patched.getWorksheet('Budget')?.getImages()).toHaveLength(1);
    const [before, after] = [await partsOf(input), await partsOf(join(dir, 'patched.xlsx'))];
    expect([...(await partsOf(join(dir, 'exceljs.xlsx'))).keys()]).not.toContain('xl/charts/chart1.xml');
    for (const name of ['xl/media/image1.png', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml']) {
      expect([name, after.get(name)?.raw.equals(before.get(name)?.raw ?? Buffer.alloc(0))]).toEqual([name, true]);
    }
    const sheet = after.get('xl/worksheets/sheet1.xml')?.text() ?? '';
    expect(sheet).toMatch(/<drawing r:id="[^"]+"\/><legacyDrawing [^>]*\/>/);
    const rels = after.get('xl/worksheets/_rels/sheet1.xml.rels')?.text() ?? '';
    expect(rels).toMatch(/relationships\/drawing"/);
    expect(rels).toMatch(/relationships\/comments"/);
  });

  it("keeps the user's notes, appending ours to the note of a flagged cell", async () => {
    const input = await saveWorkbook(join(dir, 'notes.xlsx'), (wb) => {
      const ws = budgetSheet(wb);
      ws.getCell('A1').note = '표 제목 메모';
      ws.getCell('C2').note = { texts: [{ text: '굵은 메모', font: { bold: true } }, { text: ' 보통 & <꺾쇠>' }] };
    });
    const findings = [{ ...finding(), accepted: false }, { ...finding({ cell: 'D3', severity: 'warning' }), accepted: false }];
    const { patched } = await expectSameAsExceljs(input, findings);
    const ws = patched.getWorksheet('Budget');
    expect(ws?.getCell('A1').note).toBe('표 제목 메모');
    const c2 = ws?.getCell('C2').note as { texts: { text: string; font?: { bold?: boolean } }[] };
    expect(c2.texts[0]).toMatchObject({ text: '굵은 메모', font: { bold: true } });
    expect(c2.texts.map((t) => t.text).join('')).toMatch(/^굵은 메모 보통 & <꺾쇠>\n────────────\n\[예산 검산\] 오류/);
  });
});

describe('hostile text stays text', () => {
  const nasty = [
    "=cmd|' /C calc'!A0",
    '+SUM(1,2)',
    '@HYPERLINK("http://x")',
    '<script>&amp;"quoted" \'single\'</script> ]]>',
    'control \u0001\u0008 chars, a lone \ud800 surrogate, _x0041_ escape, \r\n line',
    'long '.repeat(8000),
  ];

  it('in notes, on the report sheet and in sheet names', async () => {
    const input = await saveWorkbook(join(dir, 'hostile.xlsx'), (wb) => {
      budgetSheet(wb);
      const odd = wb.addWorksheet("Q'&<\"x\">");
      odd.getCell('A1').value = 5;
    });
    const findings: ReviewedFinding[] = nasty.map((text, i) => ({
      ...finding({ cell: `B${i + 2}`, message: text, explain: text, cause: i % 2 ? `'Q''&<"x">'!A1` : 'C2' }),
      accepted: false,
    }));
    findings.push({ ...finding({ sheet: "Q'&<\"x\">", cell: 'A1', message: nasty[0] as string }), accepted: false });
    const output = join(dir, 'copy.xlsx');
    expect(await writeAnnotatedCopy({ input, output, findings, language: 'ko' })).toEqual({ writer: 'patch' });
    const copy = await load(output);
    const report = copy.getWorksheet('검산결과');
    const texts: string[] = [];
    for (const sheet of copy.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect([sheet.name, cell.address, cell.type === ValueType.Formula]).toEqual([sheet.name, cell.address, sheet.name === 'Budget' && ['B2', 'C2'].includes(cell.address)]);
          texts.push(cell.text);
        }),
      );
    }
    for (const [i, text] of nasty.entries()) {
      const shown = report?.getCell(`H${i + 3}`).value;
      expect(typeof shown).toBe('string');
      if (i < 4) expect(shown).toBe(text);
    }
    expect(report?.getCell('H4').value).toBe('+SUM(1,2)');
    expect(report?.getCell('J4').hyperlink).toBe(`#'Q''&<"x">'!$A$1`);
    expect(String(report?.getCell('H8').value).length).toBeLessThanOrEqual(32767);
    const note = JSON.stringify(copy.getWorksheet('Budget')?.getCell('B2').note);
    expect(note).toContain('=cmd|');
    expect(JSON.stringify(copy.getWorksheet("Q'&<\"x\">")?.getCell('A1').note)).toContain('=cmd|');
    // No formula anywhere in what we wrote.
    const parts = await partsOf(output);
    for (const name of ['xl/worksheets/sheet3.xml', 'xl/comments1.xml', 'xl/comments2.xml']) expect([name, parts.get(name)?.text().includes('<f')]).toEqual([name, false]);
  });
});

describe('what the patcher leaves to exceljs', () => {
  it('a package without a styles part is written by exceljs, with the same annotation', async () => {
    const { ZipWriter } = await import('../../src/file/patch/zipWrite');
    const { zipDirectory } = await import('../../src/file/xlsx/zip');
    const source = join(SAMPLES, 'seoul-sns-2021-errors.xlsx');
    const zip = new ZipWriter();
    for (const e of zipDirectory(await readFile(source))) {
      if (e.name === 'xl/styles.xml') continue;
      if (e.name === 'xl/_rels/workbook.xml.rels') zip.add(e.name, Buffer.from(e.data()).toString('utf8').replace(/<Relationship [^>]*styles[^>]*\/>/, ''));
      else zip.copy(e);
    }
    const input = join(dir, 'nostyles.xlsx');
    await (await import('node:fs/promises')).writeFile(input, zip.finish());
    const findings = await findingsOf(input);
    const written = await writeAnnotatedCopy({ input, output: join(dir, 'copy.xlsx'), findings, language: 'ko' });
    expect(written.writer).toBe('exceljs');
    expect(written.reason).toMatch(/styles/);
    const copy = await load(join(dir, 'copy.xlsx'));
    expect(copy.getWorksheet('검산결과')).toBeDefined();
  });

  it('a macro-enabled workbook is written by exceljs (the copy is an .xlsx)', async () => {
    const { ZipWriter } = await import('../../src/file/patch/zipWrite');
    const { zipDirectory } = await import('../../src/file/xlsx/zip');
    const zip = new ZipWriter();
    for (const e of zipDirectory(await readFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx')))) {
      if (e.name !== '[Content_Types].xml') zip.copy(e);
      else zip.add(e.name, Buffer.from(e.data()).toString('utf8').replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml').replace('application/vnd.openxmlformats-officedocument.ms-excel', 'application/vnd.ms-excel'));
    }
    const input = join(dir, 'macros.xlsm');
    await (await import('node:fs/promises')).writeFile(input, zip.finish());
    const written = await writeAnnotatedCopy({ input, output: join(dir, 'macros.checked.xlsx'), findings: await findingsOf(input), language: 'ko' });
    expect(written).toEqual({ writer: 'exceljs', reason: expect.stringMatching(/macro-enabled/) });
  });

  it('the input is never changed', async () => {
    const input = join(dir, 'in.xlsx');
    await copyFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'), input);
    const before = await readFile(input);
    await writeAnnotatedCopy({ input, output: join(dir, 'out.xlsx'), findings: await findingsOf(input), language: 'ko' });
    expect((await readFile(input)).equals(before)).toBe(true);
  });
});
