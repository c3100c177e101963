/**
 * Work that does not fit one request, in as few syncs as Excel's payload limit
 * allows. Items are packed in order into chunks of at most `budget` estimated
 * bytes, one `context.sync()` per chunk. A chunk Excel still finds too large
 * (the estimate was low) is halved and retried: Excel rejects an oversized
 * request before running any of it, and the chunks here that load values write
 * nothing, so a retry never applies anything twice. A single item too large
 * for Excel is an error.
 *
 * syncs = ceil(Σ estimated bytes / budget) when the estimates hold, plus one per
 * halving when they do not.
 */
import { abortError, isPayloadTooLarge } from './errors';
import { WRITE_BUDGET_BYTES } from './limits';

export interface ChunkProgress {
  readonly done: number;
  readonly total: number;
}

export interface ChunkOptions {
  readonly budget?: number;
  /** Checked before every chunk: a cancel lands between two syncs, never inside one. */
  readonly signal?: AbortSignal;
  readonly onChunk?: (p: ChunkProgress) => void;
}

/**
 * What to do when a chunk fails for another reason than its size: the items
 * still to send (a chunk of them is sent next), or null to give up (the error
 * is thrown).
 */
export type Recover<T> = (chunk: readonly T[], error: unknown) => Promise<readonly T[] | null>;

/** Splits `items` in order into chunks of at most `budget` bytes (an item larger than that alone). */
export function packChunks<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget = WRITE_BUDGET_BYTES,
): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (chunk.length > 0 && bytes + size > budget) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(item);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Runs `syncChunk` (which queues a chunk's commands and syncs once) over the
 * packed chunks. Returns how many syncs succeeded.
 */
export async function inChunks<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  syncChunk: (chunk: readonly T[]) => Promise<void>,
  options: ChunkOptions = {},
  recover?: Recover<T>,
): Promise<number> {
  const pending = packChunks(items, bytesOf, options.budget);
  let done = 0;
  while (pending.length > 0) {
    if (options.signal?.aborted) throw abortError();
    const chunk = pending.shift() as T[];
    try {
      await syncChunk(chunk);
      done += 1;
    } catch (e) {
      if (isPayloadTooLarge(e) && chunk.length > 1) {
        const half = Math.ceil(chunk.length / 2);
        pending.unshift(chunk.slice(0, half), chunk.slice(half));
      } else {
        const rest = recover ? await recover(chunk, e) : null;
        if (rest === null) throw e;
        if (rest.length > 0) pending.unshift([...rest]);
      }
    }
    options.onChunk?.({ done, total: done + pending.length });
  }
  return done;
}
