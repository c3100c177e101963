/**
 * What the user does in Excel during a run (issue 12): switching to another
 * workbook (the run outlasts it, or stops cleanly and says so), editing a cell
 * (recognised however Excel reports it).
 */
import { FOCUS_RETRY_DELAYS_MS } from '../../src/excel/focus';
import { HostError } from '../../src/host/port';
import { FakeBook } from './fake/book';
import { FakeOfficeError } from './fake/core';
import { budgetRows, hostFor, verifyKo } from './helpers';

const marked = (book: FakeBook) => Object.keys(book.fills('Sheet1')).length;

describe('the user switches to another workbook during a run', () => {
  it('Verify of the active sheet waits for the user to come back, then completes', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(6, 2) });
    book.focusElsewhere = true;
    let failed = 0;
    book.beforeSync = () => {
      if (book.focusElsewhere && ++failed === 3) book.focusElsewhere = false;
    };
    const result = await hostFor(book).verify('sheet', verifyKo);
    expect(result.findings).toHaveLength(3);
    expect(marked(book)).toBe(3);
  });

  it('the first Verify adds its records sheet again when Excel refused it for the switch', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(6, 2) });
    let writeSyncs = 0;
    book.beforeSync = (_, writes) => {
      if (writes > 0) writeSyncs += 1;
      book.focusElsewhere = writes > 0 && writeSyncs === 1; // away at the first write only
    };
    const result = await hostFor(book).verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(3);
    expect(book.lastRun.filter((s) => s.writes > 0 && s.error === null)).toHaveLength(1);
    expect(book.lastRun.filter((s) => s.error === 'GeneralException')).toHaveLength(1);
    expect(marked(book)).toBe(3);
  });

  it('a write refused in the middle stops the run with words; Clear then restores exactly, Verify completes', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(20_000, 2) }); // 10,000 findings: several write syncs
    const before = book.fills('Sheet1');
    let writeSyncs = 0;
    book.beforeSync = (_, writes) => {
      if (writes > 0 && ++writeSyncs === 2)
        throw new FakeOfficeError('GeneralException', 'The workbook lost the focus.');
    };
    const host = hostFor(book);
    const error = await host.verify('workbook', verifyKo).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/다른 통합 문서로 전환/);
    book.beforeSync = null;
    await host.clear();
    expect(book.fills('Sheet1')).toEqual(before);
    expect(book.sheet('Sheet1').notes).toEqual({});
    const again = await host.verify('workbook', verifyKo);
    expect(again.findings).toHaveLength(10_000);
    expect(marked(book)).toBe(10_000);
  });

  it('gives up after about half a minute away, says so, and has written nothing', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(6, 2) });
    book.focusElsewhere = true;
    const error = await hostFor(book)
      .verify('sheet', verifyKo)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toMatch(/다른 통합 문서로 전환되어/);
    expect(book.lastRun).toHaveLength(FOCUS_RETRY_DELAYS_MS.length + 1);
    expect(FOCUS_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(25_000);
    expect(book.data.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('cell-edit mode', () => {
  const refusal = async (book: FakeBook) =>
    (await hostFor(book)
      .verify('workbook', verifyKo)
      .catch((e: unknown) => e)) as HostError;

  it('is recognised under the generic InvalidOperation and under its own code', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    book.editMode = true;
    expect((await refusal(book)).code).toBe('edit-mode');
    book.quirks.editModeCode = 'InvalidOperationInCellEditMode';
    expect((await refusal(book)).code).toBe('edit-mode');
  });

  it('an InvalidOperation that says nothing of editing is shown as itself, with the hint', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(4, 2) });
    book.beforeSync = () => {
      throw new FakeOfficeError('InvalidOperation', 'The operation is invalid for the object.');
    };
    const error = await refusal(book);
    expect(error.code).toBe('unknown');
    expect(error.message).toMatch(/The operation is invalid.*Enter 또는 Esc/);
  });
});
