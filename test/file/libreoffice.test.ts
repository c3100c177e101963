/**
 * The patched copy opened by a real spreadsheet program: LibreOffice headless converts
 * it (it refuses a package it cannot read), and exceljs reads what LibreOffice wrote:
 * the fills, the notes, the report sheet and the chart all came through.
 * Runs where LibreOffice is installed (`soffice`, Debian libreoffice-calc-nogui).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell, Workbook } from 'exceljs';
import { writeAnnotatedCopy } from '../../src/file/annotate';
import { bothCopies, findingsOf, load, partsOf, withChart } from './copies';
import { packageProblems } from './packageCheck';
import { legacyText, withThreads } from './threaded';
import { budgetSheet, finding, makeTempDir, saveWorkbook } from './workbooks';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const SAMPLES = join(__dirname, '..', '..', 'samples');

const fillOf = (cell: Cell | undefined) => (cell?.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
const noteOf = (cell: Cell | undefined) => {
  const note = cell?.note;
  return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
};
const sheet = (wb: Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

/** Fill and note text of every marked cell, and the text of every report cell. */
function marksOf(wb: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (ws.name.startsWith('검산결과')) out.set(`${ws.name}!${cell.address}`, cell.text);
        else if (fillOf(cell) || noteOf(cell)) out.set(`${ws.name}!${cell.address}`, `${fillOf(cell)} ${noteOf(cell)}`);
      }),
    );
  }
  return out;
}

// Outside CI a machine without LibreOffice skips this; CI installs it (.ci/run) and never skips.
(SOFFICE || process.env.CI ? describe : describe.skip)('LibreOffice opens the patched copy', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc-nogui');
    ({ dir, cleanup } = await makeTempDir());
  });
  afterAll(() => cleanup?.());

  it('the error sample, a book with an image, a chart, notes and hostile text, and one with threaded comments', async () => {
    const sample = join(SAMPLES, 'seoul-sns-2021-errors.xlsx');
    await writeAnnotatedCopy({ input: sample, output: join(dir, 'sample.xlsx'), findings: await findingsOf(sample), language: 'ko' });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const input = await saveWorkbook(join(dir, 'in.xlsx'), (wb) => {
      const ws = budgetSheet(wb);
      ws.getCell('D3').note = '담당자 메모';
      ws.addImage(wb.addImage({ buffer: png as never, extension: 'png' }), 'F2:H6');
    });
    await withChart(input);
    const hostile = "=cmd|' /C calc'!A0 <b>&amp;</b> \"q\"";
    const findings = [
      { ...finding({ message: hostile }), accepted: false },
      { ...finding({ cell: 'D3', severity: 'warning' }), accepted: false },
    ];
    expect(await writeAnnotatedCopy({ input, output: join(dir, 'book.xlsx'), findings, language: 'ko' })).toEqual({ writer: 'patch' });

    // Threaded comments (Excel 365) on a flagged and an unflagged cell, and a flagged cell outside the sheet's cells.
    const threadedInput = await saveWorkbook(join(dir, 'threads-in.xlsx'), (wb) => {
      const ws = budgetSheet(wb);
      ws.getCell('A1').note = ws.getCell('C2').note = 'replaced';
    });
    await withThreads(threadedInput, [
      { ref: 'A1', comment: '제목 확인' },
      { ref: 'C2', comment: '합계 확인 부탁' },
    ]);
    const threadFindings = [{ ...finding(), accepted: false }, { ...finding({ cell: 'H9' }), accepted: false }];
    expect(await writeAnnotatedCopy({ input: threadedInput, output: join(dir, 'threads.xlsx'), findings: threadFindings, language: 'ko' })).toEqual({ writer: 'patch' });

    const out = join(dir, 'lo');
    execFileSync(
      SOFFICE as string,
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, join(dir, 'sample.xlsx'), join(dir, 'book.xlsx'), join(dir, 'threads.xlsx')],
      { stdio: 'pipe', timeout: 120_000 },
    );

    const fromSample = await load(join(out, 'sample.xlsx'));
    for (const ref of ['E24', 'D29', 'D32', 'H88']) {
      const cell = sheet(fromSample, '사업설명서').getCell(ref);
      expect([ref, fillOf(cell), noteOf(cell).startsWith('[예산 검산] 오류')]).toEqual([ref, 'FFFFC7CE', true]);
    }
    expect(sheet(fromSample, '검산결과').getCell('B3').text).toBe('E24');

    const fromBook = await load(join(out, 'book.xlsx'));
    const budget = sheet(fromBook, 'Budget');
    expect(fillOf(budget.getCell('C2'))).toBe('FFFFC7CE');
    expect(fillOf(budget.getCell('D3'))).toBe('FFFFEB9C');
    expect(noteOf(budget.getCell('D3'))).toMatch(/^담당자 메모\n────────────\n\[예산 검산\] 경고/);
    const report = sheet(fromBook, '검산결과');
    expect(report.getCell('H3').value).toBe(hostile);
    expect(report.getCell('H3').formula).toBeUndefined();
    expect(budget.getImages()).toHaveLength(1);
    expect([...(await partsOf(join(out, 'book.xlsx'))).keys()].some((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toBe(true);

    // LibreOffice shows notes, not threads: the threads' legacy notes, ours after the flagged one's.
    const threads = sheet(await load(join(out, 'threads.xlsx')), 'Budget');
    expect(noteOf(threads.getCell('A1'))).toBe(legacyText('제목 확인'));
    expect(noteOf(threads.getCell('C2')).startsWith(`${legacyText('합계 확인 부탁')}\n────────────\n[예산 검산] 오류`)).toBe(true);
    expect([fillOf(threads.getCell('C2')), fillOf(threads.getCell('H9'))]).toEqual(['FFFFC7CE', 'FFFFC7CE']);
    expect(noteOf(threads.getCell('H9'))).toMatch(/^\[예산 검산\] 오류/);

    // A workbook LibreOffice wrote (its own XML, and its own notes and drawings already on the
    // flagged cells) is patched too, with the same marks, notes and report as exceljs gives.
    const again = join(out, 'sample.xlsx');
    const paths = await bothCopies(again, dir, await findingsOf(again));
    expect(await packageProblems(paths.patched)).toEqual([]);
    expect(marksOf(await load(paths.patched))).toEqual(marksOf(await load(paths.exceljs)));
    expect(marksOf(await load(paths.patched)).get('사업설명서!D29')).toMatch(/^FFFFC7CE \[예산 검산\] 오류[\s\S]*\n────────────\n\[예산 검산\] 오류/);
  });
});
