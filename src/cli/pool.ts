/**
 * Checks files in child processes, one per core up to the number of files, each
 * taking the next file as it finishes one. A process, not a worker thread: a file
 * that makes V8 give up (a heap exhausted, an allocation too large) ends the
 * process it runs in, and with worker threads that was the whole command, every
 * other file's result lost. Here it ends one child, reported as that file's error
 * (pool.ts tells memory from other faults), and a fresh child takes the rest.
 * Each child has a heap limit: its share of the machine's memory.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../engine/index';
import { readProblemText } from '../file/problemText';
import type { CheckOptions, CopyPlan, FileOutcome } from './outcome';
import type { Done, Task } from './checker';

export interface PoolJob {
  readonly file: string;
  readonly copy: CopyPlan | null;
}

const MiB = 1024 * 1024;

/** A child's heap, in MiB: its share of most of the memory, between 1 and 4 GiB. */
export function heapLimitMb(children: number): number {
  const share = Math.floor((totalmem() / MiB) * 0.6 / Math.max(1, children));
  return Math.max(1024, Math.min(4096, share));
}

/** The compiled checker; under ts-node (tests) the TypeScript source with ts-node's hook. */
function startChild(heapMb: number): ChildProcess {
  const heap = `--max-old-space-size=${heapMb}`;
  const compiled = join(__dirname, 'checker.js');
  const options = { serialization: 'advanced' as const, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] as ('ignore' | 'pipe' | 'ipc')[] };
  if (existsSync(compiled)) return fork(compiled, [], { ...options, execArgv: [heap] });
  return fork(join(__dirname, 'checker.ts'), [], { ...options, execArgv: ['--require', 'ts-node/register', heap] });
}

export function childCount(files: number): number {
  return Math.max(1, Math.min(files, availableParallelism()));
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
      const child = startChild(heapMb);
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
  });
}
