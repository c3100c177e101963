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
  startRibbon,
  turnAfter,
  type CommandFunction,
  type CommandOptions,
} from '../../src/commands/commands';
import { readNoticeHash, type NoticeText } from '../../src/commands/notice/noticeText';
import { createOfficeHost } from '../../src/excel/officeRuntime';
import type { RibbonEvent } from '../../src/host/port';
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

interface RibbonOptions extends CommandOptions {
  /** A platform with the shared runtime: the pane is shown instead of a dialog. */
  readonly shared?: boolean;
}

/**
 * Starts the ribbon as the pane's page does, over the fake book; returns the
 * registered functions, the first line of each dialog (what the user read), the
 * dialogs themselves, the events the pane was handed and how often it was shown.
 */
function startRibbonOver(book: FakeBook, engine: () => VerifyEngine, options: RibbonOptions = {}) {
  const registered = new Map<string, CommandFunction>();
  const said: string[] = [];
  const dialogs: NoticeText[] = [];
  const paneEvents: RibbonEvent[] = [];
  let shown = 0;
  const office = {
    onReady: (ready?: () => void) => {
      ready?.();
      return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
    },
    actions: { associate: (name: string, fn: CommandFunction) => registered.set(name, fn) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    addin: {
      showAsTaskpane: async () => {
        shown += 1;
      },
    },
    context: {
      displayLanguage: 'ko-KR',
      requirements: {
        isSetSupported: (name: string) => name !== 'SharedRuntime' || options.shared === true,
      },
      ui: {
        displayDialogAsync: (
          url: string,
          _options: unknown,
          opened: (r: { status: string; value: unknown }) => void,
        ) => {
          const text = readNoticeHash(new URL(url).hash);
          if (text) dialogs.push(text);
          said.push(text?.lines[0] ?? '(no text)');
          const handlers = new Map<string, () => void>();
          opened({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, handler: () => void) => handlers.set(type, handler),
              close: () => undefined,
            },
          });
          handlers.get('event')?.(); // the user closes the dialog
        },
      },
    },
  };
  Object.assign(globalThis, { Office: office, Excel: { run: book.run } });
  let host: ReturnType<typeof createOfficeHost> | null = null;
  startRibbon(office as unknown as typeof Office, {
    host: () => {
      host ??= createOfficeHost(turnAfter(engine()));
      host.onRibbonEvent((e) => paneEvents.push(e));
      return host;
    },
    noticeUrl: 'https://localhost:3000/notice.html',
    options,
  });
  const verify = registered.get('verify');
  if (!verify) throw new Error('verify was not registered');
  return { verify, said, dialogs, paneEvents, shown: () => shown };
}

const VERIFIED = '검산 완료: 오류 2건, 경고 0건.';

describe('Verify from the ribbon', () => {
  it('checks in a worker when the runtime can start one, and marks what it found', async () => {
    const book = wrongBook();
    const { engine, workers, inThread } = browserEngine(true);
    const { verify, said } = startRibbonOver(book, () => engine);
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
    const { verify, said } = startRibbonOver(book, () => engine);
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
      const { verify, said } = startRibbonOver(book, () => engine);
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
    const { verify, said } = startRibbonOver(book, () => engine, { deadlineMs: 500 });
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
    const { verify, said } = startRibbonOver(book, () => engine, { deadlineMs });
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
    for (const s of book.data.sheets) s.protected = true;
    const { verify, said, dialogs } = startRibbonOver(book, () => verifyWorkbook);
    const e = event();
    await verify(e);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('보호');
    expect(dialogs[0]?.tone).toBe('error');
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('started while a cell is being edited, waits for the edit to end (delayForCellEdit), then verifies', async () => {
    const book = wrongBook();
    book.editMode = true;
    const { verify, said } = startRibbonOver(book, () => verifyWorkbook);
    const e = event();
    const clicked = verify(e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(e.completed).not.toHaveBeenCalled();
    book.editMode = false;
    await clicked;
    expect(said).toEqual([VERIFIED]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });
});

describe('what the ribbon shows', () => {
  it('without a shared runtime: a dialog with the counts, the coverage and what to do next', async () => {
    const { verify, dialogs, paneEvents, shown } = startRibbonOver(
      wrongBook(),
      () => verifyWorkbook,
    );
    await verify(event());
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]?.lines[0]).toBe(VERIFIED);
    expect(dialogs[0]?.lines[1]).toMatch(/^검산한 숫자 \d+개 · 확인하지 못한 숫자 \d+개$/);
    expect(dialogs[0]?.lines.at(-1)).toContain('[검산 결과]');
    expect(shown()).toBe(0);
    expect(paneEvents).toHaveLength(1); // handed over too, for a pane that may be open
  });

  it('in a shared runtime: the pane is handed the findings and shown, and no dialog opens', async () => {
    const book = wrongBook();
    const { verify, dialogs, paneEvents, shown } = startRibbonOver(book, () => verifyWorkbook, {
      shared: true,
    });
    const e = event();
    await verify(e);
    expect(dialogs).toEqual([]);
    expect(shown()).toBe(1);
    expect(paneEvents.map((p) => p.kind)).toEqual(['verified']);
    const first = paneEvents[0];
    // The root cause first (D29's product), then the subtotal it carried into (D28).
    expect(first?.kind === 'verified' && first.result.findings.map((f) => [f.cell, f.cause])).toEqual([
      ['D29', 'D29'],
      ['D28', 'D29'],
    ]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('in a shared runtime, an error goes to the pane, which is shown', async () => {
    const book = wrongBook();
    for (const s of book.data.sheets) s.protected = true;
    const { verify, dialogs, paneEvents, shown } = startRibbonOver(book, () => verifyWorkbook, {
      shared: true,
    });
    await verify(event());
    expect(dialogs).toEqual([]);
    expect(shown()).toBe(1);
    expect(paneEvents[0]).toMatchObject({ kind: 'failed', error: { code: 'protected' } });
  });
});
