/**
 * How a run is checked, worked out once from the arguments alone (main.ts starts the
 * processes from it before the rest of the command line is loaded; pool.ts runs it):
 * how many checking processes, the heap of each, and in how many shares each file's
 * sheets are checked at once (shares.ts). Kept to node's own modules, as children.ts is.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { heapLimitMb } from './children';

/**
 * A file smaller than this is checked whole: another process (about 60 ms to start and
 * load the engine, with the package's common parts read again) pays only on a larger book.
 */
export const SHARE_FROM_BYTES = 1024 * 1024;

/** The most shares of one file: each reads the book's shared strings and styles again. */
const MAX_SHARES = 8;

export interface RunPlan {
  readonly children: number;
  /** Each child's heap, in MiB. */
  readonly heapMb: number;
  /** For each file, in how many shares of its sheets it is checked (1: whole). */
  readonly shares: readonly number[];
}

export interface PlanRequest {
  readonly files: readonly string[];
  readonly memoryMb: number | null;
}

export interface PlanSettings {
  /** Files from this many bytes are shared out (tests use 0). */
  readonly shareFrom?: number;
  readonly cores?: number;
}

export function planRun(request: PlanRequest, settings: PlanSettings = {}): RunPlan {
  const { shareFrom = SHARE_FROM_BYTES, cores = availableParallelism() } = settings;
  const { files } = request;
  const each = files.length > 0 && files.length < cores ? Math.min(MAX_SHARES, Math.floor(cores / files.length)) : 1;
  const shares = files.map((file) => (each > 1 && sizeOf(file) >= shareFrom ? each : 1));
  const tasks = shares.reduce((a, b) => a + b, 0);
  const children = Math.max(1, Math.min(tasks, cores));
  return { children, heapMb: request.memoryMb ?? heapLimitMb(children), shares };
}

/** The file's size; -1 when it cannot be read (its checking process says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}
