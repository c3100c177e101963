/**
 * Checks files in child processes, one per core up to the number of files, each
 * taking the next file as it finishes one. A process, not a worker thread: a file
 * that makes V8 give up (a heap exhausted, an allocation too large) ends the
 * process it runs in, and with worker threads that was the whole command, every
 * other file's result lost. Here it ends one child, reported as that file's error
 * (pool.ts tells memory from other faults), and a fresh child takes the rest.
 * Each child has a heap limit: its share of the machine's memory.
 */
import type { Language } from '../engine/index';
import { readProblemText } from '../file/problemText';
import type { CheckOptions, CopyPlan, FileOutcome } from './outcome';
import type { Done, Task } from './checker';
import { childCount, heapLimitMb, startChild, type EarlyChildren } from './children';

export interface PoolJob {
  readonly file: string;
  readonly copy: CopyPlan | null;
}

export interface PoolEvents {
  readonly started?: (index: number) => void;
  readonly done: (index: number, outcome: FileOutcome) => void;
}

/** What V8 writes on its way down when memory ran out; anything else is another fault. */
const OUT_OF_MEMORY = /out of memory|allocation failed|invalid array length|invalid table size|invalid string length|heap limit/i;

export function checkInChildren(
  jobs: readonly PoolJob[],
  options: CheckOptions,
  events: PoolEvents,
  memoryMb: number | null = null,
  children = childCount(jobs.length),
  early: EarlyChildren | null = null,
): Promise<void> {
  const language: Language = options.verify.language;
  const heapMb = memoryMb ?? heapLimitMb(Math.min(children, jobs.length));
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    if (jobs.length === 0) return resolve();
    const settle = (index: number, outcome: FileOutcome) => {
      events.done(index, outcome);
      if (++finished === jobs.length) resolve();
    };
    const spawn = () => {
      // A child started early (main.ts) with this heap, else a new one.
      const child = early ? early.take(heapMb) : startChild(heapMb);
      let busy = -1;
      // The last of what the child wrote to stderr: V8's last words, to tell memory from other faults.
      let said = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        said = (said + chunk.toString('utf8')).slice(-8192);
      });
      const feed = () => {
        if (next >= jobs.length) {
          child.disconnect();
          return;
        }
        busy = next++;
        const job = jobs[busy] as PoolJob;
        events.started?.(busy);
        child.send({ index: busy, file: job.file, copy: job.copy, options } satisfies Task);
      };
      let lost = false;
      const die = () => {
        if (lost) return;
        lost = true;
        if (busy >= 0) {
          const job = jobs[busy] as PoolJob;
          const index = busy;
          busy = -1;
          const memory = OUT_OF_MEMORY.test(said);
          settle(index, { file: job.file, error: readProblemText({ kind: 'crashed', memory }, job.file, language) });
        }
        if (next < jobs.length) spawn();
      };
      child.on('message', (done: Done) => {
        busy = -1;
        settle(done.index, done.outcome);
        feed();
      });
      child.on('error', die);
      // 'close', not 'exit': stderr has been read to its end by then.
      child.on('close', () => {
        if (busy >= 0) die();
      });
      feed();
    };
    for (let i = 0; i < Math.min(children, jobs.length); i++) spawn();
    // Those started early and not wanted (another heap, fewer files) end now, not when the run does.
    early?.release();
  });
}
