/**
 * How the command line reads a file: with the fast reader, and exceljs is never
 * loaded (loading it alone takes about a second). exceljs reads the file only when
 * the fast reader cannot read it exactly, and only after the fast reader has
 * measured every part and sheet against the limits (exceljs has none). The
 * annotated copy is made from the same bytes by patching the package
 * (file/copy.ts); exceljs writes it only when the patcher cannot, from the
 * workbook it loaded if it loaded one.
 */
import type { Workbook } from 'exceljs';
import type { Language } from '../engine/index';
import { readBytes } from '../file/bytes';
import { checkContainer } from '../file/container';
import { WorkbookReadError } from '../file/errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../file/limits';
import type { WorkbookReading } from '../file/workbookReading';
import { readXlsxFast, ShareRefused, Unsupported, type Share } from '../file/xlsx/read';
import { newScanNotes, type ScanNotes } from '../file/xlsx/sheet';
import { openZip, type ZipPackage } from '../file/xlsx/zip';

type ExceljsSide = typeof import('../file/index');

/** The exceljs side of the file adapter, loaded on first use. */
export function exceljsSide(): ExceljsSide {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose (see above); import() would be ESM resolution in the compiled CLI
  return require('../file/index') as ExceljsSide;
}

export interface FileReading {
  readonly reading: WorkbookReading;
  /** The file's bytes, for the annotated copy. */
  readonly bytes: Uint8Array;
  /** The exceljs workbook, when one was loaded (always when a copy is to be written). */
  readonly workbook: Workbook | null;
  /**
   * Before exceljs loads these bytes (to write the copy the patcher cannot): throws the
   * WorkbookReadError of a limit exceljs would pass, having none of its own.
   */
  readonly measureForExceljs: () => void;
}

export interface ReadOptions {
  readonly limits?: ReadLimits;
  readonly language?: Language;
  /** Only this part of the sheets (cli/shares.ts); ShareRefused when the book must be read whole. */
  readonly share?: Share;
  /** The file's bytes, read already: the copy of shares is written from the bytes they read (check.ts). */
  readonly bytes?: Uint8Array;
}

/**
 * Throws WorkbookReadError when the file cannot be read. The snapshot keeps no formula texts:
 * the command line checks and never fixes (sheetCells.ts, KeepFormulas).
 */
export async function readForCheck(file: string, options: ReadOptions = {}): Promise<FileReading> {
  const { limits = DEFAULT_LIMITS, language = 'en', share } = options;
  const bytes = await readBytes(options.bytes ?? file, file, limits.fileBytes);
  checkContainer(bytes, file);
  const notes = newScanNotes();
  let zip: ZipPackage | undefined;
  const measureForExceljs = () => measuredForExceljs(zip, notes, file);
  try {
    zip = openZip(bytes, limits, file);
    return { reading: readXlsxFast(zip, { limits, label: file, language, notes, formulas: false, ...(share ? { share } : {}) }), bytes, workbook: null, measureForExceljs };
  } catch (err) {
    // Something the fast reader does not read exactly: exceljs decides. Damage and limits are final.
    if (!(err instanceof Unsupported)) throw err;
    // exceljs reads a whole book: not for a part of one.
    if (share) throw new ShareRefused(err.message);
  }
  measureForExceljs();
  const { loadWorkbook, readLoadedWorkbook } = exceljsSide();
  const workbook = await loadWorkbook(bytes, file);
  const reading = readLoadedWorkbook(workbook, { limits, label: file, language, formulas: false });
  const damaged = notes.damaged;
  return { reading: damaged.length ? { ...reading, damaged } : reading, bytes, workbook, measureForExceljs };
}

/**
 * What exceljs, which has no limits, would take in: a merge it builds cell by cell is
 * refused, and every part it will inflate is inflated once here within the limits (and
 * dropped). The scan's notes are whatever the fast reader saw (nothing when it could not
 * open the package, a zip64 one: exceljs's JSZip reads those and the file size bounds them).
 */
function measuredForExceljs(zip: ZipPackage | undefined, notes: ScanNotes, file: string): void {
  if (notes.exceljsTooLarge) throw new WorkbookReadError({ kind: 'cells-too-spread', sheet: notes.exceljsTooLarge }, file);
  zip?.checkAll();
}
