/**
 * The page opens a file only after measuring it (issue 13): exceljs runs on the
 * page's thread, and a tab does not survive it running out of memory (nor a Web
 * Worker doing so, in Chromium). The page's check (file/xlsx/checkPackage.ts) refuses
 * what the page could not hold, in the browser's own inflater; a check worker or a
 * verification worker that stops is a message, never a silent or endless wait.
 */
import { WORKER_READY } from '../../src/worker/protocol';
import { createWorkerEngine, WorkerStopped, type WorkerLike } from '../../src/worker/workerEngine';
import { checkPackage, inspectPackage } from '../../src/file/xlsx/checkPackage';
import { workerBookCheck, type CheckWorker } from '../../src/web/book/bookCheck';
import { openBook } from '../../src/web/book/openBook';
import { saveCopy } from '../../src/web/book/save';
import { loadWorkbook } from '../../src/file/load';
import { WorkbookReadError } from '../../src/file/errors';
import { makeOptions, verifyWorkbook } from '../../src/engine/index';
import { book, budgetBook, budgetRows, inflatingRows } from './books';
import { HOSTILE } from './cases';

const EMPTY = { tables: [], findings: [], coverage: { figures: 0, checked: 0, unchecked: [] } };

describe("the page's check of a file", () => {
  it('lets a sound workbook through', async () => {
    expect(await checkPackage(budgetBook(), 'ok.xlsx')).toBeNull();
  });

  it('refuses a bomb, stopping the browser’s inflater at the part limit', async () => {
    expect(await checkPackage(HOSTILE.lyingBomb(), 'bomb.xlsx')).toEqual({ kind: 'part-too-large', part: 'xl/worksheets/sheet1.xml', limit: 192 * 1024 * 1024 });
  });

  it('refuses what the page would lay out dense: a value at XFD1048576, a merge over the sheet', async () => {
    expect(await checkPackage(HOSTILE.farValue(), 'far.xlsx')).toEqual({ kind: 'cells-too-spread', sheet: 'Budget' });
    expect(await checkPackage(HOSTILE.farMerge(), 'merge.xlsx')).toEqual({ kind: 'cells-too-spread', sheet: 'Budget' });
  });

  it('refuses more cells than the page holds, and damaged packages', async () => {
    expect(await checkPackage(book([{ name: 'Budget', rows: inflatingRows(2_100_000 * 16) }]), 'cells.xlsx')).toEqual({ kind: 'too-many-cells', sheet: 'Budget', limit: 2_000_000 });
    expect(await checkPackage(HOSTILE.duplicate(), 'dup.xlsx')).toEqual({ kind: 'duplicate-part', part: 'xl/worksheets/sheet1.xml' });
    const cut = budgetBook().subarray(0, 900);
    expect(await checkPackage(cut, 'cut.xlsx')).toEqual({ kind: 'damaged-zip' });
  });

  it('lets a number cell storing no number through, naming the cell', async () => {
    expect(await inspectPackage(HOSTILE.number12abc(), '12abc.xlsx')).toEqual({ problem: null, damaged: [{ sheet: 'Budget', cell: 'C3', stored: '12abc' }] });
  });

  it('makes openBook throw our error, in our words, before exceljs sees the file', async () => {
    const failure = await openBook(HOSTILE.farValue(), 'far.xlsx', inspectPackage).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkbookReadError);
    expect((failure as WorkbookReadError).code).toBe('too-large');
    expect((await openBook(budgetBook(), 'ok.xlsx', inspectPackage)).fileName).toBe('ok.xlsx');
  });
});

describe('a number cell storing no number, opened on the page', () => {
  // exceljs reads `12abc` as 12: without the check's list the page would check a figure the file does not hold.
  it('is what it stores: an error value, unreadable to the engine, kept as text by Save', async () => {
    const session = await openBook(HOSTILE.number12abc(), '12abc.xlsx', inspectPackage);
    const sheet = session.snapshot('Budget');
    expect(sheet?.values[2]?.[2]).toEqual({ error: '12abc' });
    const result = verifyWorkbook({ sheets: sheet ? [sheet] : [] }, makeOptions({ language: 'en' }));
    expect(result.findings.find((f) => f.cell === 'C3')).toMatchObject({ rule: 'unreadable', severity: 'warning' });
    const saved = await loadWorkbook((await saveCopy(session)).bytes, 'saved');
    expect(saved.getWorksheet('Budget')?.getCell('C3').value).toEqual({ error: '12abc' });
  });

  it('keeps its formula when only the cached result is damaged', async () => {
    const rows = budgetRows().replace('<c r="C3"><v>424960</v></c>', '<c r="C3"><f>C4*2</f><v>12abc</v></c>');
    const session = await openBook(book([{ name: 'Budget', rows }]), 'f.xlsx', inspectPackage);
    expect(session.snapshot('Budget')?.values[2]?.[2]).toEqual({ error: '12abc' });
    expect(session.sheet('Budget')?.getCell('C3').formula).toBe('C4*2');
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
    expect(await workerBookCheck(() => dying)(budgetBook(), 'x.xlsx')).toEqual({ problem: { kind: 'crashed', memory: false } });
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
