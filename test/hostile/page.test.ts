/**
 * The page opens a file only after measuring it (issue 13): exceljs runs on the
 * page's thread, and a tab does not survive it running out of memory (nor a Web
 * Worker doing so, in Chromium). The page's check (file/xlsx/checkPackage.ts) refuses
 * what the page could not hold, in the browser's own inflater; a check worker or a
 * verification worker that stops is a message, never a silent or endless wait.
 */
import { WORKER_READY } from '../../src/worker/protocol';
import { createWorkerEngine, WorkerStopped, type WorkerLike } from '../../src/worker/workerEngine';
import { checkPackage } from '../../src/file/xlsx/checkPackage';
import { workerBookCheck, type CheckWorker } from '../../src/web/book/bookCheck';
import { openBook } from '../../src/web/book/openBook';
import { WorkbookReadError } from '../../src/file/errors';
import { makeOptions } from '../../src/engine/index';
import { book, budgetBook, budgetRows, cell, inflatingRows, rawNumber, row } from './books';

const GiB = 1024 ** 3;
const EMPTY = { tables: [], findings: [], coverage: { figures: 0, checked: 0, unchecked: [] } };

describe("the page's check of a file", () => {
  it('lets a sound workbook through', async () => {
    expect(await checkPackage(budgetBook(), 'ok.xlsx')).toBeNull();
  });

  it('refuses a bomb, stopping the browser’s inflater at the part limit', async () => {
    const bytes = book([{ name: 'Budget', rows: inflatingRows(2.1 * GiB), declaredSize: 1000 }]);
    expect(await checkPackage(bytes, 'bomb.xlsx')).toEqual({ kind: 'part-too-large', part: 'xl/worksheets/sheet1.xml', limit: 192 * 1024 * 1024 });
  });

  it('refuses what the page would lay out dense: a value at XFD1048576, a merge over the sheet', async () => {
    const far = book([{ name: 'Budget', rows: budgetRows() + row(1048576, cell('XFD1048576', 1)) }]);
    expect(await checkPackage(far, 'far.xlsx')).toEqual({ kind: 'cells-too-spread', sheet: 'Budget' });
    const merged = book([{ name: 'Budget', rows: budgetRows(), merges: ['F1:XFD1048576'] }]);
    expect(await checkPackage(merged, 'merge.xlsx')).toEqual({ kind: 'cells-too-spread', sheet: 'Budget' });
  });

  it('refuses more cells than the page holds, and damaged packages', async () => {
    expect(await checkPackage(book([{ name: 'Budget', rows: inflatingRows(2_100_000 * 16) }]), 'cells.xlsx')).toEqual({ kind: 'too-many-cells', sheet: 'Budget', limit: 2_000_000 });
    const duplicate = book([{ name: 'Budget', rows: budgetRows() }], { extra: [{ name: 'xl/worksheets/sheet1.xml', data: '<x/>' }] });
    expect(await checkPackage(duplicate, 'dup.xlsx')).toEqual({ kind: 'duplicate-part', part: 'xl/worksheets/sheet1.xml' });
    const cut = budgetBook().subarray(0, 900);
    expect(await checkPackage(cut, 'cut.xlsx')).toEqual({ kind: 'damaged-zip' });
  });

  it('lets a number cell storing NaN through to the reading, which shows it as an error value', async () => {
    const nan = book([{ name: 'Budget', rows: budgetRows().replace('<c r="C3"><v>424960</v></c>', rawNumber('C3', 'NaN')) }]);
    expect(await checkPackage(nan, 'nan.xlsx')).toBeNull();
  });

  it('makes openBook throw our error, in our words, before exceljs sees the file', async () => {
    const far = book([{ name: 'Budget', rows: budgetRows() + row(1048576, cell('XFD1048576', 1)) }]);
    const failure = await openBook(far, 'far.xlsx', checkPackage).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkbookReadError);
    expect((failure as WorkbookReadError).code).toBe('too-large');
    expect((await openBook(budgetBook(), 'ok.xlsx', checkPackage)).fileName).toBe('ok.xlsx');
  });
});

describe('a check worker that stops', () => {
  it('is a message (the check stopped), not an open that never ends', async () => {
    const dying: CheckWorker = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => this.onerror?.({ preventDefault: () => undefined } as ErrorEvent), 0);
      },
      terminate: () => undefined,
    };
    expect(await workerBookCheck(() => dying)(budgetBook(), 'x.xlsx')).toEqual({ kind: 'crashed', memory: false });
  });
});

describe('a verification worker that dies during a run', () => {
  /** A worker whose script loads (it says so), then dies when the snapshot arrives. */
  function dyingWorker(sayReady: boolean): WorkerLike {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage(message: unknown) {
        if ((message as { kind?: string }).kind !== 'run') return;
        setTimeout(() => worker.onerror?.({ preventDefault: () => undefined } as ErrorEvent), 0);
      },
      terminate: () => undefined,
    };
    if (sayReady) setTimeout(() => worker.onmessage?.({ data: WORKER_READY } as MessageEvent), 0);
    return worker;
  }

  it('fails the run with WorkerStopped and never runs the snapshot on the page’s thread', async () => {
    let inThread = 0;
    const engine = createWorkerEngine({ create: () => dyingWorker(true), fallback: () => ((inThread += 1), EMPTY) });
    await new Promise((r) => setTimeout(r, 5));
    await expect(engine({ sheets: [] }, makeOptions({}))).rejects.toBeInstanceOf(WorkerStopped);
    expect(inThread).toBe(0);
  });

  it('still falls back to the thread when the worker never loaded', async () => {
    let inThread = 0;
    const engine = createWorkerEngine({ create: () => dyingWorker(false), fallback: () => ((inThread += 1), EMPTY) });
    await expect(engine({ sheets: [] }, makeOptions({}))).resolves.toEqual(EMPTY);
    expect(inThread).toBe(1);
  });
});
