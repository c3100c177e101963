/**
 * The verification worker: receives a snapshot in pieces, runs the engine off
 * the pane's thread and posts the result back. Bundled by webpack as its own
 * chunk (see createBrowserWorker.ts); it stays alive between runs until terminated.
 */
import { Receiver, WORKER_READY, type VerifyMessage, type VerifyReply } from './protocol';

/** The part of DedicatedWorkerGlobalScope used here (tsconfig's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<VerifyMessage>) => void) | null;
  postMessage(message: VerifyReply | typeof WORKER_READY): void;
}

const scope = self as unknown as WorkerScope;
const receiver = new Receiver(() => performance.timeOrigin + performance.now());

scope.onmessage = (event) => {
  const reply = receiver.receive(event.data);
  if (reply) scope.postMessage(reply);
};
// Loaded: from now on an error event is a worker that died, not one that could not start.
scope.postMessage(WORKER_READY);
