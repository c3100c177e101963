/**
 * A checking process of the command line: checks the files it is sent, one at a
 * time, and sends each outcome back (plain data). Started by pool.ts; a file that
 * takes it down (out of memory, a fatal error in V8) costs that file only.
 */
import { applyCheckerV8Flags } from './compilerSettings';
import { verifyWorkbook } from '../engine/index';
import type { Share } from '../file/xlsx/read';
import { checkFile, checkShare, finishShares, type CheckOptions, type CopyPlan, type FileOutcome } from './check';
import type { JoinedShares } from './shares';

export interface Task {
  readonly index: number;
  readonly file: string;
  readonly copy: CopyPlan | null;
  readonly options: CheckOptions;
  /** Only this share of the file's sheets (shares.ts); none: the whole file. */
  readonly share?: Share;
  /** The file was checked in shares, of bytes with this fingerprint: only its copy and report are to be written. */
  readonly finish?: JoinedShares;
}

export interface Done {
  readonly index: number;
  /** null: the file is to be checked whole (it changed since its shares read it). */
  readonly outcome: FileOutcome | null;
  /** A share's: the CRC-32 of the bytes it read, null when none were read. */
  readonly fingerprint?: number | null;
}

applyCheckerV8Flags();

async function run(task: Task): Promise<Done> {
  const { index, file, copy, options } = task;
  if (task.finish) return { index, outcome: await finishShares(task.finish.joined, task.finish.fingerprint, copy, options) };
  if (task.share) return { index, ...(await checkShare(file, task.share, options, verifyWorkbook)) };
  return { index, outcome: await checkFile(file, copy, options, verifyWorkbook) };
}

process.on('message', (task: Task) => {
  void run(task).then((done) => process.send?.(done));
});
// The run is over or the parent is gone: nothing more will come.
process.on('disconnect', () => process.exit(0));
