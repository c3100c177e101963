/**
 * Checks several files on every core: one worker thread per core, up to the
 * number of files, each taking the next file as it finishes one. Outcomes come
 * back as they finish; the caller puts them in order.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { VerifyOptions } from '../engine/index';
import type { FileOutcome } from './check';
import type { Done, Task } from './worker';

export interface PoolJob {
  readonly file: string;
  readonly output: string | null;
}

/** The compiled worker; under ts-node (tests) the TypeScript source with ts-node's hook. */
function startWorker(): Worker {
  const compiled = join(__dirname, 'worker.js');
  if (existsSync(compiled)) return new Worker(compiled);
  return new Worker(join(__dirname, 'worker.ts'), { execArgv: ['--require', 'ts-node/register'] });
}

export function workerCount(files: number): number {
  return Math.max(1, Math.min(files, availableParallelism()));
}

export interface PoolEvents {
  readonly started?: (index: number) => void;
  readonly done: (index: number, outcome: FileOutcome) => void;
}

export function checkInWorkers(
  jobs: readonly PoolJob[],
  options: VerifyOptions,
  events: PoolEvents,
  workers = workerCount(jobs.length),
): Promise<void> {
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    if (jobs.length === 0) return resolve();
    const settle = (index: number, outcome: FileOutcome) => {
      events.done(index, outcome);
      if (++finished === jobs.length) resolve();
    };
    const spawn = () => {
      const worker = startWorker();
      let busy = -1;
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate();
          return;
        }
        busy = next++;
        const job = jobs[busy] as PoolJob;
        events.started?.(busy);
        worker.postMessage({ index: busy, file: job.file, output: job.output, options } satisfies Task);
      };
      // A worker that dies (out of memory, a defect) costs its file only; a fresh one takes the rest.
      let lost = false;
      const die = (reason: string) => {
        if (lost) return;
        lost = true;
        if (busy >= 0) {
          const job = jobs[busy] as PoolJob;
          const index = busy;
          busy = -1;
          settle(index, { file: job.file, error: `${job.file}: internal error while checking (${reason}).` });
        }
        if (next < jobs.length) spawn();
      };
      worker.on('message', (done: Done) => {
        busy = -1;
        settle(done.index, done.outcome);
        feed();
      });
      worker.on('error', (err) => die(err.message));
      worker.on('exit', (code) => {
        if (busy >= 0) die(`the worker stopped with code ${code}`);
      });
      feed();
    };
    for (let i = 0; i < Math.min(workers, jobs.length); i++) spawn();
  });
}
