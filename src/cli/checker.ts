/**
 * A checking process of the command line: checks the files it is sent, one at a
 * time, and sends each outcome back (plain data). Started by pool.ts; a file that
 * takes it down (out of memory, a fatal error in V8) costs that file only.
 */
import { verifyWorkbook } from '../engine/index';
import { checkFile, finishFile, type CheckOptions, type CopyPlan, type FileOutcome, type FileReport } from './check';
import type { Share } from '../file/xlsx/read';

export interface Task {
  readonly index: number;
  readonly file: string;
  readonly copy: CopyPlan | null;
  readonly options: CheckOptions;
  /** Only this share of the file's sheets (shares.ts); none: the whole file. */
  readonly share?: Share;
  /** The file was checked in shares, this is their joined outcome: only its copy and report are to be written. */
  readonly finish?: FileReport;
}

export interface Done {
  readonly index: number;
  readonly outcome: FileOutcome;
}

process.on('message', (task: Task) => {
  const outcome = task.finish ? finishFile(task.finish, task.copy, task.options) : checkFile(task.file, task.copy, task.options, verifyWorkbook, task.share);
  void outcome.then((done) => process.send?.({ index: task.index, outcome: done } satisfies Done));
});
// The run is over or the parent is gone: nothing more will come.
process.on('disconnect', () => process.exit(0));
