/**
 * The self-test (issue 12) end to end against the fake, with the real engine:
 * green when the fake behaves as Excel should, red when it misbehaves (no notes
 * behind ExcelApi 1.18, fills reported without their pattern), and never a
 * trace in the user's workbook either way.
 */
import { fixContent } from '../../src/engine/notation';
import { STATE_SHEET } from '../../src/engine/review';
import { verifyWorkbook } from '../../src/engine/verify';
import { OfficeHost } from '../../src/excel/officeHost';
import { BUDGET } from '../../src/excel/selfTest/budget';
import { describeEnvironment } from '../../src/excel/selfTest/environment';
import { STEP_ORDER } from '../../src/excel/selfTest/words';
import type { SelfTestReport, SelfTestStep } from '../../src/host/port';
import { FakeBook } from './fake/book';
import { budgetRows, noPause } from './helpers';

function hostOver(book: FakeBook): OfficeHost {
  return new OfficeHost({
    run: book.run,
    engine: verifyWorkbook,
    fixContent,
    notesApi: 'note',
    displayLanguage: () => 'ko-KR',
    now: () => new Date('2024-03-01T09:15:00Z'),
    pause: noPause,
    environment: () =>
      describeEnvironment({
        diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.17928.20114' },
        requirements: {
          isSetSupported: (name, v) => name === 'ExcelApi' && Number(String(v).slice(2)) <= 18,
        },
        displayLanguage: 'ko-KR',
        officeJs: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      }),
  });
}

const statuses = (r: SelfTestReport) => Object.fromEntries(r.steps.map((s) => [s.id, s.status]));

/** A user's workbook: a budget sheet already verified (marked, one acceptance), and another. */
async function usersBook(): Promise<{ book: FakeBook; before: string }> {
  const book = FakeBook.create({
    예산: BUDGET.map((row) => [...row]),
    Other: budgetRows(3),
  });
  const host = hostOver(book);
  const { findings } = await host.verify('workbook', { language: 'ko' });
  await host.accept(findings[0]!);
  return { book, before: workbookNow(book) };
}

/** The workbook's content (the fake's comment-id counter aside, which a comment added and removed moves). */
function workbookNow(book: FakeBook): string {
  return JSON.stringify({ ...book.data, nextId: 0 });
}

describe('the self-test', () => {
  it('is green against a fake that behaves as Excel should, in order, step by step', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(3) });
    const seen: SelfTestStep[] = [];
    const report = await hostOver(book).selfTest({ language: 'ko', onStep: (s) => seen.push(s) });
    expect(statuses(report)).toEqual(Object.fromEntries(STEP_ORDER.map((id) => [id, 'pass'])));
    expect(report.passed).toBe(true);
    expect(seen.map((s) => s.id).sort()).toEqual([...STEP_ORDER].sort());
    // nothing left: no scratch sheet, no records sheet it made
    expect(book.data.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(book.data.comments).toEqual([]);
    // a table to copy: the verdict, the environment, a line per step
    expect(report.text).toMatch(/^예산 검산 진단 결과 — 통과/);
    expect(report.text).toContain('ExcelApi       1.18');
    expect(report.text).toContain('Platform       PC');
    expect(report.text.split('\n').filter((l) => l.startsWith('PASS'))).toHaveLength(
      STEP_ORDER.length,
    );
  });

  it("leaves the user's marks, records and acceptances as they were", async () => {
    const { book, before } = await usersBook();
    const report = await hostOver(book).selfTest({ language: 'en' });
    expect(report.passed).toBe(true);
    expect(workbookNow(book)).toBe(before);
    expect(book.data.sheets.map((s) => s.name)).toEqual(['예산', 'Other', STATE_SHEET]);
  });

  it('is red when the host reports ExcelApi 1.18 but its Office.js has no notes; the rest still runs, with comments', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(3) });
    book.api.notes = false;
    const report = await hostOver(book).selfTest({ language: 'en' });
    expect(report.passed).toBe(false);
    expect(statuses(report)).toMatchObject({
      'notes-api': 'fail',
      'verify-notes': 'pass',
      clear: 'pass',
      cleanup: 'pass',
    });
    expect(report.steps[0]?.detail).toMatch(/Worksheet\.notes is missing/);
    expect(report.text).toMatch(/^Budget Verify self-test — FAIL/);
    expect(book.data.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('is red when Excel reports fills without their pattern, saying what it reported', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(3) });
    book.quirks.nullPatterns = true;
    const report = await hostOver(book).selfTest({ language: 'en' });
    expect(report.passed).toBe(false);
    const fills = report.steps.find((s) => s.id === 'fills-read');
    expect(fills?.status).toBe('fail');
    expect(fills?.detail).toMatch(/E5 ✗ \(color #FFFF00, pattern null/);
    expect(book.data.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('stops when it cannot make its sheet, says why, and reports the rest as not run', async () => {
    const book = FakeBook.create({ Sheet1: budgetRows(3) });
    book.data.structureProtected = true;
    const report = await hostOver(book).selfTest({ language: 'en' });
    expect(report.passed).toBe(false);
    expect(statuses(report)).toMatchObject({
      'notes-api': 'pass',
      'scratch-sheet': 'fail',
      fix: 'skip',
    });
    expect(report.steps.find((s) => s.id === 'fix')?.detail).toBe(
      'Not run: an earlier step failed.',
    );
    expect(book.data.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
