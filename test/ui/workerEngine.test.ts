/**
 * The worker engine's client with a fake Worker: results come back from the
 * worker's own handler (`answer`), Cancel terminates the worker and rejects with
 * the AbortError the pane reports as cancelled, and where no worker can run the
 * engine runs in the thread.
 */
import type { VerifyResult } from '../../src/engine/findings';
import { makeOptions } from '../../src/engine/options';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { verifyWorkbook } from '../../src/engine/verify';
import { messagesFor, Receiver } from '../../src/worker/protocol';
import {
  createWorkerEngine,
  type Engine,
  type WorkerLike,
  type WorkerTiming,
} from '../../src/worker/workerEngine';
import { FakeWorker, recordingWorkers } from '../support/fakeWorker';
import { manyLines } from '../support/manyLines';

/** One stated product that is wrong: 1,000원 × 3 = 3천원, stated 4. */
const SNAPSHOT: WorkbookSnapshot = {
  sheets: [
    {
      name: 'Sheet1',
      values: [
        ['산출근거', null],
        ['○ 회의비 1,000,000원 × 3회', 4000],
      ],
      texts: [
        ['산출근거', ''],
        ['○ 회의비 1,000,000원 × 3회', '4,000'],
      ],
      merges: [],
    },
  ],
};
const OPTIONS = makeOptions({ language: 'en' });

function setup(configure: (w: FakeWorker) => void = () => undefined) {
  const { made, create } = recordingWorkers(configure);
  const timings: WorkerTiming[] = [];
  const fallback = jest.fn<ReturnType<Engine>, Parameters<Engine>>((s, o) => verifyWorkbook(s, o));
  const engine = createWorkerEngine({
    create,
    fallback,
    onTiming: (t) => timings.push(t),
  });
  return { engine, made, timings, fallback };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the worker engine', () => {
  const expected: VerifyResult = verifyWorkbook(SNAPSHOT, OPTIONS);

  it('returns what the engine finds, computed in the worker, and times the run', async () => {
    expect(expected.findings.map((f) => f.cell)).toEqual(['B2']);
    const { engine, made, timings, fallback } = setup();
    await expect(engine(SNAPSHOT, OPTIONS)).resolves.toEqual(expected);
    expect(made).toHaveLength(1);
    expect(made[0]?.received).toEqual([...messagesFor(SNAPSHOT, OPTIONS)]);
    expect(fallback).not.toHaveBeenCalled();
    expect(timings).toHaveLength(1);
    expect(timings[0]?.totalMs).toBeGreaterThanOrEqual(0);
  });

  it('keeps one worker for the next run instead of starting another', async () => {
    const { engine, made } = setup();
    await engine(SNAPSHOT, OPTIONS);
    await engine(SNAPSHOT, OPTIONS);
    expect(made).toHaveLength(1);
    expect(made[0]?.terminated).toBe(false);
    expect(made[0]?.received.filter((m) => m.kind === 'run')).toHaveLength(2);
  });

  it('terminates the worker and rejects with an AbortError when cancelled mid-check', async () => {
    const { engine, made } = setup((w) => (w.hold = true));
    const controller = new AbortController();
    const running = engine(SNAPSHOT, OPTIONS, { signal: controller.signal });
    await tick();
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(running).rejects.toBeInstanceOf(DOMException);
    expect(made[0]?.terminated).toBe(true);
    expect(made[0]?.onmessage).toBeNull();
  });

  it('starts a fresh worker after a cancel and still answers', async () => {
    const { engine, made } = setup();
    const controller = new AbortController();
    const first = engine(SNAPSHOT, OPTIONS, { signal: controller.signal });
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(engine(SNAPSHOT, OPTIONS)).resolves.toEqual(expected);
    expect(made).toHaveLength(2);
    expect(made[0]?.terminated).toBe(true);
    expect(made[1]?.terminated).toBe(false);
  });

  it('rejects at once, without a worker, when the signal is already aborted', async () => {
    const { engine, made } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(engine(SNAPSHOT, OPTIONS, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(made).toHaveLength(0);
  });

  it('reports a failure as an error, not a cancel', async () => {
    const { made, create } = recordingWorkers();
    const engine = createWorkerEngine({
      create,
    });
    const broken = { sheets: null } as unknown as WorkbookSnapshot;
    const failure = engine(broken, OPTIONS);
    await expect(failure).rejects.toBeInstanceOf(Error);
    await expect(failure).rejects.not.toMatchObject({ name: 'AbortError' });
    expect(made[0]?.terminated).toBe(true);
  });

  it('answers a malformed conversation inside the worker with a failure, never a throw', () => {
    const receiver = new Receiver(Date.now);
    const reply = receiver.receive({ kind: 'rows', values: [], texts: [] });
    expect(reply).toMatchObject({ ok: false });
  });

  it('runs in the thread when no Worker exists', async () => {
    const fallback = jest.fn<ReturnType<Engine>, Parameters<Engine>>((s, o) => verifyWorkbook(s, o));
    const engine = createWorkerEngine({ create: null, fallback });
    await expect(engine(SNAPSHOT, OPTIONS)).resolves.toEqual(expected);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('runs in the thread when a worker cannot be made, and does not try again', async () => {
    const create = jest.fn<WorkerLike, []>(() => {
      throw new Error('SecurityError: workers are not allowed here');
    });
    const engine = createWorkerEngine({ create });
    await expect(engine(SNAPSHOT, OPTIONS)).resolves.toEqual(expected);
    await expect(engine(SNAPSHOT, OPTIONS)).resolves.toEqual(expected);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('runs in the thread when the worker script does not load', async () => {
    const { engine, made, fallback } = setup((w) => (w.failToLoad = true));
    await expect(engine(SNAPSHOT, OPTIONS)).resolves.toEqual(expected);
    expect(made[0]?.terminated).toBe(true);
    expect(fallback).toHaveBeenCalledTimes(1);
    await engine(SNAPSHOT, OPTIONS);
    expect(made).toHaveLength(1);
  });

  it('sends a large snapshot in chunks that the worker puts back together exactly', async () => {
    const big = { sheets: [manyLines(40)] };
    const { made, create } = recordingWorkers();
    const engine = createWorkerEngine({
      create,
      chunkRows: 7,
    });
    const result = await engine(big, OPTIONS);
    expect(result).toEqual(verifyWorkbook(big, OPTIONS));
    expect(result.findings).toHaveLength(40 * 3);
    const kinds = made[0]?.received.map((m) => m.kind) ?? [];
    expect(kinds.filter((k) => k === 'rows')).toHaveLength(Math.ceil((40 * 5) / 7));
    expect(kinds[0]).toBe('sheet');
    expect(kinds.at(-1)).toBe('run');
  });

  it('stops sending and terminates the worker when cancelled between chunks', async () => {
    const { made, create } = recordingWorkers();
    const engine = createWorkerEngine({
      create,
      chunkRows: 10,
    });
    const controller = new AbortController();
    const running = engine({ sheets: [manyLines(100)] }, OPTIONS, { signal: controller.signal });
    expect(made[0]?.received.length).toBeGreaterThan(0); // the first pieces go at once
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await tick();
    expect(made[0]?.terminated).toBe(true);
    expect(made[0]?.received.some((m) => m.kind === 'run')).toBe(false);
  });
});
