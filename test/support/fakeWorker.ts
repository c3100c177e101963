/**
 * A Worker for the tests of the engine's worker client and of what runs it (the
 * browser page, the ribbon): the real worker's Receiver behind postMessage, with
 * a structured clone each way as a Worker copies its messages, and the answer on
 * a later task, as it would come from another thread.
 */
import { Receiver, type VerifyMessage } from '../../src/worker/protocol';
import type { WorkerLike } from '../../src/worker/workerEngine';

export class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  /** Every message posted to the worker, as it arrived. */
  readonly received: VerifyMessage[] = [];
  /** Set to keep the answer until `release()`, so a test can act while the check runs. */
  hold = false;
  /** Set to fail as a worker script that does not load: an error event, no answer. */
  failToLoad = false;
  private readonly receiver = new Receiver(Date.now);
  private held: (() => void) | null = null;

  postMessage(message: unknown): void {
    const request = structuredClone(message) as VerifyMessage;
    this.received.push(request);
    const answer = this.receiver.receive(request);
    if (!answer) return;
    setTimeout(() => {
      if (this.terminated) return;
      if (this.failToLoad) {
        this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      const reply = () => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(answer) } as MessageEvent);
      };
      if (this.hold) this.held = reply;
      else reply();
    }, 0);
  }

  /** With `hold`: the whole snapshot has arrived and the answer waits for `release()`. */
  get holding(): boolean {
    return this.held !== null;
  }

  release(): void {
    this.held?.();
    this.held = null;
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A worker factory that keeps every worker it made, for the test to inspect. */
export function recordingWorkers(configure: (w: FakeWorker) => void = () => undefined) {
  const made: FakeWorker[] = [];
  const create = () => {
    const w = new FakeWorker();
    configure(w);
    made.push(w);
    return w;
  };
  return { made, create };
}
