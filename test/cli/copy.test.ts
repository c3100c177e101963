/**
 * The command line's default run writes the annotated copy by patching the file:
 * a chart and an image in the input stay, the copy matches the exceljs-written one,
 * and exceljs is never loaded on the way (it is only the fallback).
 */
import { spawnSync } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { runCaptured } from './capture';
import { writeAnnotatedCopy } from '../../src/file/annotate';
import { cellsOf, differences, load, partsOf, reviewOf, withChart } from '../file/copies';
import { makeTempDir } from '../file/workbooks';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const run = runCaptured;

/** The error sample with an image and a chart on its sheet. */
async function sampleWithChart(): Promise<string> {
  const wb = new Workbook();
  await wb.xlsx.readFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'));
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  wb.getWorksheet('사업설명서')?.addImage(wb.addImage({ buffer: png as never, extension: 'png' }), 'J2:L8');
  const input = join(dir, 'budget.xlsx');
  await wb.xlsx.writeFile(input);
  await withChart(input);
  return input;
}

describe('budget-verify FILE writes the annotated copy by patching the package', () => {
  it('keeps the chart and the image, and reads back as the exceljs copy', async () => {
    const input = await sampleWithChart();
    const result = await run([input, '--out', join(dir, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const copy = join(dir, 'out', 'budget.checked.xlsx');
    const parts = await partsOf(copy);
    const original = await partsOf(input);
    for (const name of ['xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/drawings/drawing1.xml']) {
      expect([name, parts.get(name)?.raw.equals(original.get(name)?.raw ?? Buffer.alloc(0))]).toEqual([name, true]);
    }
    const viaExceljs = join(dir, 'exceljs.xlsx');
    const { findings, coverage } = await reviewOf(input);
    await writeAnnotatedCopy({ input, output: viaExceljs, findings, language: 'ko', coverage, via: 'exceljs' });
    expect(differences(cellsOf(await load(copy)), cellsOf(await load(viaExceljs)))).toEqual([]);
    // The report sheet says what was checked, as the summary line does.
    const title = String((await load(copy)).getWorksheet('검산결과')?.getCell('A1').value);
    expect(title).toContain(`검산한 숫자 ${coverage.checked}개 · 확인하지 못한 숫자 ${coverage.unchecked.length}개`);
  });

  it('never loads exceljs for a file the fast reader and the patcher handle', async () => {
    const input = join(dir, 'errors.xlsx');
    await copyFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'), input);
    const script = [
      "const { runCli } = require('./src/cli/run');",
      `runCli([${JSON.stringify(input)}], { stdout: () => {}, stderr: (s) => process.stderr.write(s) }).then((status) => {`,
      "  const loaded = Object.keys(require.cache).some((k) => k.includes('node_modules/exceljs/'));",
      '  process.stdout.write(JSON.stringify({ status, loaded }));',
      '});',
    ].join('\n');
    const child = spawnSync(process.execPath, ['--require', 'ts-node/register/transpile-only', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ status: 1, loaded: false });
    expect((await partsOf(join(dir, 'errors.checked.xlsx'))).has('xl/comments1.xml')).toBe(true);
  });

  it('says so when exceljs had to write the copy (a macro-enabled book)', async () => {
    const { ZipWriter } = await import('../../src/file/patch/zipWrite');
    const { zipDirectory } = await import('../../src/file/xlsx/zip');
    const { readFile, writeFile } = await import('node:fs/promises');
    const zip = new ZipWriter();
    for (const e of zipDirectory(await readFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx')))) {
      if (e.name !== '[Content_Types].xml') zip.copy(e);
      else zip.add(e.name, Buffer.from(e.data()).toString('utf8').replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
    }
    const input = join(dir, 'macros.xlsm');
    await writeFile(input, zip.finish());
    const result = await run([input, '--json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/macros\.xlsm: 매크로 포함 통합 문서나 서식 파일이어서 검산 사본을 exceljs로 다시 만들었습니다/);
    const doc = JSON.parse(result.stdout);
    expect(doc.files[0].annotated).toBe(join(dir, 'macros.checked.xlsx'));
    expect(doc.files[0].warnings).toHaveLength(1);
    const report = (await load(join(dir, 'macros.checked.xlsx'))).getWorksheet('검산결과');
    // The fallback's report says what was checked too.
    expect(String(report?.getCell('A1').value)).toContain(`검산한 숫자 ${doc.files[0].coverage.checked}개`);
  });
});
