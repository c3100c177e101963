/** Fix, accept and select over the fake. */
import { STATE_SHEET } from '../../src/engine/review';
import type { Finding } from '../../src/engine/findings';
import { HostError } from '../../src/host/port';
import { FakeBook } from './fake/book';
import { budgetRows, hostFor, verifyKo } from './helpers';

async function verified(rows = budgetRows(4, 2)) {
  const book = FakeBook.create({ Sheet1: rows });
  const host = hostFor(book);
  const { findings } = await host.verify('workbook', verifyKo);
  return { book, host, findings };
}

describe('fix', () => {
  it('writes the expected figure, takes the mark off, and does it in one write sync', async () => {
    const { book, host, findings } = await verified();
    const d3 = findings.find((f) => f.cell === 'D3') as Finding;
    await host.fix(d3);
    expect(book.cell('Sheet1', 'D3').value).toBe(3004);
    expect(book.fill('Sheet1', 'D3').pattern).toBe('None');
    expect(book.sheet('Sheet1').notes.D3).toBeUndefined();
    expect(book.lastRun.filter((s) => s.writes > 0)).toHaveLength(1);
    expect(book.lastRun.at(-1)?.writes).toBeGreaterThan(0);
    const again = await host.verify('workbook', verifyKo);
    expect(again.findings.map((f) => f.cell)).toEqual(['D5']);
  });

  it("writes in the document's own notation, as text that stays text", async () => {
    const rows = budgetRows(2, 2) as unknown[][];
    rows[2]![3] = { value: 3005, text: '3,005천원' };
    const { book, host, findings } = await verified(rows as never);
    await host.fix(findings[0]!);
    expect(book.cell('Sheet1', 'D3')).toMatchObject({ value: '3,004천원', formula: null });
  });

  it('never writes a formula, even if the notation starts with =', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(2, 2) });
    const host = hostFor(book, 'note', () => ({ kind: 'text', text: '=3004' }));
    const { findings } = await host.verify('workbook', verifyKo);
    await host.fix(findings[0]!);
    expect(book.cell('Sheet1', 'D3')).toMatchObject({ value: '=3004', formula: null });
  });

  it('refuses to overwrite a formula cell', async () => {
    const rows = budgetRows(2, 2) as unknown[][];
    rows[2]![3] = { value: 3005, formula: '=B3+C3+1' };
    const { book, host, findings } = await verified(rows as never);
    const before = JSON.stringify(book.data);
    await expect(host.fix(findings[0]!)).rejects.toBeInstanceOf(HostError);
    expect(JSON.stringify(book.data)).toBe(before);
  });

  it('reports a sheet that no longer exists', async () => {
    const { host, findings } = await verified();
    await expect(host.fix({ ...findings[0]!, sheet: 'Gone' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('accept', () => {
  it('records the acceptance in the state sheet, takes the mark off, and keeps it through save and reopen', async () => {
    const { book, host, findings } = await verified();
    const d3 = findings.find((f) => f.cell === 'D3') as Finding;
    const acceptance = await host.accept(d3, '원 단위 절사');
    expect(acceptance).toEqual({
      sheet: 'Sheet1',
      cell: 'D3',
      rule: 'total',
      actual: 3005,
      note: '원 단위 절사',
      at: '2024-03-01T09:00:00.000Z',
    });
    expect(book.fill('Sheet1', 'D3').pattern).toBe('None');
    const row = Object.values(book.sheet(STATE_SHEET).cells).find(
      (c) => typeof c.value === 'string' && c.value.includes('원 단위 절사'),
    );
    expect(JSON.parse(row?.value as string)).toEqual(acceptance);

    const reopened = FakeBook.reopen(book.persist());
    const result = await hostFor(reopened).verify('workbook', verifyKo);
    expect(result.acceptances).toEqual([acceptance]);
    expect(result.findings.map((f) => f.cell)).toEqual(['D3', 'D5']); // still reported, marked accepted by the pane
    expect(reopened.fill('Sheet1', 'D3').pattern).toBe('None'); // but not highlighted
  });

  it('lets an edited figure revive the finding', async () => {
    const { book, host, findings } = await verified();
    await host.accept(findings.find((f) => f.cell === 'D3') as Finding);
    book.setCell('Sheet1', 'D3', 3006);
    await host.verify('workbook', verifyKo);
    expect(book.fill('Sheet1', 'D3').pattern).toBe('Solid');
  });

  it('records the decision on a protected sheet and leaves its mark until it is unprotected', async () => {
    const { book, host, findings } = await verified();
    book.sheet('Sheet1').protected = true;
    await host.accept(findings[0]!);
    expect(book.fill('Sheet1', findings[0]!.cell).pattern).toBe('Solid');
  });
});

describe('select', () => {
  it('activates the sheet and selects the cell', async () => {
    const book = FakeBook.create({ A: [[1]], B: [[1]] });
    await hostFor(book).select('B', 'D14');
    expect(book.data.activeSheet).toBe('B');
    expect(book.selection).toEqual({ sheet: 'B', address: 'D14' });
  });

  it('reports a missing sheet as not-found', async () => {
    const book = FakeBook.create({ A: [[1]] });
    await expect(hostFor(book).select('Gone', 'A1')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('Gone'),
    });
  });
});

describe('displayLanguage', () => {
  it("follows Office's display language", () => {
    const book = FakeBook.create({ A: [[1]] });
    expect(hostFor(book).displayLanguage()).toBe('ko');
  });
});
