/**
 * Verify from the ribbon, wired as the commands page wires it (startCommands with
 * the fake Excel and a fake Office): the check runs in a worker when the runtime
 * can start one and in the runtime's own thread when it cannot, and either way the
 * findings, the marks, the message and the round trips are the same as before the
 * worker was used. Verify stops at its deadline, says so and completes the event.
 *
 * createBrowserEngine (import.meta) cannot load under jest; these tests pass the
 * engine it makes in each case: createWorkerEngine over a Worker, or over none.
 */
import {
  startCommands,
  type CommandFunction,
  type CommandOptions,
} from '../../src/commands/commands';
import { commandMessage } from '../../src/commands/messages';
import type { VerifyResult } from '../../src/engine/findings';
import type { VerifyOptions } from '../../src/engine/options';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { verifyWorkbook } from '../../src/engine/verify';
import type { VerifyEngine } from '../../src/excel/types';
import { createWorkerEngine } from '../../src/worker/workerEngine';
import type { TextCell, TextSheet } from '../../scripts/sheet-text';
import { FakeBook } from '../excel/fake/book';
import type { FakeCell } from '../excel/fake/model';
import { recordingWorkers } from '../support/fakeWorker';
import { sampleSheets, withCell } from '../support/samples';

/** The Seoul 2021 document with a leaf typo carried into its parent: D28 (subtotal) and D29 (product). */
function wrongBook(): FakeBook {
  let sheets = withCell(sampleSheets('seoul-sns-2021'), 'D29', '61,000천원');
  sheets = withCell(sheets, 'D28', '281,000천원');
  return bookOf(sheets);
}

function bookOf(sheets: readonly TextSheet[]): FakeBook {
  const seed = (cell: TextCell | null): Partial<FakeCell> | null => {
    if (!cell) return null;
    const shown = { text: cell.text, numberFormat: cell.numberFormat ?? 'General' };
    const value = cell.value;
    return typeof value === 'object' && value !== null
      ? { ...shown, error: value.error }
      : { ...shown, value };
  };
  const book = FakeBook.create(
    Object.fromEntries(sheets.map((s) => [s.name, s.rows.map((row) => row.map(seed))])),
  );
  for (const s of sheets) book.sheet(s.name).merges.push(...s.merges.map((m) => ({ ...m })));
  return book;
}

/** The engine the commands page makes: a worker where one can be made (here a fake), else the thread. */
function browserEngine(workersAvailable: boolean, hold = false) {
  const { made: workers, create } = recordingWorkers((w) => (w.hold = hold));
  const inThread = jest.fn((s: WorkbookSnapshot, o: VerifyOptions): VerifyResult =>
    verifyWorkbook(s, o),
  );
  const engine = createWorkerEngine({
    create: workersAvailable ? create : null,
    fallback: inThread,
  });
  return { engine, workers, inThread };
}

const event = () =>
  ({ completed: jest.fn(), source: { id: 'verify' } }) as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };

