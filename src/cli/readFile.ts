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
import { FastReadUnsupported, readXlsxFast, Unsupported } from '../file/xlsx/read';
import { openZip } from '../file/xlsx/zip';

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
}

export interface ReadOptions {
  readonly limits?: ReadLimits;
  readonly language?: Language;
}

/** Throws WorkbookReadError when the file cannot be read. */
export async function readForCheck(file: string, options: ReadOptions = {}): Promise<FileReading> {
  const { limits = DEFAULT_LIMITS, language = 'en' } = options;
  const bytes = await readBytes(file, file, limits.fileBytes);
  checkContainer(bytes, file);
  let scanned: FastReadUnsupported | null = null;
  let zip;
  try {
    zip = openZip(bytes, limits, file);
    return { reading: readXlsxFast(zip, { limits, label: file, language }), bytes, workbook: null };
  } catch (err) {
    // Something the fast reader does not read exactly: exceljs decides. Damage and limits are final.
    if (!(err instanceof Unsupported)) throw err;
    if (err instanceof FastReadUnsupported) scanned = err;
  }
  if (scanned?.notes.exceljsTooLarge) {
    throw new WorkbookReadError({ kind: 'cells-too-spread', sheet: scanned.notes.exceljsTooLarge }, file);
  }
  // Every part exceljs will inflate, inflated once here within the limits (and dropped).
  zip?.checkAll();
  const { loadWorkbook, readLoadedWorkbook } = exceljsSide();
  const workbook = await loadWorkbook(bytes, file);
  const reading = readLoadedWorkbook(workbook, { limits, label: file, language });
  const damaged = scanned?.notes.damaged ?? [];
  return { reading: damaged.length ? { ...reading, damaged } : reading, bytes, workbook };
}
