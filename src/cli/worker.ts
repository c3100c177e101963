/**
 * A worker thread of the command line: checks the files it is sent, one at a
 * time, and posts each outcome back (plain data). Started by pool.ts.
 */
import { parentPort } from 'node:worker_threads';
import { verifyWorkbook, type VerifyOptions } from '../engine/index';
import { checkFile, type FileOutcome } from './check';

export interface Task {
  readonly index: number;
  readonly file: string;
  readonly output: string | null;
  readonly options: VerifyOptions;
}

export interface Done {
  readonly index: number;
  readonly outcome: FileOutcome;
}

parentPort?.on('message', (task: Task) => {
  void checkFile(task.file, task.output, task.options, verifyWorkbook).then(
    (outcome) => parentPort?.postMessage({ index: task.index, outcome } satisfies Done),
    (err: unknown) => {
      // checkFile reports every expected failure itself; this is a defect, still one file's.
      const error = `${task.file}: internal error (${err instanceof Error ? err.message : String(err)}).`;
      parentPort?.postMessage({ index: task.index, outcome: { file: task.file, error } } satisfies Done);
    },
  );
});
