/**
 * The page's worker keeps the book's sheets (issue 15): they go over once, when
 * the book opens, with a warm-up run of the engine on the first rows; a Verify
 * then sends nothing, and after a Fix only the rows it changed. The answers stay
 * exactly what the engine finds on the whole snapshot in the thread.
 */
import { makeOptions } from '../../src/engine/options';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/engine/snapshot';
import { verifyWorkbook } from '../../src/engine/verify';
import { patchSnapshot } from '../../src/web/book/sheetReads';
import { openBook } from '../../src/web/book/openBook';
import { WebHost } from '../../src/web/host/webHost';
import { firstRows, Receiver, type VerifyMessage } from '../../src/worker/protocol';
import { changedRows, HeldSheets } from '../../src/worker/upload';
import { createWorkerEngine, type PrepareTiming } from '../../src/worker/workerEngine';
import { recordingWorkers, type FakeWorker } from '../support/fakeWorker';
import { manyLines } from '../support/manyLines';
import { bytesOf, ERRORS } from '../web/support';

const OPTIONS = makeOptions({ language: 'en' });

/** The sheet with grid row `r`'s figure set right (3,000), as a Fix leaves it: that row a new array, the others shared. */
function fixed(sheet: SheetSnapshot, r: number): SheetSnapshot {
  const values = [...sheet.values];
  const texts = [...sheet.texts];
  values[r] = [values[r]?.[0] ?? null, 3000];
  texts[r] = [texts[r]?.[0] ?? '', '3,000'];
  return { ...sheet, values, texts };
}

const kinds = (w: FakeWorker | undefined) => (w?.received ?? []).map((m) => m.kind);
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function keeping(warmRows = 50, chunkRows = 20) {
  const { made, create } = recordingWorkers();
  const prepared: PrepareTiming[] = [];
  const engine = createWorkerEngine({
    create,
    keep: true,
    warmRows,
    chunkRows,
    onPrepared: (p) => prepared.push(p),
  });
  return { engine, made, prepared };
}

describe('what the worker holds', () => {
  it('finds the rows a patch changed by identity, and refuses sheets that differ in more', () => {
    const sheet = manyLines(10);
    expect(changedRows(sheet, sheet)).toEqual([]);
    expect(changedRows(sheet, fixed(fixed(sheet, 7), 1))).toEqual([1, 7]);
    expect(changedRows(sheet, manyLines(11))).toBeNull();
    expect(
      changedRows(sheet, { ...sheet, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }),
    ).toBeNull();
    expect(changedRows(sheet, { ...sheet, origin: { row: 1, col: 0 } })).toBeNull();
  });

  it('sends a sheet whole, then nothing, then only the rows that changed', () => {
    const held = new HeldSheets();
    const sheet = manyLines(10);
    expect([...held.upload([sheet], 20)].map((m) => m.kind)).toEqual([
      'sheet',
      'rows',
      'rows',
      'rows',
    ]);
    expect([...held.upload([sheet], 20)]).toEqual([]);
    const patch = [...held.upload([fixed(sheet, 1)], 20)];
    expect(patch).toEqual([
      {
        kind: 'patch',
        name: 'Sheet1',
        at: [1],
        values: [[sheet.values[1]?.[0], 3000]],
        texts: [[sheet.texts[1]?.[0], '3,000']],
      },
    ]);
    // Most rows new (the sheet read again): sent whole.
    expect([...held.upload([manyLines(10)], 20)].map((m) => m.kind)).toEqual([
      'sheet',
      'rows',
      'rows',
      'rows',
    ]);
  });

  it('puts patched rows in place in the worker, and refuses a row outside the sheet', () => {
    const receiver = new Receiver(Date.now);
    const held = new HeldSheets();
    const sheet = manyLines(10);
    const after = fixed(fixed(sheet, 1), 42);
    for (const m of held.upload([sheet], 20)) expect(receiver.receive(m)).toBeNull();
    for (const m of held.upload([after], 20)) expect(receiver.receive(m)).toBeNull();
    const reply = receiver.receive({
      kind: 'run',
      options: OPTIONS,
      sheets: ['Sheet1'],
      keep: true,
    });
    expect(reply).toMatchObject({ ok: true, result: verifyWorkbook({ sheets: [after] }, OPTIONS) });
    expect(
      receiver.receive({ kind: 'patch', name: 'Sheet1', at: [50], values: [[]], texts: [[]] }),
    ).toMatchObject({ ok: false });
    expect(
      receiver.receive({ kind: 'run', options: OPTIONS, sheets: ['Other'], keep: true }),
    ).toMatchObject({ ok: false });
  });

  it('warms up on the first rows of the book, the merges inside them', () => {
    const sheet = {
      ...manyLines(10),
      merges: [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 30, left: 0, bottom: 31, right: 0 },
      ],
    };
    const cut = firstRows([sheet, manyLines(2, 'Sheet2')], 30);
    expect(cut.map((s) => s.values.length)).toEqual([30]);
    expect(cut[0]?.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    expect(
      firstRows([manyLines(2), manyLines(2, 'Sheet2')], 15).map((s) => s.values.length),
    ).toEqual([10, 5]);
  });
});

