/**
 * Standard rows in the browser host: the engine's plans carried out on the
 * exceljs model as Excel inserts rows (cells, merged areas and references move),
 * formulas recomputed, and the seed made live stays free of findings.
 */
import type { Workbook } from 'exceljs';
import { parseFigure, stripNoise } from '../../src/engine/number';
import { toNumber } from '../../src/engine/rational';
import { loadWorkbook } from '../../src/file/load';
import { zipEntries } from '../../src/file/xlsx/zip';
import { recalculate } from '../../src/web/book/recalc';
import type { BookSession } from '../../src/web/book/session';
import type { WebHost } from '../../src/web/host/webHost';
import { LIVE_STEPS } from '../excel/insert/liveSeed';
import { hostOn, SEED } from './support';

const SHEET = '사업설명서';

/** The seed's table figures retyped as numbers that show the same (as test/excel/insert does). */
function numericSeed(wb: Workbook): void {
  const sheet = wb.getWorksheet(SHEET)!;
  for (const area of [['B8'], ['B22', 'E24'], ['D28', 'D40'], ['B87', 'H89']] as const) {
    const from = sheet.getCell(area[0]);
    const to = sheet.getCell(area[1] ?? area[0]);
    for (let r = Number(from.row); r <= Number(to.row); r++) {
      for (let c = Number(from.col); c <= Number(to.col); c++) {
        const cell = sheet.getCell(r, c);
        if (typeof cell.value !== 'string') continue;
        const figure = parseFigure(stripNoise(cell.value));
        if (!figure || figure.unit === '%') continue;
        cell.value = toNumber(figure.value);
        cell.numFmt = figure.unit
          ? `#,##0"${figure.unit}";"△"#,##0"${figure.unit}"`
          : '#,##0;"△"#,##0';
      }
    }
  }
}

/** Types a formula into a cell, as the office would; the cell keeps its format. */
function typeFormula(session: BookSession, address: string, formula: string): void {
  const cell = session.workbook.getWorksheet(SHEET)!.getCell(address);
  cell.value = { formula: formula.replace(/^=/, '') } as never;
  recalculate(session.workbook, [{ sheet: SHEET, row: Number(cell.row), col: Number(cell.col) }]);
  session.changed([SHEET]);
}

const shown = (session: BookSession, address: string) => {
  const at = session.workbook.getWorksheet(SHEET)!.getCell(address);
  return session.snapshot(SHEET)?.texts[Number(at.row) - 1]?.[Number(at.col) - 1] ?? '';
};

async function findings(host: WebHost): Promise<string[]> {
  const { findings: list } = await host.verify('workbook', { language: 'en' });
  return list.map((f) => `${f.rule} ${f.cell} expected ${f.expected} actual ${f.actual}`);
}

async function liveSeed(): Promise<{ session: BookSession; host: WebHost }> {
  const { session, host } = await hostOn(SEED, numericSeed);
  expect(await findings(host)).toEqual([]);
  for (const step of LIVE_STEPS) {
    if (step.kind === 'template') await host.insert({ ...step.request, sheet: SHEET });
    else typeFormula(session, step.cell, step.formula);
    expect([JSON.stringify(step), ...(await findings(host))]).toEqual([JSON.stringify(step)]);
  }
  return { session, host };
}

