/**
 * The entries of a .xlsx package, inflated on demand with node:zlib and never
 * past the limits (limits.ts): a part stops inflating at its own limit or at what
 * is left of the package's, whatever its directory entry declared. Only what
 * workbooks use: stored and deflated entries, no zip64, no encryption; anything
 * else is Unsupported and the caller reads the file with exceljs instead.
 */
import { inflateRawSync } from 'node:zlib';
import { WorkbookReadError } from '../errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../limits';
import { readDirectory, type DirectoryEntry } from './directory';

export { Unsupported } from './unsupported';

/** zlib's smallest output piece, and the most deflate can expand its input (1032:1, rounded up). */
const MIN_CHUNK = 64;
const MAX_DEFLATE_RATIO = 1033;

export interface ZipEntry extends DirectoryEntry {
  /** The uncompressed bytes. Throws WorkbookReadError past a limit. */
  readonly data: () => Uint8Array;
}

/** What is left of the package's inflated size; each entry is counted once, however often it is read. */
class InflateBudget {
  private left: number;
  private readonly counted = new Set<string>();

  constructor(
    private readonly limits: ReadLimits,
    private readonly label: string,
  ) {
    this.left = limits.unpackedBytes;
  }

  inflate(entry: DirectoryEntry): Uint8Array {
    const first = !this.counted.has(entry.name);
    const room = first ? Math.min(this.limits.partBytes, this.left) : this.limits.partBytes;
    let data: Uint8Array | null = null;
    if (entry.method === 0) {
      data = entry.raw();
    } else {
      try {
        // One byte of room past the limit tells "exactly at the limit" from "over it". The output in
        // one piece of the declared size (not pieces of 16 KB joined by a copy of the whole part); a
        // size declared short only means pieces again, one declared long is held to what deflate and
        // the room allow.
        const piece = Math.min(entry.size, entry.compressedSize * MAX_DEFLATE_RATIO, room) + 1;
        data = inflateRawSync(entry.raw(), { maxOutputLength: room + 1, chunkSize: Math.max(MIN_CHUNK, piece) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw new WorkbookReadError({ kind: 'damaged-zip' }, this.label);
      }
    }
    if (data === null || data.length > room) {
      const partBound = !first || this.limits.partBytes <= this.left;
      throw new WorkbookReadError(
        partBound
          ? { kind: 'part-too-large', part: entry.name, limit: this.limits.partBytes }
          : { kind: 'package-too-large', limit: this.limits.unpackedBytes },
        this.label,
      );
    }
    if (first) {
      this.counted.add(entry.name);
      this.left -= data.length;
    }
    return data;
  }

  /** Inflates every entry not read yet, keeping nothing: what exceljs will inflate is within the limits. */
  checkAll(entries: readonly DirectoryEntry[]): void {
    for (const entry of entries) if (!this.counted.has(entry.name)) this.inflate(entry);
  }
}

export interface ZipPackage {
  readonly entries: readonly ZipEntry[];
  /** Every part inflated once, within the limits (before a reader that inflates everything, unbounded, sees the bytes). */
  readonly checkAll: () => void;
}

export function openZip(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, label = 'workbook'): ZipPackage {
  const budget = new InflateBudget(limits, label);
  const directory = readDirectory(bytes, limits, label);
  const entries = directory.map((e) => ({ ...e, data: () => budget.inflate(e) }));
  return { entries, checkAll: () => budget.checkAll(directory) };
}

/** The entries in the order of the central directory. */
export function zipDirectory(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, label = 'workbook'): ZipEntry[] {
  return [...openZip(bytes, limits, label).entries];
}

export function zipEntries(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, label = 'workbook'): Map<string, () => Uint8Array> {
  return new Map(zipDirectory(bytes, limits, label).map((e) => [e.name, e.data]));
}