describe('the worker engine keeping the sheets', () => {
  it('prepares: sends the book with a warm-up on its first rows, then a Verify sends no rows', async () => {
    const { engine, made, prepared } = keeping();
    const sheet = manyLines(20); // 100 rows: sheet, 5 chunks of 20
    await engine.prepare?.({ sheets: [sheet] }, OPTIONS);
    // The warm-up goes as soon as its 50 rows are there; a last empty one says everything arrived.
    expect(kinds(made[0])).toEqual([
      'sheet',
      'rows',
      'rows',
      'rows',
      'warm',
      'rows',
      'rows',
      'warm',
    ]);
    expect(prepared).toEqual([expect.objectContaining({ warmRows: 50 })]);

    const result = await engine({ sheets: [sheet] }, OPTIONS);
    expect(result).toEqual(verifyWorkbook({ sheets: [sheet] }, OPTIONS));
    expect(made).toHaveLength(1);
    expect(kinds(made[0]).slice(8)).toEqual(['run']);
  });

  it('after a Fix sends only the changed row, and answers as on the whole snapshot', async () => {
    const { engine, made } = keeping();
    const sheet = manyLines(20);
    await engine.prepare?.({ sheets: [sheet] }, OPTIONS);
    await engine({ sheets: [sheet] }, OPTIONS);
    const after = fixed(sheet, 6);
    const result = await engine({ sheets: [after] }, OPTIONS);
    expect(result).toEqual(verifyWorkbook({ sheets: [after] }, OPTIONS));
    expect(result.findings).toHaveLength(20 * 3 - 1);
    const last = made[0]?.received.slice(-2) ?? [];
    expect(last.map((m) => m.kind)).toEqual(['patch', 'run']);
    expect((last[0] as Extract<VerifyMessage, { kind: 'patch' }>).at).toEqual([6]);
  });

  it('warms a worker once: another book is sent without a warm-up, and the old one forgotten', async () => {
    const { engine, made, prepared } = keeping();
    await engine.prepare?.({ sheets: [manyLines(20)] }, OPTIONS);
    const other = manyLines(3, 'Other');
    await engine.prepare?.({ sheets: [other] }, OPTIONS);
    expect(kinds(made[0]).slice(8)).toEqual(['keep-only', 'sheet', 'rows', 'warm']);
    expect(made[0]?.received.at(-1)).toMatchObject({ kind: 'warm', rows: 0 });
    expect(prepared.map((p) => p.warmRows)).toEqual([50, 0]);
    await expect(engine({ sheets: [other] }, OPTIONS)).resolves.toEqual(
      verifyWorkbook({ sheets: [other] }, OPTIONS),
    );
  });

  it('warms up on a book smaller than the warm-up whole', async () => {
    const { engine, made, prepared } = keeping(1000);
    await engine.prepare?.({ sheets: [manyLines(2), manyLines(2, 'Sheet2')] }, OPTIONS);
    expect(made[0]?.received.at(-1)).toMatchObject({
      kind: 'warm',
      sheets: ['Sheet1', 'Sheet2'],
      rows: 20,
    });
    expect(prepared[0]?.warmRows).toBe(20);
  });

  it('a Verify asked while preparing waits for it, on the same worker; Cancel stops only the waiting', async () => {
    const { engine, made } = keeping();
    const sheet = manyLines(20);
    const preparing = engine.prepare?.({ sheets: [sheet] }, OPTIONS);
    const controller = new AbortController();
    const cancelled = engine({ sheets: [sheet] }, OPTIONS, { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    const verifying = engine({ sheets: [sheet] }, OPTIONS);
    await preparing;
    await expect(verifying).resolves.toEqual(verifyWorkbook({ sheets: [sheet] }, OPTIONS));
    expect(made).toHaveLength(1);
    expect(made[0]?.terminated).toBe(false);
    expect(kinds(made[0]).filter((k) => k === 'sheet')).toHaveLength(1);
  });

  it('sends the whole sheet again to the fresh worker after a Cancel', async () => {
    const { made, create } = recordingWorkers((w) => (w.hold = true));
    const engine = createWorkerEngine({ create, keep: true, chunkRows: 20 });
    const sheet = manyLines(20);
    const controller = new AbortController();
    const running = engine({ sheets: [sheet] }, OPTIONS, { signal: controller.signal });
    while (!made[0]?.holding) await tick();
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    const again = engine({ sheets: [sheet] }, OPTIONS);
    while (!made[1]?.holding) await tick();
    made[1]?.release();
    await expect(again).resolves.toEqual(verifyWorkbook({ sheets: [sheet] }, OPTIONS));
    expect(kinds(made[1])[0]).toBe('sheet');
  });

  it('does not prepare without keep (Excel reads its sheets afresh every run)', async () => {
    const { made, create } = recordingWorkers();
    const engine = createWorkerEngine({ create });
    await engine.prepare?.({ sheets: [manyLines(2)] }, OPTIONS);
    expect(made).toHaveLength(0);
  });
});

describe('the page prepares the engine for the open book', () => {
  it('hands the sheets over on opening; Verify then sends none, and after a Fix only its rows', async () => {
    const { made, create } = recordingWorkers();
    const engine = createWorkerEngine({ create, keep: true });
    const session = await openBook(await bytesOf(ERRORS), 'errors.xlsx');
    const host = new WebHost(session, { browserLanguage: 'en', engine });
    await host.prepare();
    const sent = made[0]?.received.length ?? 0;
    expect(kinds(made[0]).filter((k) => k === 'sheet').length).toBe(session.sheets().length);

    const first = await host.verify('workbook', { language: 'en' });
    expect(kinds(made[0]).slice(sent)).toEqual(['run']);
    const inThread = verifyWorkbook(
      {
        sheets: session
          .sheets()
          .map((s) => session.snapshot(s.name))
          .filter((s): s is SheetSnapshot => !!s),
      },
      makeOptions({ language: 'en' }),
    );
    expect(first.findings).toEqual(inThread.findings);

    const product = first.findings.find((f) => f.cell === 'H88');
    expect(product).toBeDefined();
    const before = made[0]?.received.length ?? 0;
    await host.fix(product!);
    const second = await host.verify('workbook', { language: 'en' });
    const after = made[0]?.received.slice(before) ?? [];
    expect(after.map((m) => m.kind)).toEqual(['patch', 'run']);
    expect(after[0]).toMatchObject({ kind: 'patch', at: [expect.any(Number)] });
    const snapshot: WorkbookSnapshot = {
      sheets: session
        .sheets()
        .map((s) => session.snapshot(s.name))
        .filter((s): s is SheetSnapshot => !!s),
    };
    expect(second.findings).toEqual(
      verifyWorkbook(snapshot, makeOptions({ language: 'en' })).findings,
    );
    expect(second.findings.some((f) => f.cell === 'H88')).toBe(false);
  });

  it('prepares nothing once another book was opened (its signal aborted)', async () => {
    const { made, create } = recordingWorkers();
    const engine = createWorkerEngine({ create, keep: true });
    const session = await openBook(await bytesOf(ERRORS), 'errors.xlsx');
    const host = new WebHost(session, { browserLanguage: 'en', engine });
    const controller = new AbortController();
    controller.abort();
    await host.prepare(controller.signal);
    expect(made).toHaveLength(0);
  });

  it('patchSnapshot keeps the unchanged rows shared, which the upload relies on', async () => {
    const session = await openBook(await bytesOf(ERRORS), 'errors.xlsx');
    const name = session.activeSheet;
    const snapshot = session.snapshot(name)!;
    const sheet = session.sheet(name)!;
    const patched = patchSnapshot(snapshot, sheet, [{ sheet: name, row: 5, col: 1 }]);
    expect(patched).not.toBeNull();
    expect(changedRows(snapshot, patched!)).toEqual([5 - 1 - (snapshot.origin?.row ?? 0)]);
  });
});
