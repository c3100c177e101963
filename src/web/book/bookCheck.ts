/**
 * The page's check of a file before it is opened (file/xlsx/checkPackage.ts), in a
 * Web Worker so that the page keeps painting meanwhile. A worker that stops (a
 * fault, a script that does not load) is a message, never an unanswered open.
 * (A worker that exhausts its memory takes the tab with it in Chromium: that is
 * why the check itself stays within limits rather than trusting the worker.)
 */
import type { DamagedCell, ReadProblem } from '../../file/problems';
import { inspectPackage } from '../../file/xlsx/checkPackage';

/** The check's answer for one file (see CheckAnswer). */
export type BookCheck = (bytes: Uint8Array, fileName: string) => Promise<CheckAnswer>;

/** What the page says to its check worker, and what it answers. */
export interface CheckRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}
export interface CheckAnswer {
  /** A problem to show instead of opening the file, or null. */
  readonly problem: ReadProblem | null;
  /** Cells that store no number where a number belongs: shown as what they store (damagedCells.ts). */
  readonly damaged?: readonly DamagedCell[];
}

/** The part of `Worker` used here: a test passes a fake. */
export interface CheckWorker {
  onmessage: ((event: MessageEvent<CheckAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: CheckRequest): void;
  terminate(): void;
}

const STOPPED: CheckAnswer = { problem: { kind: 'crashed', memory: false } };

/** Each file checked by a fresh worker, ended when it has answered. */
export function workerBookCheck(create: () => CheckWorker): BookCheck {
  return (bytes, fileName) =>
    new Promise((resolve) => {
      let worker: CheckWorker;
      try {
        worker = create();
      } catch {
        // No worker can be made here: the check runs on the page's thread instead.
        void inspectPackage(bytes, fileName).then(resolve, () => resolve(STOPPED));
        return;
      }
      const done = (answer: CheckAnswer) => {
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
        resolve(answer);
      };
      worker.onmessage = (event) => done(event.data);
      worker.onerror = (event) => {
        event.preventDefault?.();
        done(STOPPED);
      };
      worker.postMessage({ bytes, fileName });
    });
}

/** The worker's side, as plain code: a fault of ours is an answer too. */
export async function answerCheck(request: CheckRequest): Promise<CheckAnswer> {
  try {
    return await inspectPackage(request.bytes, request.fileName);
  } catch {
    return STOPPED;
  }
}
