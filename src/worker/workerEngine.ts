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
import { messagesFor, WORKER_READY, type VerifyReply } from './protocol';

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
export type Engine = (
  snapshot: WorkbookSnapshot,
  options: VerifyOptions,
  control?: { readonly signal?: AbortSignal },
) => VerifyResult | Promise<VerifyResult>;

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
  /** postMessage calls on the pane's thread, summed: the structured clone of the snapshot, in chunks. */
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

export interface WorkerEngineOptions {
  /** Makes a worker; null where Workers do not exist. */
  readonly create: (() => WorkerLike) | null;
  /** The in-thread engine, for where no worker runs. */
  readonly fallback?: Engine;
  readonly onTiming?: (timing: WorkerTiming) => void;
  /** Epoch milliseconds (timeOrigin + now), comparable with the worker's clock. */
  readonly clock?: () => number;
  /** Rows per message (protocol.ts's CHUNK_ROWS). */
  readonly chunkRows?: number;
}

/** Lets the page paint and take a click between two chunks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

const defaultClock = () => performance.timeOrigin + performance.now();

export function createWorkerEngine(options: WorkerEngineOptions): Engine {
  const { create, fallback = verifyWorkbook, onTiming, clock = defaultClock, chunkRows } = options;
  // Set once a worker could not be made or loaded: later runs go straight to the thread.
  let unavailable = create === null;
  // A worker that has answered and waits for the next run (its start-up is paid once).
  let idle: WorkerLike | null = null;
  // Workers whose script has loaded (they said so): an error from one of them is a death, not a failure to start.
  const loaded = new WeakSet<WorkerLike>();

  const inThread = async (snapshot: WorkbookSnapshot, opts: VerifyOptions, signal?: AbortSignal) => {
    if (signal?.aborted) throw abortError();
    return fallback(snapshot, opts, { signal });
  };

  return (snapshot, opts, control = {}) => {
    const { signal } = control;
    if (signal?.aborted) return Promise.reject(abortError());
    if (unavailable || !create) return inThread(snapshot, opts, signal);
    let worker: WorkerLike;
    try {
      worker = idle ?? create();
      idle = null;
    } catch {
      unavailable = true;
      return inThread(snapshot, opts, signal);
    }

    return new Promise<VerifyResult>((resolve, reject) => {
      // Set when this run is over (answered, cancelled, failed): the sending loop stops.
      let stopped = false;
      const detach = () => {
        stopped = true;
        signal?.removeEventListener('abort', onAbort);
        worker.onmessage = null;
        worker.onerror = null;
        worker.onmessageerror = null;
      };
      const discard = () => {
        detach();
        worker.terminate();
      };
      const onAbort = () => {
        discard();
        reject(abortError());
      };
      const runInThread = () => {
        discard();
        inThread(snapshot, opts, signal).then(resolve, reject);
      };
      signal?.addEventListener('abort', onAbort, { once: true });

      const sent = clock();
      let posted = sent;
      let postMs = 0;
      let longestPostMs = 0;
      worker.onmessage = (event: MessageEvent<VerifyReply | typeof WORKER_READY>) => {
        if (event.data === WORKER_READY) {
          loaded.add(worker);
          return;
        }
        const received = clock();
        detach();
        if (idle === null) idle = worker;
        else worker.terminate();
        const reply = event.data;
        if (!reply.ok) {
          reject(new Error(reply.message));
          return;
        }
        onTiming?.({
          postMs,
          longestPostMs,
          deliverMs: reply.startedAt - posted,
          engineMs: reply.finishedAt - reply.startedAt,
          replyMs: received - reply.finishedAt,
          totalMs: received - sent,
        });
        resolve(reply.result);
      };
      // Before the worker said it loaded, an error event means it could not run at all (its
      // script did not load): run in the thread instead. After, the worker died: say so.
      worker.onerror = (event) => {
        event.preventDefault?.();
        if (loaded.has(worker)) {
          discard();
          reject(new WorkerStopped());
          return;
        }
        unavailable = true;
        runInThread();
      };
      worker.onmessageerror = () => {
        discard();
        reject(new Error('The verification result could not be received from the worker.'));
      };

      const send = async () => {
        let first = true;
        for (const message of messagesFor(snapshot, opts, chunkRows)) {
          if (!first) await nextTask();
          first = false;
          if (stopped) return;
          const before = clock();
          try {
            worker.postMessage(message);
          } catch {
            // DataCloneError: nothing a worker can help with; the thread can still check.
            runInThread();
            return;
          }
          posted = clock();
          postMs += posted - before;
          longestPostMs = Math.max(longestPostMs, posted - before);
        }
      };
      send().catch((e: unknown) => {
        // A snapshot that is not what the contract says: reported, not left unhandled.
        discard();
        reject(e instanceof Error ? e : new Error(String(e)));
      });
    });
  };
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
  performance.measure('verify-worker:total', { start: end - timing.totalMs, duration: timing.totalMs });
  // The longest single pause the clone gave the pane's thread (the chunks sum to `post`).
  performance.measure('verify-worker:longest-post', { start: end - timing.totalMs, duration: timing.longestPostMs });
}
