/**
 * The verification worker: receives a snapshot, runs the engine off the pane's
 * thread and posts the result back. Bundled by webpack as its own chunk
 * (see createBrowserWorker.ts); it stays alive between runs until terminated.
 */
import { answer, type VerifyReply, type VerifyRequest } from './protocol';

/** The part of DedicatedWorkerGlobalScope used here (tsconfig's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<VerifyRequest>) => void) | null;
  postMessage(message: VerifyReply): void;
}

const scope = self as unknown as WorkerScope;
const clock = () => performance.timeOrigin + performance.now();

scope.onmessage = (event) => scope.postMessage(answer(event.data, clock));