describe('WebHost.insert', () => {
  it('offers what fits the selected cell', async () => {
    const { session, host } = await hostOn(SEED);
    session.select({ sheet: SHEET, row: 28, col: 1 });
    expect(await host.insertTarget()).toMatchObject({
      cell: 'B29',
      table: { kind: 'basis' },
      templates: ['basis-item'],
    });
    session.select({ sheet: SHEET, row: 0, col: 0 });
    expect(await host.insertTarget()).toMatchObject({ cell: 'A1', table: null, templates: [] });
  });

  it('inserts a line under its parent; merged cells grow, references follow, totals recompute: zero findings', async () => {
    const { session, host } = await liveSeed();
    const sheet = session.workbook.getWorksheet(SHEET)!;
    expect(sheet.getCell('C23').formula).toBe('D28+D32+D37');
    session.select({ sheet: SHEET, row: 28, col: 1 });
    await host.insert({
      template: 'basis-item',
      sheet: SHEET,
      cell: 'B29',
      level: 2,
      label: '홍보영상 제작',
      unitPrice: 500_000,
      counts: [
        { value: 4, counter: '편' },
        { value: 3, counter: '회' },
      ],
    });
    // The 사업비 named in the seed's text (`- 총 사업비 : 427,660천원`) moves with the insertion (issue 14).
    expect(await findings(host)).toEqual([]);
    expect(shown(session, 'A59')).toBe('- 총 사업비 : 433,660천원');
    expect(shown(session, 'B30')).toBe('- 홍보영상 제작 500,000원*4편*3회');
    expect(shown(session, 'D30')).toBe('6,000천원');
    expect(sheet.getCell('D30').formula).toBe('ROUNDDOWN(F30*G30*I30/1000,0)');
    expect(sheet.getCell('D28').formula).toBe('SUM(D29:D32)');
    expect(shown(session, 'D28')).toBe('286,000천원');
    expect(sheet.getCell('C23').formula).toBe('D28+D33+D38');
    expect(shown(session, 'B8')).toBe('433,660천원');
    expect(session.snapshot(SHEET)?.merges).toContainEqual({
      top: 27,
      left: 0,
      bottom: 39,
      right: 0,
    });
    expect(session.selection).toEqual({ sheet: SHEET, row: 28, col: 1 }); // the line above the new one

    // Changing an input recomputes the line's text and amount and everything above it.
    sheet.getCell('G30').value = 7;
    recalculate(session.workbook, [{ sheet: SHEET, row: 30, col: 7 }]);
    session.changed([SHEET]);
    // That sentence is no formula: a later change of an input leaves it stale, and Verify says so.
    expect(await findings(host)).toEqual(['cross-total A59 expected 438160 actual 433660']);
    expect(shown(session, 'B30')).toBe('- 홍보영상 제작 500,000원*7편*3회');
    expect(shown(session, 'C22')).toBe('438,160');

    // The workbook still saves and opens (exceljs alone would write the old merged areas over the moved cells).
    const again = await loadWorkbook(
      new Uint8Array(await session.workbook.xlsx.writeBuffer()),
      'again',
    );
    expect(again.getWorksheet(SHEET)!.getCell('D28').formula).toBe('SUM(D29:D32)');
  });

  it('in the seed as typed, a line under ○ 시 대표 SNS 운영 moves its 280,000 and every total above it: zero findings', async () => {
    const { session, host } = await hostOn(SEED);
    expect(await findings(host)).toEqual([]);
    await host.insert({
      template: 'basis-item',
      sheet: SHEET,
      cell: 'B29',
      level: 2,
      label: '홍보영상 제작',
      unitPrice: 500_000,
      counts: [
        { value: 4, counter: '편' },
        { value: 3, counter: '회' },
      ],
    });
    expect(await findings(host)).toEqual([]);
    expect(['D28', 'C23', 'E23', 'C22', 'B8', 'D8', 'C70', 'C72'].map((c) => shown(session, c))).toEqual([
      '286,000천원',
      '430,960',
      '△19',
      '433,660',
      '433,660천원',
      '(사비)433,660천원',
      '433,660',
      '430,960',
    ]);
  });

  it('refuses what does not fit, with the planner’s reason, and changes nothing', async () => {
    const { session, host } = await hostOn(SEED);
    // exceljs stamps an unset modification time with the clock: pin it, or the two
    // writes differ whenever a second turns between them. The zip's own entry times
    // (two-second steps) differ too, so the parts are compared, each byte for byte.
    session.workbook.modified = new Date('2021-01-01T00:00:00Z');
    const before = parts(await session.workbook.xlsx.writeBuffer());
    await expect(
      host.insert({ template: 'subtotal', sheet: SHEET, cell: 'A1' }),
    ).rejects.toMatchObject({
      code: 'cannot-insert',
    });
    expect(parts(await session.workbook.xlsx.writeBuffer())).toEqual(before);
  });
});

/** Each part of a written package, by name, as base64: what a write put in it, without the zip's entry times. */
function parts(written: ArrayBuffer | Uint8Array): Record<string, string> {
  const entries = zipEntries(new Uint8Array(written));
  return Object.fromEntries([...entries].map(([name, read]) => [name, Buffer.from(read()).toString('base64')]));
}