/** Starts the commands as the page does, over the fake book; returns the registered functions and what they said. */
function startRibbon(book: FakeBook, engine: () => VerifyEngine, options: CommandOptions = {}) {
  const registered = new Map<string, CommandFunction>();
  const said: string[] = [];
  const office = {
    onReady: (ready: () => void) => {
      ready();
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
    actions: { associate: (name: string, fn: CommandFunction) => registered.set(name, fn) },
    context: {
      displayLanguage: 'ko-KR',
      requirements: { isSetSupported: () => true },
      // Excel has no notification area; an Outlook-style one lets the test read what Verify says.
      mailbox: {
        item: {
          notificationMessages: {
            replaceAsync: (_key: string, m: { message: string }) => said.push(m.message),
          },
        },
      },
    },
  };
  Object.assign(globalThis, { Office: office, Excel: { run: book.run } });
  startCommands(office as unknown as typeof Office, engine, options);
  const verify = registered.get('verify');
  if (!verify) throw new Error('verify was not registered');
  return { verify, said };
}

afterEach(() => {
  for (const name of ['Office', 'Excel', 'verify', 'clear'])
    delete (globalThis as Record<string, unknown>)[name];
});

const VERIFIED = '검산 완료: 오류 2건, 경고 0건.';

describe('Verify from the ribbon', () => {
  it('checks in a worker when the runtime can start one, and marks what it found', async () => {
    const book = wrongBook();
    const { engine, workers, inThread } = browserEngine(true);
    const { verify, said } = startRibbon(book, () => engine);
    const e = event();
    await verify(e);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.at(-1)?.kind).toBe('run');
    expect(inThread).not.toHaveBeenCalled();
    expect(said).toEqual([VERIFIED]);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const marked = book.data.sheets.flatMap((s) => Object.keys(book.fills(s.name)));
    expect(marked).toHaveLength(2);
  });

  it('checks in its own thread when no worker can run there', async () => {
    const book = wrongBook();
    const { engine, workers, inThread } = browserEngine(false);
    const { verify, said } = startRibbon(book, () => engine);
    const e = event();
    await verify(e);
    expect(workers).toHaveLength(0);
    expect(inThread).toHaveBeenCalledTimes(1);
    expect(said).toEqual([VERIFIED]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('gives the same findings, marks, message and syncs in a worker, in the thread, and with the engine called directly (as before)', async () => {
    const outcome = async (engine: VerifyEngine) => {
      const book = wrongBook();
      const { verify, said } = startRibbon(book, () => engine);
      await verify(event());
      return { said, book: book.persist(), syncs: book.runs };
    };
    const inWorker = await outcome(browserEngine(true).engine);
    const inThread = await outcome(browserEngine(false).engine);
    const direct = await outcome(verifyWorkbook);
    expect(inWorker.said).toEqual([VERIFIED]);
    expect(inWorker).toEqual(inThread);
    expect(inWorker).toEqual(direct);
  });
});

describe("Verify's deadline (Office ends a ribbon command five minutes after the click)", () => {
  const tooLong = commandMessage('tooLong', 'ko', { minutes: 1 });

  it('ends the worker at the deadline, writes nothing, says why and completes the event', async () => {
    const book = wrongBook();
    const before = book.persist();
    const { engine, workers } = browserEngine(true, true);
    // Long enough for the reads on a busy machine: the check, held forever, is what runs late.
    const { verify, said } = startRibbon(book, () => engine, { deadlineMs: 500 });
    const e = event();
    await verify(e);
    expect(workers[0]?.received.at(-1)?.kind).toBe('run'); // the whole snapshot went; the answer never came
    expect(workers[0]?.terminated).toBe(true);
    expect(said).toEqual([tooLong]);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(book.persist()).toEqual(before);
  });

  it('in the thread, stops when the check returns after the deadline and writes nothing', async () => {
    const book = wrongBook();
    const before = book.persist();
    const deadlineMs = 500;
    let clickedAt = 0;
    const slow = jest.fn((s: WorkbookSnapshot, o: VerifyOptions) => {
      // Holds the thread past the deadline, as a huge book would.
      while (Date.now() < clickedAt + deadlineMs + 50);
      return verifyWorkbook(s, o);
    });
    const engine = createWorkerEngine({ create: null, fallback: slow });
    const { verify, said } = startRibbon(book, () => engine, { deadlineMs });
    const e = event();
    clickedAt = Date.now();
    await verify(e);
    expect(slow).toHaveBeenCalledTimes(1); // the deadline passed during the check, not the reads
    expect(said).toEqual([tooLong]);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(book.persist()).toEqual(before);
  });

  it('says so within the 150 characters a notification shows, in both languages', () => {
    for (const language of ['ko', 'en'] as const) {
      const text = commandMessage('tooLong', language, { minutes: 4 });
      expect(text.length).toBeLessThanOrEqual(150);
      expect(text).toContain('4');
    }
  });

  it('reports a real failure as itself, not as the deadline', async () => {
    const book = wrongBook();
    book.editMode = true;
    const { verify, said } = startRibbon(book, () => verifyWorkbook);
    const e = event();
    await verify(e);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('편집');
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});
