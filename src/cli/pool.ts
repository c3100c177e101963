/**
 * Checks files in child processes, as many as the run's plan says (plan.ts), each
 * taking the next task as it finishes one: a file, or one share of a large file's
 * sheets (shares.ts), whose outcomes are joined when the last arrives. A process,
 * not a worker thread: a file that makes V8 give up (a heap exhausted, an allocation
 * too large) ends the process it runs in, and with worker threads that was the whole
 * command, every other file's result lost. Here it ends one child, reported as that
 * file's error (pool.ts tells memory from other faults), and a fresh child takes the
 * rest. Each child has a heap limit: its share of the machine's memory.
 */
import type { Language } from '../engine/index';
import type { Share } from '../file/xlsx/read';
import { readProblemText } from '../file/problemText';
import type { CheckOptions, CopyPlan, FileOutcome } from './outcome';
import type { Done, Task } from './checker';
import { startChild, type EarlyChildren } from './children';
import type { RunPlan } from './plan';
import { joinShares, type JoinedShares, type ShareOutcome } from './shares';

export interface PoolJob {
  readonly file: string;
  readonly copy: CopyPlan | null;
}

export interface PoolEvents {
  readonly started?: (index: number) => void;
  readonly done: (index: number, outcome: FileOutcome) => void;
}

/** One piece of work for a child: a file (share null), a share of its sheets, or the copy and report of a file checked in shares. */
interface Piece {
  readonly job: number;
  readonly share: Share | null;
  readonly finish?: JoinedShares;
}

/** What V8 writes on its way down when memory ran out; anything else is another fault. */
const OUT_OF_MEMORY = /out of memory|allocation failed|invalid array length|invalid table size|invalid string length|heap limit/i;

export function checkInChildren(
  jobs: readonly PoolJob[],
  options: CheckOptions,
  events: PoolEvents,
  plan: RunPlan,
  early: EarlyChildren | null = null,
): Promise<void> {
  const language: Language = options.verify.language;
  const pieces: Piece[] = jobs.flatMap((_, job): Piece[] => {
    const of = plan.shares[job] ?? 1;
    return of > 1 ? Array.from({ length: of }, (_, index) => ({ job, share: { index, of } })) : [{ job, share: null }];
  });
  const queue = pieces.map((_, id) => id);
  const shareOutcomes: (ShareOutcome | undefined)[][] = jobs.map(() => []);
  const begun = new Set<number>();
  /** Children waiting for work that may still come (a file checked whole after its shares). */
  const idle: Worker[] = [];
  let live = 0;
  let finished = 0;
  return new Promise((resolve) => {
    if (jobs.length === 0) return resolve();
    const settle = (job: number, outcome: FileOutcome) => {
      events.done(job, outcome);
      if (++finished < jobs.length) return;
      for (const w of idle.splice(0)) w.stop();
      resolve();
    };
    const enqueue = (piece: Piece) => {
      pieces.push(piece);
      queue.push(pieces.length - 1);
      dispatch();
    };
    const arrive = (piece: Piece, done: Pick<Done, 'outcome' | 'fingerprint'>) => {
      // null: a file checked in shares changed before its copy was written; it is checked whole.
      if (!done.outcome) return enqueue({ job: piece.job, share: null });
      if (!piece.share) return settle(piece.job, done.outcome);
      const got = shareOutcomes[piece.job] as (ShareOutcome | undefined)[];
      got[piece.share.index] = { outcome: done.outcome, fingerprint: done.fingerprint ?? null };
      for (let i = 0; i < piece.share.of; i++) if (!got[i]) return;
      const shares = joinShares(got as ShareOutcome[]);
      // The shares cannot give the whole's outcome: the file is checked whole.
      if (!shares) return enqueue({ job: piece.job, share: null });
      if ((jobs[piece.job] as PoolJob).copy === null && !options.report) return settle(piece.job, shares.joined);
      enqueue({ job: piece.job, share: null, finish: shares });
    };
    const spawn = () => {
      live++;
      // A child started early (main.ts) with this heap, else a new one.
      const child = early ? early.take(plan) : startChild(plan);
      let busy = -1;
      // The last of what the child wrote to stderr: V8's last words, to tell memory from other faults.
      let said = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        said = (said + chunk.toString('utf8')).slice(-8192);
      });
      const worker: Worker = {
        take: (id) => {
          busy = id;
          const piece = pieces[id] as Piece;
          const job = jobs[piece.job] as PoolJob;
          if (!begun.has(piece.job)) {
            begun.add(piece.job);
            events.started?.(piece.job);
          }
          const task: Task = { index: id, file: job.file, copy: piece.share ? null : job.copy, options };
          child.send(piece.share ? { ...task, share: piece.share } : piece.finish ? { ...task, finish: piece.finish } : task);
        },
        stop: () => {
          if (child.connected) child.disconnect();
        },
      };
      const next = () => {
        if (finished === jobs.length) return worker.stop();
        const id = queue.shift();
        if (id === undefined) idle.push(worker);
        else worker.take(id);
      };
      let lost = false;
      const die = () => {
        if (lost) return;
        lost = true;
        live--;
        const at = idle.indexOf(worker);
        if (at >= 0) idle.splice(at, 1);
        if (busy >= 0) {
          const piece = pieces[busy] as Piece;
          const file = (jobs[piece.job] as PoolJob).file;
          busy = -1;
          arrive(piece, { outcome: { file, error: readProblemText({ kind: 'crashed', memory: OUT_OF_MEMORY.test(said) }, file, language) } });
        }
        // Work left and fewer children than planned: a fresh child takes it.
        dispatch();
      };
      child.on('message', (done: Done) => {
        busy = -1;
        arrive(pieces[done.index] as Piece, done);
        next();
      });
      child.on('error', die);
      // 'close', not 'exit': stderr has been read to its end by then. After a disconnect it ends with nothing to do.
      child.on('close', die);
      next();
    };
    /** Work queued: to a child waiting for it, else to a new one while fewer than planned run. */
    const dispatch = () => {
      while (queue.length > 0 && idle.length > 0) (idle.shift() as Worker).take(queue.shift() as number);
      while (queue.length > 0 && live < plan.children) spawn();
    };
    dispatch();
    // Those started early and not wanted (another heap, fewer files) end now, not when the run does.
    early?.release();
  });
}

/** A checking process as the pool drives it. */
interface Worker {
  readonly take: (piece: number) => void;
  readonly stop: () => void;
}
