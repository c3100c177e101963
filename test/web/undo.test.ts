/**
 * Undo and Redo in the browser host: every Fix, Insert and Accept is one step
 * that Undo takes back to exactly the workbook it changed (cells with their
 * formulas, cached results and formats, merged areas, rows, acceptances) and
 * Redo does again to exactly what it made; the pane hears the verification that
 * follows; the unsaved flag follows the saved state.
 */
import type { Workbook } from 'exceljs';
import type { RibbonEvent } from '../../src/host/port';
import type { BookSession } from '../../src/web/book/session';
import type { WebHost } from '../../src/web/host/webHost';
import { ERRORS, hostOn, SEED } from './support';

const SHEET = '사업설명서';

/** JSON with keys sorted: two models are the same whatever order their keys were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Everything Undo must put back: each sheet's rows (height, cells' full models) and merges. */
function bookState(workbook: Workbook): string {
  return canonical(
    workbook.worksheets.map((sheet) => {
      const rows: unknown[] = [];
      sheet.eachRow({ includeEmpty: false }, (row, number) => {
        const cells: unknown[] = [];
        row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell.model));
        rows.push({ number, height: row.height, hidden: row.hidden, cells });
      });
      return {
        name: sheet.name,
        rowCount: sheet.rowCount,
        rows,
        merges: [...sheet.model.merges].sort(),
      };
    }),
  );
}

/** What the pane and the highlights show. */
function pageState(session: BookSession): string {
  return JSON.stringify({
    acceptances: session.acceptances,
    marks: [...session.marks.values()],
    findings: session.review?.findings.map((f) => `${f.rule} ${f.cell}`),
    fixes: session.fixes.map((f) => `${f.finding.rule} ${f.finding.cell} ${f.at}`),
  });
}

async function verified(path: string, edit?: (wb: Workbook) => void) {
  const opened = await hostOn(path, edit);
  await opened.host.verify('workbook', { language: 'ko' });
  const events: RibbonEvent[] = [];
  opened.host.onRibbonEvent((event) => events.push(event));
  return { ...opened, events };
}

const findingOn = (session: BookSession, cell: string) => {
  const found = session.review?.findings.find((f) => f.cell === cell);
  if (!found) throw new Error(`no finding on ${cell}`);
  return found;
};

/** Runs `edit`, then checks Undo gives back the state before it and Redo the state after it. */
async function roundTrip(session: BookSession, host: WebHost, edit: () => Promise<void>) {
  const before = { book: bookState(session.workbook), page: pageState(session) };
  await edit();
  // The pane verifies after an edit; so does the host after Undo and Redo.
  await host.verify('workbook', { language: 'ko' });
  const after = { book: bookState(session.workbook), page: pageState(session) };
  expect(after.book).not.toBe(before.book === after.book ? '' : before.book);
  expect(session.history.canUndo).toBe(true);

  expect(await host.undo()).toBe(true);
  expect(bookState(session.workbook)).toBe(before.book);
  expect(pageState(session)).toBe(before.page);
  expect(session.history.canRedo).toBe(true);

  expect(await host.redo()).toBe(true);
  expect(bookState(session.workbook)).toBe(after.book);
  expect(pageState(session)).toBe(after.page);
  expect(session.history.canRedo).toBe(false);
}

