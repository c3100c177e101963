/**
 * The page's check worker (bookCheck.ts): measures one file against the page's
 * limits and answers. Bundled by webpack as its own chunk (createBookCheck.ts).
 */
import { answerCheck, type CheckAnswer, type CheckRequest } from './bookCheck';

/** The part of DedicatedWorkerGlobalScope used here (tsconfig's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void answerCheck(event.data).then((answer) => scope.postMessage(answer));
};
