/** What can go wrong with a file, as data: the words are in problemText.ts, in both languages. */

export type ReadProblem =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'directory' }
  /** A FIFO, a device, a socket: refused at once, never read (a FIFO would wait forever, /dev/zero never end). */
  | { readonly kind: 'special-file' }
  | { readonly kind: 'permission' }
  | { readonly kind: 'io-error' }
  | { readonly kind: 'file-too-large'; readonly size: number; readonly limit: number }
  | { readonly kind: 'not-xlsx' }
  | { readonly kind: 'legacy-xls' }
  | { readonly kind: 'encrypted' }
  /** exceljs could not read it. */
  | { readonly kind: 'corrupt' }
  | { readonly kind: 'no-worksheets' }
  | { readonly kind: 'damaged-zip' }
  /** Two entries with one name: which one Excel would read is anyone's guess. */
  | { readonly kind: 'duplicate-part'; readonly part: string }
  | { readonly kind: 'missing-part'; readonly part: string }
  /** A part that stops before its end (a sheet without `</sheetData>`): read as far as it goes, it would look clean. */
  | { readonly kind: 'cut-part'; readonly part: string }
  | { readonly kind: 'bad-address'; readonly sheet: string; readonly ref: string }
  | { readonly kind: 'overlapping-merges'; readonly sheet: string; readonly ref: string }
  | { readonly kind: 'part-too-large'; readonly part: string; readonly limit: number }
  | { readonly kind: 'package-too-large'; readonly limit: number }
  | { readonly kind: 'too-many-parts'; readonly limit: number }
  | { readonly kind: 'too-many-cells'; readonly sheet: string; readonly limit: number }
  | { readonly kind: 'cells-too-spread'; readonly sheet: string }
  /** The process or worker checking the file stopped (out of memory, or a fault of ours). */
  | { readonly kind: 'crashed'; readonly memory: boolean };

const TOO_LARGE: ReadonlySet<ReadProblem['kind']> = new Set(['file-too-large', 'part-too-large', 'package-too-large', 'too-many-parts', 'too-many-cells', 'cells-too-spread'] as const);

/** A limit (limits.ts) reached: the file is too large to take in, whichever reader met it. */
export const isTooLarge = (problem: ReadProblem): boolean => TOO_LARGE.has(problem.kind);

export type WriteProblem =
  | { readonly kind: 'same-as-input' }
  | { readonly kind: 'permission' }
  | { readonly kind: 'no-space' }
  | { readonly kind: 'read-only' }
  | { readonly kind: 'not-a-folder' }
  /** The copy could be made neither by patching the package nor by exceljs (which could not read it). */
  | { readonly kind: 'cannot-rebuild' }
  | { readonly kind: 'io-error' };

/** A cell the reader could read only in part: it holds an error value instead, and the file is reported damaged. */
export interface DamagedCell {
  readonly sheet: string;
  readonly cell: string;
  /** What the file stores there (cut short when long). */
  readonly stored: string;
}

/** Why a write failed, from the system's error code. */
export function writeProblemOf(err: unknown): WriteProblem {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'permission' };
  if (code === 'ENOSPC' || code === 'EDQUOT') return { kind: 'no-space' };
  if (code === 'EROFS') return { kind: 'read-only' };
  if (code === 'ENOTDIR' || code === 'EEXIST') return { kind: 'not-a-folder' };
  return { kind: 'io-error' };
}
