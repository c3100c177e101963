/**
 * The engine as the panes call it: `verifyWorkbook` run in a Web Worker, so the
 * pane's thread keeps painting progress and Cancel stays pressable. Aborting the
 * signal terminates the worker at once (the engine has no checkpoints to stop
 * at) and rejects with an AbortError, which the pane reports as cancelled.
 * Where a Worker cannot be made or does not load, the engine runs in the thread.
 */
import type { VerifyResult } from '../engine/findings';
import type { VerifyOptions } from '../engine/options';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { verifyWorkbook } from '../engine/verify';
import { messagesFor, runMessage, WORKER_READY, type VerifyMessage, type VerifyReply } from './protocol';
import { HeldSheets } from './upload';

/**
 * The worker died during a run (a fault, its memory exhausted where the browser
 * survives that): the run fails with this, said as a message, and is never retried
 * on the pane's thread, which the same snapshot could take down.
 */
export class WorkerStopped extends Error {
  constructor() {
    super('The verification worker stopped before it answered.');
    this.name = 'WorkerStopped';
  }
}

/** The same contract as the Office adapter's VerifyEngine (src/excel/types.ts), which the browser host may not import. */
export type Engine = ((
  snapshot: WorkbookSnapshot,
  options: VerifyOptions,
  control?: { readonly signal?: AbortSignal },
) => VerifyResult | Promise<VerifyResult>) & {
  /**
   * Hands the book's sheets over before any Verify and warms the engine up (the
   * page, on opening a file): a Verify then sends only what changed since, and
   * runs compiled code. Never fails; a Verify asked meanwhile waits for it.
   */
  readonly prepare?: (snapshot: WorkbookSnapshot, options: VerifyOptions) => Promise<void>;
};

/** The part of `Worker` used here: a test passes a fake. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** Where the time of one run went, in milliseconds (for `npm run pane-scale` and the report). */
export interface WorkerTiming {
  /** postMessage calls on the pane's thread, summed: the structured clone of what was sent, in chunks. */
  readonly postMs: number;
  /** The longest of those calls: the longest the pane's thread was held by the clone. */
  readonly longestPostMs: number;
  /** From the last postMessage to the engine starting: the worker receiving (deserialising) the last chunks. */
  readonly deliverMs: number;
  readonly engineMs: number;
  /** From the engine finishing to the pane holding the result: the result cloned back. */
  readonly replyMs: number;
  readonly totalMs: number;
}

/** Where the time of a preparation went, in milliseconds. */
export interface PrepareTiming {
  /** From asking to the worker holding every sheet and warmed up. */
  readonly totalMs: number;
  /** The warm-up run (0 when the worker was warm already). */
  readonly warmMs: number;
  /** Rows the warm-up ran over. */
  readonly warmRows: number;
}

export interface WorkerEngineOptions {
  /** Makes a worker; null where Workers do not exist. */
  readonly create: (() => WorkerLike) | null;
  /** The in-thread engine, for where no worker runs. */
  readonly fallback?: Engine;
  readonly onTiming?: (timing: WorkerTiming) => void;
  readonly onPrepared?: (timing: PrepareTiming) => void;
  /** Epoch milliseconds (timeOrigin + now), comparable with the worker's clock. */
  readonly clock?: () => number;
  /** Rows per message (protocol.ts's CHUNK_ROWS). */
  readonly chunkRows?: number;
  /**
   * The worker keeps the sheets between runs, so that a run sends only what changed
   * (the page, whose snapshots are kept and patched); `prepare` works only with it.
   * Off, every run sends its snapshot whole and the worker forgets it after (Excel,
   * which reads its sheets afresh for every run).
   */
  readonly keep?: boolean;
  /** Rows the warm-up of `prepare` runs the engine over. */
  readonly warmRows?: number;
}

/**
 * Rows of a warm-up run. A cold run of the engine costs about three times a warm
 * one (V8 has compiled nothing yet); this many rows of a budget statement reach
 * every hot path, at a fraction of a 100k-row run.
 */
export const WARM_ROWS = 20_000;

/** Lets the page paint and take a click between two chunks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Settles when `promise` does, or rejects with an AbortError when `signal` aborts first. */
function waitFor(promise: Promise<unknown>, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    promise.then(done, done);
  });
}

const defaultClock = () => performance.timeOrigin + performance.now();

/** A worker and what it holds. */
interface Slot {
  readonly worker: WorkerLike;
  readonly held: HeldSheets;
  /** It has run the warm-up (or a real run): its engine's code is compiled. */
  warm: boolean;
}

/** An answer of the worker (to a `run` or a `warm`). */
interface Answer {
  readonly result: VerifyResult;
  /** Epoch milliseconds: the engine's run in the worker, and the answer on the pane's thread. */
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly received: number;
}

/**
 * A job's end: the worker's answers, in order, with the times of the sending
 * (against the last answer); or "run it in the thread".
 */
type Outcome =
  | { readonly kind: 'answers'; readonly answers: readonly Answer[]; readonly timing: WorkerTiming }
  | { readonly kind: 'in-thread' };

