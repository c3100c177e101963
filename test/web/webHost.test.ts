import { HostError } from '../../src/host/port';
import { ERROR_FILL } from '../../src/file/annotateWorkbook';
import { loadWorkbook } from '../../src/file/load';
import { cellsOf, differences, ERRORS, hostOn, SEED, bytesOf } from './support';

const verifyAll = { language: 'ko' as const };

describe('WebHost over the sample workbooks', () => {
  it('verifies the seed with zero findings and no highlights', async () => {
    const { host, session } = await hostOn(SEED);
    const result = await host.verify('workbook', verifyAll);
    expect(result.findings).toEqual([]);
    expect(result.tables.length).toBeGreaterThan(0);
    expect(session.marks.size).toBe(0);
  });

  it('highlights each finding of the error sample, the way the CLI paints it', async () => {
    const { host, session } = await hostOn(ERRORS);
    const progress: string[] = [];
    const result = await host.verify('workbook', {
      language: 'ko',
      onProgress: (p) => progress.push(p.stage),
    });
    expect(result.findings.map((f) => `${f.cell} ${f.rule}`).sort()).toEqual([
      'D29 product',
      'D32 subtotal',
      'E24 change-rate',
      'H88 execution-balance',
    ]);
    expect([...session.marks.keys()].sort()).toEqual([
      '사업설명서!D29',
      '사업설명서!D32',
      '사업설명서!E24',
      '사업설명서!H88',
    ]);
    expect([...session.marks.values()].every((m) => m.fill === ERROR_FILL)).toBe(true);
    expect(session.marks.get('사업설명서!D29')?.note).toMatch(
      /^\[예산 검산\] 오류 · 산출식\n/,
    );
    expect(progress).toEqual(['read', 'check', 'write', 'write']);
  });

  it('selects a finding’s cell and asks the view to reveal it', async () => {
    const { host, session } = await hostOn(ERRORS);
    await host.select('사업설명서', 'H88');
    expect(session.selection).toEqual({ sheet: '사업설명서', row: 87, col: 7 });
    expect(session.revealCount).toBe(1);
    await expect(host.select('없는 시트', 'A1')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('fixes only the finding’s cell, in its own notation', async () => {
    const { host, session } = await hostOn(ERRORS);
    const before = cellsOf(session.workbook);
    const { findings } = await host.verify('workbook', verifyAll);
    const d29 = findings.find((f) => f.cell === 'D29');
    await host.fix(d29!);
    expect(session.workbook.getWorksheet('사업설명서')!.getCell('D29').value).toBe('60,000천원');
    expect(differences(before, cellsOf(session.workbook))).toEqual(['사업설명서!D29']);
    expect(session.marks.has('사업설명서!D29')).toBe(false);
    const again = await host.verify('workbook', verifyAll);
    expect(again.findings.map((f) => f.cell).sort()).toEqual(['D32', 'E24', 'H88']);
  });

  it('refuses to fix a finding without an expected figure, or on a formula', async () => {
    const { host } = await hostOn(ERRORS, (wb) => {
      wb.getWorksheet('사업설명서')!.getCell('C69').value = { formula: 'C71+C72', result: 427660 };
    });
    const { findings } = await host.verify('workbook', verifyAll);
    const d29 = findings.find((f) => f.cell === 'D29')!;
    await expect(host.fix({ ...d29, expected: null })).rejects.toBeInstanceOf(HostError);
    await expect(host.fix({ ...d29, cell: 'C69' })).rejects.toThrow(/수식/);
  });

  it('tells which flagged cells hold formulas and the inputs that drive them, so Fix is not offered there', async () => {
    const { host } = await hostOn(ERRORS, (wb) => {
      // A subtotal that adds three of its four lines: its figure is wrong, and no Fix could mend it.
      wb.getWorksheet('사업설명서')!.getCell('D32').value = { formula: 'D33+D34+D35', result: 118200 };
    });
    const result = await host.verify('workbook', verifyAll);
    expect(result.findings.find((f) => f.cell === 'D32')).toBeDefined();
    expect(result.formulaCells).toEqual([
      { sheet: '사업설명서', cell: 'D32', formula: '=D33+D34+D35', inputs: ['D33', 'D34', 'D35'] },
    ]);
    await expect(host.fix(result.findings.find((f) => f.cell === 'D32')!)).rejects.toMatchObject({ code: 'formula-cell' });
  });

  it('accepts a finding: recorded in the state sheet, its highlight off, still accepted next time', async () => {
    const { host, session } = await hostOn(ERRORS);
    const { findings } = await host.verify('workbook', verifyAll);
    const acceptance = await host.accept(
      findings.find((f) => f.cell === 'E24')!,
      '반올림 관행',
    );
    expect(acceptance).toEqual({
      sheet: '사업설명서',
      cell: 'E24',
      rule: 'change-rate',
      actual: -12,
      note: '반올림 관행',
      at: '2024-05-02T09:00:00.000Z',
    });
    expect(session.marks.has('사업설명서!E24')).toBe(false);
    const again = await host.verify('workbook', verifyAll);
    expect(again.acceptances).toEqual([acceptance]);
    expect(session.marks.has('사업설명서!E24')).toBe(false);
    expect(session.marks.size).toBe(3);
  });

  it('clears every highlight; the model’s fills were never touched', async () => {
    const { host, session } = await hostOn(ERRORS);
    const original = cellsOf(await loadWorkbook(await bytesOf(ERRORS), 'x'));
    await host.verify('workbook', verifyAll);
    await host.clear();
    expect(session.marks.size).toBe(0);
    expect(session.review).toBeNull();
    expect(differences(original, cellsOf(session.workbook))).toEqual([]);
  });

  it('verifies only the active sheet when asked, keeping the other sheets’ highlights', async () => {
    const { host, session } = await hostOn(ERRORS, (wb) => {
      wb.addWorksheet('메모').getCell('A1').value = '검토 메모';
    });
    await host.verify('workbook', verifyAll);
    session.activate('메모');
    const result = await host.verify('sheet', verifyAll);
    expect(result.findings).toEqual([]);
    expect(session.marks.size).toBe(4);
  });

  it('stops at the next step when the pane cancels', async () => {
    const { host, session } = await hostOn(ERRORS);
    const controller = new AbortController();
    const run = host.verify('workbook', {
      language: 'ko',
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(session.marks.size).toBe(0);
  });
});

describe('WebHost with formulas', () => {
  /** The error sample with numeric basis amounts under a formula subtotal (D28 = SUM(D29:D31)). */
  const withFormulaSubtotal = (wb: import('exceljs').Workbook) => {
    const s = wb.getWorksheet('사업설명서')!;
    for (const [cell, value] of [
      ['D29', 61000],
      ['D30', 90000],
      ['D31', 130000],
    ] as const) {
      s.getCell(cell).value = value;
      s.getCell(cell).numFmt = '#,##0"천원"';
    }
    s.getCell('D28').value = { formula: 'SUM(D29:D31)', result: 281000 };
    s.getCell('D28').numFmt = '#,##0"천원"';
  };

  it('recomputes the formula total that reads a fixed cell, so its carried finding goes too', async () => {
    const { host, session } = await hostOn(ERRORS, withFormulaSubtotal);
    const { findings } = await host.verify('workbook', verifyAll);
    expect(findings.find((f) => f.cell === 'D28')).toMatchObject({
      rule: 'subtotal',
      cause: 'D29',
    });
    await host.fix(findings.find((f) => f.cell === 'D29')!);
    const sheet = session.workbook.getWorksheet('사업설명서')!;
    expect(sheet.getCell('D29').value).toBe(60000);
    expect(sheet.getCell('D28').formula).toBe('SUM(D29:D31)');
    expect(sheet.getCell('D28').result).toBe(280000);
    expect(session.snapshot('사업설명서')?.texts[27]?.[3]).toBe('280,000천원');
    const again = await host.verify('workbook', verifyAll);
    expect(again.findings.map((f) => f.cell).sort()).toEqual(['D32', 'E24', 'H88']);
  });
});
