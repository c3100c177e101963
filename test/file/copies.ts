/** Helpers for the annotated-copy tests: findings of a file, both copies, and what exceljs reads in them. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { makeOptions, verifyWorkbook, type Coverage, type VerifyOptions } from '../../src/engine/index';
import { writeAnnotatedCopy } from '../../src/file/annotate';
import { applyAcceptances, type ReviewedFinding } from '../../src/file/review';
import { loadWorkbook as loadBytes, readLoadedWorkbook } from '../../src/file/index';
import { readXlsxFast } from '../../src/file/xlsx/read';
import { zipDirectory } from '../../src/file/xlsx/zip';
import { cellsOf as allCellsOf, differences } from '../support/cells';

export async function findingsOf(path: string, options: Partial<VerifyOptions> = {}): Promise<ReviewedFinding[]> {
  return (await reviewOf(path, options)).findings;
}

/** The findings of a file with its acceptances applied, and what was checked. */
export async function reviewOf(
  path: string,
  options: Partial<VerifyOptions> = {},
): Promise<{ findings: ReviewedFinding[]; coverage: Coverage }> {
  const bytes = await readFile(path);
  let reading;
  try {
    reading = readXlsxFast(bytes);
  } catch {
    reading = readLoadedWorkbook(await loadBytes(bytes, path));
  }
  const result = verifyWorkbook(reading.snapshot, makeOptions({ language: 'ko', ...options }));
  return { findings: applyAcceptances(result.findings, reading.acceptances), coverage: result.coverage };
}

export async function load(path: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The patched copy (asserting the patcher made it) and the exceljs copy of `input`. */
export async function bothCopies(
  input: string,
  dir: string,
  findings: readonly ReviewedFinding[],
  language: 'ko' | 'en' = 'ko',
  coverage?: Coverage,
) {
  const patched = join(dir, 'patched.xlsx');
  const exceljs = join(dir, 'exceljs.xlsx');
  expect(await writeAnnotatedCopy({ input, output: patched, findings, language, coverage })).toEqual({ writer: 'patch' });
  expect(await writeAnnotatedCopy({ input, output: exceljs, findings, language, coverage, via: 'exceljs' })).toEqual({ writer: 'exceljs' });
  return { patched, exceljs };
}

/** Every cell exceljs reads, every sheet included (as test/web compares Save with the CLI). */
export const cellsOf = (workbook: Workbook) => allCellsOf(workbook, { everySheet: true });
export { differences };

/** The package's parts: name → compressed bytes and CRC, and each part's CRC checked against its data. */
export async function partsOf(path: string): Promise<Map<string, { raw: Buffer; crc: number; text: () => string }>> {
  const { crc32 } = await import('node:zlib');
  const out = new Map<string, { raw: Buffer; crc: number; text: () => string }>();
  for (const e of zipDirectory(await readFile(path))) {
    const data = e.data();
    expect([e.name, crc32(data) >>> 0, data.length]).toEqual([e.name, e.crc, e.size]);
    out.set(e.name, { raw: Buffer.from(e.raw()), crc: e.crc, text: () => Buffer.from(data).toString('utf8') });
  }
  return out;
}

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Budget!$B$3:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const CHART_ANCHOR =
  '<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="30" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="${CHART_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/>` +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

/**
 * A book exceljs wrote with an image on its first sheet, given a bar chart in the same
 * drawing (exceljs cannot write charts, and drops them when it rewrites a book).
 */
export async function withChart(path: string): Promise<void> {
  const { ZipWriter } = await import('../../src/file/patch/zipWrite');
  const { writeFile } = await import('node:fs/promises');
  const zip = new ZipWriter();
  for (const e of zipDirectory(await readFile(path))) {
    const text = () => Buffer.from(e.data()).toString('utf8');
    if (e.name === 'xl/drawings/drawing1.xml') zip.add(e.name, text().replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
    else if (e.name === 'xl/drawings/_rels/drawing1.xml.rels')
      zip.add(e.name, text().replace('</Relationships>', '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'));
    else if (e.name === '[Content_Types].xml')
      zip.add(e.name, text().replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
    else zip.copy(e);
  }
  zip.add('xl/charts/chart1.xml', CHART);
  await writeFile(path, zip.finish());
}
