import { join } from 'node:path';
import type { Color, Fill, Workbook } from 'exceljs';
import { makeOptions, verifyWorkbook } from '../../src/engine/index';
import { STATE_SHEET } from '../../src/engine/review';
import { applyAcceptances, readWorkbook, writeAnnotatedCopy } from '../../src/file/index';
import { loadWorkbook } from '../../src/file/load';
import { openBook } from '../../src/web/book/openBook';
import { saveCopy, savedName } from '../../src/web/book/save';
import { WebHost } from '../../src/web/host/webHost';
import { makeTempDir } from '../file/workbooks';
import { bytesOf, cellsOf, differences, ERRORS, hostOn } from './support';

const SHEET = '사업설명서';

/** What the CLI writes for the error sample. */
async function cliCopy(): Promise<Workbook> {
  const { dir, cleanup } = await makeTempDir();
  try {
    const reading = await readWorkbook(ERRORS);
    const result = verifyWorkbook(reading.snapshot, makeOptions({ language: 'ko' }));
    const output = join(dir, 'out.checked.xlsx');
    const findings = applyAcceptances(result.findings, reading.acceptances);
    await writeAnnotatedCopy({ input: ERRORS, output, findings, language: 'ko', coverage: result.coverage });
    return await loadWorkbook(await bytesOf(output), 'cli');
  } finally {
    await cleanup();
  }
}

function onSheet(cells: Map<string, string>, sheet: string): Map<string, string> {
  return new Map([...cells].filter(([k]) => k.startsWith(`${sheet}!`)));
}

const visibleSheets = (wb: Workbook) =>
  wb.worksheets.filter((s) => s.name !== STATE_SHEET).map((s) => [s.name, s.state]);

describe('Save', () => {
  it('writes exactly the CLI’s annotated copy: fills, notes, report sheet', async () => {
    const { host, session } = await hostOn(ERRORS);
    await host.verify('workbook', { language: 'ko' });
    const saved = await saveCopy(session);
    expect(saved.fileName).toBe('seoul-sns-2021-errors.checked.xlsx');
    const ours = await loadWorkbook(saved.bytes, 'ours');
    const cli = await cliCopy();
    expect(visibleSheets(ours)).toEqual(visibleSheets(cli));
    expect(differences(cellsOf(cli), cellsOf(ours))).toEqual([]);
    const report = (wb: Workbook) => wb.getWorksheet('검산결과')!;
    expect(report(ours).columns.map((c) => c.width)).toEqual(
      report(cli).columns.map((c) => c.width),
    );
    expect(report(ours).views).toEqual(report(cli).views);
    // What was checked, as the command line says it (DESIGN §1.2).
    expect(String(report(ours).getCell('A1').value)).toMatch(/검산한 숫자 \d+개 · 확인하지 못한 숫자 \d+개$/);
    expect(ours.getWorksheet(SHEET)!.model.merges).toEqual(cli.getWorksheet(SHEET)!.model.merges);
    // The page's own workbook is not painted by Save.
    expect(session.workbook.getWorksheet(SHEET)!.getCell('D29').fill).toBeUndefined();
    expect(ours.getWorksheet(STATE_SHEET)?.state).toBe('veryHidden');
  });

  it('claims no coverage it does not know: after a row is inserted the report leaves the counts out', async () => {
    const { host, session } = await hostOn(ERRORS);
    await host.verify('workbook', { language: 'ko' });
    session.shiftRows(SHEET, 40);
    const ours = await loadWorkbook((await saveCopy(session)).bytes, 'ours');
    const title = String(ours.getWorksheet('검산결과')!.getCell('A1').value);
    expect(title).toMatch(/^예산 검산 결과 — 오류 \d+건/);
    expect(title).not.toContain('검산한 숫자');
  });

  it('writes the plain workbook, under its own name, when nothing was verified', async () => {
    const { session } = await hostOn(ERRORS);
    const saved = await saveCopy(session);
    expect(saved).toMatchObject({ fileName: 'seoul-sns-2021-errors.xlsx', annotated: false });
    const ours = await loadWorkbook(saved.bytes, 'ours');
    expect(ours.worksheets.map((s) => s.name)).toEqual([SHEET]);
    expect(
      differences(cellsOf(await loadWorkbook(await bytesOf(ERRORS), 'x')), cellsOf(ours)),
    ).toEqual([]);
  });

  it('keeps acceptances through Save and reopen; the reopened copy clears back to the original fills', async () => {
    // The flagged cells carry fills of their own, which Clear must give back exactly.
    // exceljs types a colour as argb or theme only; indexed colours occur in real files.
    const fills: Record<string, Fill> = {
      E24: {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { theme: 4, tint: 0.3999 } as Partial<Color>,
      },
      D29: {
        type: 'pattern',
        pattern: 'darkGray',
        fgColor: { argb: 'FF00B050' },
        bgColor: { indexed: 64 } as Partial<Color>,
      },
    };
    const { host, session } = await hostOn(ERRORS, (wb) => {
      for (const [cell, fill] of Object.entries(fills))
        wb.getWorksheet(SHEET)!.getCell(cell).fill = fill;
      wb.getWorksheet(SHEET)!.getCell('D32').note = '담당자 메모';
    });
    const original = onSheet(cellsOf(session.workbook), SHEET);
    const { findings } = await host.verify('workbook', { language: 'ko' });
    await host.accept(findings.find((f) => f.cell === 'E24')!);
    const saved = await saveCopy(session);

    const reopened = await openBook(saved.bytes, saved.fileName);
    expect(reopened.acceptances).toEqual(session.acceptances);
    expect([...reopened.marks.keys()].sort()).toEqual([
      `${SHEET}!D29`,
      `${SHEET}!D32`,
      `${SHEET}!H88`,
    ]);
    expect(differences(original, onSheet(cellsOf(reopened.workbook), SHEET))).toEqual([]);

    const host2 = new WebHost(reopened, { browserLanguage: 'ko' });
    const again = await host2.verify('workbook', { language: 'ko' });
    expect(again.acceptances.map((a) => a.cell)).toEqual(['E24']);
    expect(reopened.marks.has(`${SHEET}!E24`)).toBe(false);
    await host2.clear();
    expect(reopened.marks.size).toBe(0);
    expect(differences(original, onSheet(cellsOf(reopened.workbook), SHEET))).toEqual([]);

    // Saving the reopened copy again replaces our report sheet instead of adding a second one.
    await host2.verify('workbook', { language: 'ko' });
    const twice = await loadWorkbook((await saveCopy(reopened)).bytes, 'twice');
    expect(visibleSheets(twice)).toEqual([
      [SHEET, 'visible'],
      ['검산결과', 'visible'],
    ]);
  });

  it('names the copy after the file it came from', () => {
    expect(savedName('예산.xlsx', true)).toBe('예산.checked.xlsx');
    expect(savedName('예산.checked.xlsx', true)).toBe('예산.checked.xlsx');
    expect(savedName('예산.XLSM', false)).toBe('예산.xlsx');
  });
});
