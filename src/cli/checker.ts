/**
 * A checking process of the command line: checks the files it is sent, one at a
 * time, and sends each outcome back (plain data). Started by pool.ts; a file that
 * takes it down (out of memory, a fatal error in V8) costs that file only.
 */
import { verifyWorkbook } from '../engine/index';
import { checkFile, type CheckOptions, type CopyPlan, type FileOutcome } from './check';

export interface Task {
  readonly index: number;
  readonly file: string;
  readonly copy: CopyPlan | null;
  readonly options: CheckOptions;
}

export interface Done {
  readonly index: number;
  readonly outcome: FileOutcome;
}

process.on('message', (task: Task) => {
  void checkFile(task.file, task.copy, task.options, verifyWorkbook).then((outcome) => process.send?.({ index: task.index, outcome } satisfies Done));
});
// The run is over or the parent is gone: nothing more will come.
process.on('disconnect', () => process.exit(0));