describe('Undo and Redo in the page', () => {
  it('a Fix: the cell, the totals recomputed from it, its highlight and finding come back', async () => {
    const { session, host, events } = await verified(ERRORS);
    const sheet = session.workbook.getWorksheet(SHEET)!;
    const original = sheet.getCell('D29').value;
    await roundTrip(session, host, () => host.fix(findingOn(session, 'D29')));
    await host.undo();
    expect(sheet.getCell('D29').value).toEqual(original);
    expect(session.review?.findings.some((f) => f.cell === 'D29')).toBe(true);
    // The pane was told what the book shows after each move, its acceptances included.
    expect(events.map((e) => e.kind)).toEqual(['verified', 'verified', 'verified']);
    const last = events.at(-1);
    expect(last?.kind === 'verified' && last.result.findings.some((f) => f.cell === 'D29')).toBe(
      true,
    );
  });

  it('the printed report lists a Fix as fixed; Undo takes it off the report, Redo puts the same back', async () => {
    const { session, host } = await verified(ERRORS);
    const d29 = findingOn(session, 'D29');
    await host.fix(d29);
    await host.verify('workbook', { language: 'ko' });
    const fixedReport = host.report();
    expect(fixedReport?.fixes).toEqual([{ finding: d29, at: expect.any(String) }]);
    expect(fixedReport?.findings.some((f) => f.cell === 'D29')).toBe(false);
    expect(fixedReport?.source).toBe(session.fileName);
    await host.undo();
    expect(host.report()?.fixes).toEqual([]);
    expect(host.report()?.findings.some((f) => f.cell === 'D29')).toBe(true);
    await host.redo();
    // The same Fix, made at the same time: Redo repeats the step, it does not make a new one.
    expect(host.report()?.fixes).toEqual(fixedReport?.fixes);
    // Clear leaves nothing to print, as the pane's Print is disabled then.
    await host.clear();
    expect(host.report()).toBeNull();
  });

  it('an Accept: the acceptance and the state sheet go, the highlight comes back', async () => {
    const { session, host } = await verified(ERRORS);
    await roundTrip(session, host, () =>
      host.accept(findingOn(session, 'E24'), '예비비 반영', '김주무관').then(() => undefined),
    );
    await host.undo();
    expect(session.acceptances).toEqual([]);
    expect(session.marks.has(`${SHEET}!E24`)).toBe(true);
  });

  it('an Insert: the row goes, merged areas, moved formulas and the parent’s totals come back', async () => {
    // Below the new row: someone's note, a hidden row, a formula whose cached result is 0
    // (exceljs alone moves values only, and drops a zero result).
    const { session, host } = await verified(SEED, (wb) => {
      const sheet = wb.getWorksheet(SHEET)!;
      sheet.getCell('A60').note = '담당자 확인';
      sheet.getRow(65).hidden = true;
      sheet.getCell('J70').value = { formula: 'C69-C71-C72', result: 0 } as never;
    });
    const sheet = session.workbook.getWorksheet(SHEET)!;
    const rows = sheet.rowCount;
    await roundTrip(session, host, () =>
      host.insert({
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
      }),
    );
    expect(sheet.rowCount).toBe(rows + 1);
    await host.undo();
    expect(sheet.rowCount).toBe(rows);
    expect(session.review?.findings).toEqual([]);
  });

  it('undoes several steps newest first, and a new edit ends what could be redone', async () => {
    const { session, host } = await verified(ERRORS);
    const start = bookState(session.workbook);
    await host.fix(findingOn(session, 'D29'));
    await host.verify('workbook', { language: 'ko' });
    await host.accept(findingOn(session, 'E24'));
    expect(session.history.nextUndo).toBe('accept');
    expect(await host.undo()).toBe(true);
    expect(session.history.nextUndo).toBe('fix');
    expect(session.history.nextRedo).toBe('accept');
    expect(await host.undo()).toBe(true);
    expect(bookState(session.workbook)).toBe(start);
    expect(session.history.canUndo).toBe(false);
    expect(await host.undo()).toBe(false);
    await host.accept(findingOn(session, 'E24'));
    expect(session.history.canRedo).toBe(false);
    expect(await host.redo()).toBe(false);
  });

  it('the unsaved flag follows: undone back to the saved book, nothing is unsaved', async () => {
    const { session, host } = await verified(ERRORS);
    expect(session.unsaved).toBe(false);
    await host.accept(findingOn(session, 'E24'));
    expect(session.unsaved).toBe(true);
    await host.undo();
    expect(session.unsaved).toBe(false);
    await host.redo();
    expect(session.unsaved).toBe(true);
    session.history.markSaved();
    expect(session.unsaved).toBe(false);
    await host.undo();
    expect(session.unsaved).toBe(true); // the saved copy has the acceptance; the page no longer
  });

  it('waits while the pane verifies: Undo is refused and its button disabled meanwhile', async () => {
    const { session, host } = await verified(ERRORS);
    await host.accept(findingOn(session, 'E24'));
    const verifying = host.verify('workbook', { language: 'ko' });
    expect(session.history.canUndo).toBe(false);
    expect(await host.undo()).toBe(false);
    await verifying;
    expect(session.history.canUndo).toBe(true);
  });
});
