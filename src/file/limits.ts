/**
 * How much of a file the readers take in before they stop and say it is too large.
 * Every limit is enforced while reading (a part is inflated no further than its
 * limit; a sheet's cells are counted as they are read), so a small file that
 * inflates to gigabytes, or a sheet of millions of cells, costs at most the limit.
 * The defaults leave room for the largest real budget books (a 500k-row statement
 * is 87 MB of XML and 1.4 million cells); the command line can change them.
 */
export interface ReadLimits {
  /** Bytes of the file itself, checked before it is read. */
  readonly fileBytes: number;
  /** Bytes of every part together, inflated. */
  readonly unpackedBytes: number;
  /** Bytes of one part, inflated. Past 512 MiB its text could not be one JavaScript string. */
  readonly partBytes: number;
  /** Entries in the package. */
  readonly parts: number;
  /** Cells one sheet may hold. */
  readonly sheetCells: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  fileBytes: 512 * MiB,
  unpackedBytes: 512 * MiB,
  partBytes: 256 * MiB,
  parts: 10_000,
  sheetCells: 4_000_000,
});

/** The most a part's text may be: V8's longest string is just under 512 Mi characters. */
export const PART_BYTES_CEILING = 512 * MiB - 64;

/**
 * The engine walks each row of a sheet as far as its last cell. A sheet whose cells
 * are few but spread far (one per row, at column XFD) would make that walk many
 * times the cells read: it may be at most this many times the cell limit (a walk
 * through far-apart cells costs about 0.1 µs a step, so 16 million steps a pass).
 */
export const SPREAD_FACTOR = 4;

/** The limits with some changed (from the command line), each kept within what can be read at all. */
export function withLimits(changes: Partial<ReadLimits>): ReadLimits {
  const merged = { ...DEFAULT_LIMITS, ...changes };
  return Object.freeze({ ...merged, partBytes: Math.min(merged.partBytes, merged.unpackedBytes, PART_BYTES_CEILING) });
}