/** The messages the worker answers. */
function answered(message: VerifyMessage): boolean {
  return message.kind === 'run' || message.kind === 'warm';
}

export function createWorkerEngine(options: WorkerEngineOptions): Engine {
  const {
    create,
    fallback = verifyWorkbook,
    onTiming,
    onPrepared,
    clock = defaultClock,
    chunkRows,
    keep = false,
  } = options;
  const warmRows = options.warmRows ?? WARM_ROWS;
  // Set once a worker could not be made or loaded: later runs go straight to the thread.
  let unavailable = create === null;
  // A worker that has answered and waits for the next job (its start-up is paid once).
  let idle: Slot | null = null;
  // Workers whose script has loaded (they said so): an error from one of them is a death, not a failure to start.
  const loaded = new WeakSet<WorkerLike>();
  // The preparation under way, if any: a run waits for it, then uses the worker it prepared.
  let preparing: Promise<void> | null = null;

  const inThread = async (
    snapshot: WorkbookSnapshot,
    opts: VerifyOptions,
    signal?: AbortSignal,
  ) => {
    if (signal?.aborted) throw abortError();
    return fallback(snapshot, opts, { signal });
  };

  /** The idle worker, or a new one; null (and the thread from now on) when none can be made. */
  const take = (): Slot | null => {
    if (unavailable || !create) return null;
    const slot = idle;
    idle = null;
    if (slot) return slot;
    try {
      return { worker: create(), held: new HeldSheets(), warm: false };
    } catch {
      unavailable = true;
      return null;
    }
  };

  /**
   * Posts the messages a chunk a task and resolves with the worker's answers (to
   * each `run` and `warm`) once every message is posted and answered; the worker
   * is then idle again. Aborting terminates the worker.
   */
  const job = (
    slot: Slot,
    messages: Iterable<VerifyMessage>,
    signal?: AbortSignal,
  ): Promise<Outcome> => {
    const { worker } = slot;
    return new Promise<Outcome>((resolve, reject) => {
      // Set when this job is over (answered, cancelled, failed): the sending loop stops.
      let stopped = false;
      let sentAll = false;
      let asked = 0;
      const answers: Answer[] = [];
      const detach = () => {
        stopped = true;
        signal?.removeEventListener('abort', onAbort);
        worker.onmessage = null;
        worker.onerror = null;
        worker.onmessageerror = null;
      };
      const discard = () => {
        detach();
        slot.held.clear();
        worker.terminate();
      };
      const fail = (error: Error) => {
        discard();
        reject(error);
      };
      const onAbort = () => fail(abortError());
      const toThread = () => {
        discard();
        resolve({ kind: 'in-thread' });
      };
      signal?.addEventListener('abort', onAbort, { once: true });

      const sent = clock();
      let posted = sent;
      let postMs = 0;
      let longestPostMs = 0;
      const finish = () => {
        const last = answers.at(-1);
        if (!sentAll || answers.length < asked || !last) return;
        detach();
        if (idle === null) idle = slot;
        else worker.terminate();
        resolve({
          kind: 'answers',
          answers,
          timing: {
            postMs,
            longestPostMs,
            deliverMs: last.startedAt - posted,
            engineMs: last.finishedAt - last.startedAt,
            replyMs: last.received - last.finishedAt,
            totalMs: last.received - sent,
          },
        });
      };
      worker.onmessage = (event: MessageEvent<VerifyReply | typeof WORKER_READY>) => {
        if (event.data === WORKER_READY) {
          loaded.add(worker);
          return;
        }
        const reply = event.data;
        // What the worker holds is no longer known: it is not used again.
        if (!reply.ok) return fail(new Error(reply.message));
        const { result, startedAt, finishedAt } = reply;
        answers.push({ result, startedAt, finishedAt, received: clock() });
        finish();
      };
      // Before the worker said it loaded, an error event means it could not run at all (its
      // script did not load): run in the thread instead. After, the worker died: say so.
      worker.onerror = (event) => {
        event.preventDefault?.();
        if (loaded.has(worker)) return fail(new WorkerStopped());
        unavailable = true;
        toThread();
      };
      worker.onmessageerror = () =>
        fail(new Error('The verification result could not be received from the worker.'));

      const send = async () => {
        let first = true;
        for (const message of messages) {
          if (!first) await nextTask();
          first = false;
          if (stopped) return;
          const before = clock();
          if (answered(message)) asked++;
          try {
            worker.postMessage(message);
          } catch {
            // DataCloneError: nothing a worker can help with; the thread can still check.
            toThread();
            return;
          }
          posted = clock();
          postMs += posted - before;
          longestPostMs = Math.max(longestPostMs, posted - before);
        }
        sentAll = true;
        finish();
      };
      // A snapshot that is not what the contract says: reported, not left unhandled.
      send().catch((e: unknown) => fail(e instanceof Error ? e : new Error(String(e))));
    });
  };

  const runNow = async (
    snapshot: WorkbookSnapshot,
    opts: VerifyOptions,
    signal?: AbortSignal,
  ): Promise<VerifyResult> => {
    const slot = take();
    if (!slot) return inThread(snapshot, opts, signal);
    const { held } = slot;
    function* kept(): Generator<VerifyMessage> {
      yield* held.upload(snapshot.sheets, chunkRows);
      yield runMessage(snapshot, opts, true);
    }
    // Without `keep` the worker forgets after each run: everything goes whole.
    const messages = keep ? kept() : messagesFor(snapshot, opts, chunkRows);
    const outcome = await job(slot, messages, signal);
    if (outcome.kind === 'in-thread') return inThread(snapshot, opts, signal);
    slot.warm = true;
    onTiming?.(outcome.timing);
    const answer = outcome.answers.at(-1);
    if (!answer) throw new Error('The verification worker did not answer.');
    return answer.result;
  };

  /**
   * Sends the sheets the worker does not hold, and warms it up (once a worker) on
   * the first rows as soon as they are there, while the rest are cloned and sent.
   * Done when the worker has answered a last `warm` of no rows: it holds everything.
   */
  const prepareNow = async (snapshot: WorkbookSnapshot, opts: VerifyOptions): Promise<void> => {
    const started = clock();
    const taken = take();
    if (!taken) return;
    const slot: Slot = taken;
    const { held } = slot;
    const names = snapshot.sheets.map((s) => s.name);
    const warm = (sheets: readonly string[], rows: number): VerifyMessage => ({
      kind: 'warm',
      options: opts,
      sheets,
      rows,
    });
    let warmRowsSent = 0;
    function* messages(): Generator<VerifyMessage> {
      const forget = held.keepOnly(names);
      if (forget) yield forget;
      let rows = 0;
      for (const [i, sheet] of snapshot.sheets.entries()) {
        for (const message of held.upload([sheet], chunkRows)) {
          yield message;
          if (message.kind === 'rows' || message.kind === 'patch') rows += message.values.length;
          if (!slot.warm && warmRowsSent === 0 && rows >= warmRows) {
            warmRowsSent = warmRows;
            yield warm(names.slice(0, i + 1), warmRows);
          }
        }
      }
      if (!slot.warm && warmRowsSent === 0) {
        // A book smaller than the warm-up: it all is.
        warmRowsSent = snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
        yield warm(names, warmRowsSent);
      } else yield warm([], 0);
    }
    try {
      const outcome = await job(slot, messages());
      if (outcome.kind === 'in-thread') return;
      const warmed = warmRowsSent > 0 ? outcome.answers[0] : undefined;
      if (warmed) slot.warm = true;
      onPrepared?.({
        totalMs: clock() - started,
        warmMs: warmed ? warmed.finishedAt - warmed.startedAt : 0,
        warmRows: warmRowsSent,
      });
    } catch {
      // A worker that died or failed while preparing is dropped; the next run starts another.
    }
  };

  const engine = (
    snapshot: WorkbookSnapshot,
    opts: VerifyOptions,
    control: { readonly signal?: AbortSignal } = {},
  ): Promise<VerifyResult> => {
    const { signal } = control;
    if (signal?.aborted) return Promise.reject(abortError());
    if (unavailable || !create) return inThread(snapshot, opts, signal);
    // The worker being prepared is the one to run on: wait for it (Cancel stops the waiting).
    if (preparing) return waitFor(preparing, signal).then(() => engine(snapshot, opts, control));
    return runNow(snapshot, opts, signal);
  };

  const prepare = (snapshot: WorkbookSnapshot, opts: VerifyOptions): Promise<void> => {
    if (!keep || unavailable || !create) return Promise.resolve();
    const mine: Promise<void> = (preparing ?? Promise.resolve()).then(() =>
      prepareNow(snapshot, opts),
    );
    preparing = mine;
    void mine.then(() => {
      if (preparing === mine) preparing = null;
    });
    return mine;
  };

  return Object.assign(engine, { prepare });
}

