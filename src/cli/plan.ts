/**
 * How a run is checked, worked out once from the arguments alone (main.ts starts the
 * processes from it before the rest of the command line is loaded; pool.ts runs it):
 * how many checking processes, the heap of each, and in how many shares each file's
 * sheets are checked at once (shares.ts): a file of SHARE_FROM_BYTES or more, in as many
 * shares as it has CORES_PER_SHARE cores. Kept to node's own modules, as children.ts is.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { heapLimitMb, type ChildSpec } from './children';

/**
 * A file smaller than this is checked whole: another process (about 60 ms to start and
 * load the engine, with the package's common parts read again) pays only on a larger book.
 */
export const SHARE_FROM_BYTES = 1024 * 1024;

/**
 * From this size a file is a large book, whose checking children grow their heap within a
 * bound (children.ts): about 270k rows of the e-호조 statement.
 */
export const BOUNDED_GROWTH_FROM_BYTES = 8 * 1024 * 1024;

/** The most shares of one file: each reads the book's shared strings and styles again. */
const MAX_SHARES = 8;

/**
 * Cores a share needs to pay off. One checking process keeps about 1.6 cores busy (V8
 * collects and compiles on threads of its own: the 100k-row text book took 2.1 s and 3.5 s
 * of CPU), and a share repeats what the whole does once (loading, compiling, and the caches
 * of texts the book repeats from sheet to sheet): on 2 cores two shares of that book took
 * 2.5–2.7 s, each alone 1.4–1.5 s.
 */
const CORES_PER_SHARE = 2;

/** How each child is started (`boundedGrowth`: a file is a large book), how many, and each file's shares. */
export interface RunPlan extends ChildSpec {
  readonly children: number;
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
  const each = files.length > 0 ? Math.min(MAX_SHARES, Math.floor(cores / (CORES_PER_SHARE * files.length))) : 1;
  const sizes = files.map(sizeOf);
  const shares = sizes.map((size) => (each > 1 && size >= shareFrom ? each : 1));
  const tasks = shares.reduce((a, b) => a + b, 0);
  const children = Math.max(1, Math.min(tasks, cores));
  const boundedGrowth = sizes.some((size) => size >= BOUNDED_GROWTH_FROM_BYTES);
  return { children, heapMb: request.memoryMb ?? heapLimitMb(children), shares, boundedGrowth };
}

/** The file's size; -1 when it cannot be read (its checking process says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}
