/**
 * The byte-level loading the CLI and the browser host share: it takes a plain
 * Uint8Array (what a browser File gives), not only a Node Buffer.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { annotateWorkbook, ERROR_FILL } from '../../src/file/annotateWorkbook';
import { WorkbookReadError } from '../../src/file/errors';
import { loadWorkbook } from '../../src/file/load';
import { readLoadedWorkbook } from '../../src/file/workbookReading';
import { finding } from './workbooks';

const SAMPLE = join(__dirname, '../../samples/seoul-sns-2021-errors.xlsx');

/** The file's bytes in a plain Uint8Array, as a browser's `File.arrayBuffer()` gives them. */
async function plainBytes(path: string): Promise<Uint8Array> {
  const buffer = await readFile(path);
  return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length));
}

async function rejection(bytes: Uint8Array): Promise<WorkbookReadError> {
  const error = await loadWorkbook(bytes, 'x.xlsx').then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookReadError))
    throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  return error;
}

describe('loadWorkbook', () => {
  it('loads a plain Uint8Array and reads the same snapshot as from a file', async () => {
    const bytes = await plainBytes(SAMPLE);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    const { snapshot, acceptances } = readLoadedWorkbook(await loadWorkbook(bytes, 'sample'));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['사업설명서']);
    expect(snapshot.sheets[0]?.texts[28]?.[3]).toBe('61,000천원');
    expect(acceptances).toEqual([]);
  });

  it('names what is wrong with bytes that are not an .xlsx workbook', async () => {
    expect((await rejection(new TextEncoder().encode('hello'))).code).toBe('not-xlsx');
    const legacy = new Uint8Array(64);
    legacy.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await rejection(legacy)).code).toBe('legacy-xls');
    const encrypted = new Uint8Array(256);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    encrypted.set(
      [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]),
      100,
    );
    expect((await rejection(encrypted)).code).toBe('encrypted');
    const truncated = (await plainBytes(SAMPLE)).slice(0, 2000);
    const corrupt = await rejection(truncated);
    expect(corrupt.code).toBe('corrupt');
    expect(corrupt.message).toMatch(/^x\.xlsx: the \.xlsx file is damaged/);
  });
});

describe('annotateWorkbook', () => {
  it('marks open findings and adds the report sheet on a workbook in memory', () => {
    const wb = new Workbook();
    wb.addWorksheet('S').getCell('D14').value = '61,000천원';
    const open = { ...finding({ sheet: 'S', cell: 'D14' }), accepted: false };
    const accepted = { ...finding({ sheet: 'S', cell: 'D15' }), accepted: true };
    const { marked, report } = annotateWorkbook(wb, [open, accepted], 'ko');
    expect(marked.map((m) => m.cell.address)).toEqual(['D14']);
    const fill = wb.getWorksheet('S')?.getCell('D14').fill;
    expect(fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: ERROR_FILL },
    });
    expect(wb.getWorksheet('S')?.getCell('D15').fill).toBeUndefined();
    expect(report.name).toBe('검산결과');
  });
});