/** Records a run's timing as performance measures, for the measurement script to read. */
export function measureTiming(timing: WorkerTiming): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  const end = performance.now();
  let at = end - timing.totalMs;
  for (const [name, duration] of [
    ['post', timing.postMs],
    ['deliver', timing.deliverMs],
    ['engine', timing.engineMs],
    ['reply', timing.replyMs],
  ] as const) {
    performance.measure(`verify-worker:${name}`, { start: at, duration: Math.max(0, duration) });
    at += Math.max(0, duration);
  }
  performance.measure('verify-worker:total', {
    start: end - timing.totalMs,
    duration: timing.totalMs,
  });
  // The longest single pause the clone gave the pane's thread (the chunks sum to `post`).
  performance.measure('verify-worker:longest-post', {
    start: end - timing.totalMs,
    duration: timing.longestPostMs,
  });
}

/** Records a preparation as performance measures: `verify-worker:prepare` says the page is ready to Verify. */
export function measurePrepared(timing: PrepareTiming): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  const end = performance.now();
  performance.measure('verify-worker:warm', {
    start: end - timing.warmMs,
    duration: timing.warmMs,
    detail: { rows: timing.warmRows },
  });
  performance.measure('verify-worker:prepare', {
    start: end - timing.totalMs,
    duration: timing.totalMs,
  });
}
