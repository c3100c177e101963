/**
 * Messages that point (issue 14), from the command line: a cross-table finding
 * names the other table and its cell, and the report sheet's 원인 is empty when
 * the flagged cell is its own cause.
 */
import { join } from 'node:path';
import { FIELDS, PRODUCT } from '../../src/engine/glossary';
import { findingHeadings } from '../../src/file/report';
import { labelsFor } from '../../src/file/labels';
import { loadWorkbook, makeTempDir } from '../file/workbooks';
import { runCaptured } from './capture';

const SAMPLES = join(__dirname, '..', '..', 'samples');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

/** The seed with its 사업비 (B8) mistyped: the summary's 계 (C22) disagrees with it. */
async function seedWithWrongProjectCost(): Promise<string> {
  const wb = await loadWorkbook(join(SAMPLES, 'seoul-sns-2021.xlsx'));
  wb.getWorksheet('사업설명서')!.getCell('B8').value = '427,000천원';
  const file = join(dir, 'cost.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a cross-table finding on the command line', () => {
  it('names the other table and cell, and 원인 in the report sheet is empty for its own cause', async () => {
    const input = await seedWithWrongProjectCost();
    const r = await runCaptured([input, '--lang', 'ko']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('예산 총괄 C22의 금액과 맞으려면 427,660천원이어야 합니다. 적힌 금액은 427,000천원입니다.');

    const copy = await loadWorkbook(join(dir, 'cost.checked.xlsx'));
    const sheet = copy.getWorksheet(PRODUCT.reportSheet.ko)!;
    const headings = findingHeadings(labelsFor('ko'));
    const column = (name: string) => headings.indexOf(name) + 1;
    expect(sheet.getRow(2).getCell(column(FIELDS.cause.ko)).value).toBe(FIELDS.cause.ko);
    const row = sheet.getRow(3);
    expect(row.getCell(column(FIELDS.cell.ko)).text).toBe('B8');
    expect(row.getCell(column(FIELDS.explain.ko)).value).toBe('427,660 = 427,660 (예산 총괄 C22)');
    expect([null, ''].includes(row.getCell(column(FIELDS.cause.ko)).value as string | null)).toBe(true);
  });
});
