/**
 * The fast reader's core: a package's parts → the same WorkbookReading as exceljs gives, in a
 * fraction of its time and memory. It reads only what the snapshot holds, within
 * the limits (limits.ts), and throws Unsupported for whatever it cannot read
 * exactly as exceljs would (zip64, cells of type `d`, odd inline text…) — after
 * scanning every sheet, so that a book exceljs then reads has been measured first.
 * A damaged package (duplicate or missing parts, impossible addresses) is a
 * WorkbookReadError: no reader should guess at it.
 */
import { STATE_SHEET, type Language, type SheetSnapshot } from '../../engine/index';
import { WorkbookReadError } from '../errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../limits';
import type { WorkbookReading } from '../workbookReading';
import { stateFromRows, type StateRow } from '../stateRows';
import { sharedStrings, sheetParts, styleFormats, text } from './parts';
import { relsPathOf } from './hyperlinks';
import { layOut, newScanNotes, scanSheetXml, type ScanNotes } from './sheet';
import { Unsupported } from './unsupported';

export { Unsupported } from './unsupported';

/** A package whose parts can be read: from node:zlib (zip.ts) or inflated beforehand (the page's check). */
export interface PackageParts {
  readonly entries: readonly { readonly name: string; readonly data: () => Uint8Array }[];
}

export interface FastReadOptions {
  readonly limits?: ReadLimits;
  /** How the file is named in messages. */
  readonly label?: string;
  /** The language of the reading's warnings. */
  readonly language?: Language;
  /** Where the scan's notes go, for a caller that reads the book another way (the page's check). */
  readonly notes?: ScanNotes;
}

/** Unsupported, with what the scan found that matters to whoever reads the book next (exceljs). */
export class FastReadUnsupported extends Unsupported {
  constructor(
    readonly notes: ScanNotes,
  ) {
    super(notes.unsupported ?? 'unknown');
  }
}

const SHARED_STRINGS = /Target="\/?(xl\/)?sharedStrings\.xml"/;

/** The fast reader over a package's parts, without `node:` (the page's worker runs it too). */
export function readPackage(zip: PackageParts, options: FastReadOptions = {}): WorkbookReading {
  const { limits = DEFAULT_LIMITS, label = 'workbook', language = 'en' } = options;
  const entries = new Map(zip.entries.map((e) => [e.name, e]));
  const part = (path: string): string | null => {
    const entry = entries.get(path);
    return entry ? text(entry.data()) : null;
  };
  const requiredBytes = (path: string): Uint8Array => {
    const entry = entries.get(path);
    if (!entry) throw new WorkbookReadError({ kind: 'missing-part', part: path }, label);
    return entry.data();
  };
  const required = (path: string): string => text(requiredBytes(path));
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new Unsupported('a package without xl/workbook.xml');
  const notes = options.notes ?? newScanNotes();
  if (/Target="[^"]*sharedStrings[^"]*"/.test(rels) && !SHARED_STRINGS.test(rels)) notes.unsupported ??= 'shared strings in an unusual place';
  // A part the workbook refers to and the package lacks: read as nothing, every text cell would pass unchecked.
  const stringsXml = SHARED_STRINGS.test(rels) ? required('xl/sharedStrings.xml') : part('xl/sharedStrings.xml');
  const stylesXml = /Target="\/?(xl\/)?styles\.xml"/.test(rels) ? required('xl/styles.xml') : part('xl/styles.xml');
  const date1904 = /<workbookPr\b[^>]*\bdate1904="1"/.test(workbook);
  const ctx = { strings: sharedStrings(stringsXml), formats: styleFormats(stylesXml), date1904, stringsPart: 'xl/sharedStrings.xml' };
  const sheets: SheetSnapshot[] = [];
  let state: SheetSnapshot | null = null;
  const parts = sheetParts(workbook, rels);
  if (parts.length === 0) throw new Unsupported('no worksheets');
  for (const p of parts) {
    // Scanned, then laid out once its XML is no longer held: the two are not in memory together.
    const sheet = layOut(scanSheetXml(p.name, requiredBytes(p.path), { part: p.path, ctx, notes, limits, label, rels: () => part(relsPathOf(p.path)) }));
    if (p.name === STATE_SHEET) state = sheet;
    else sheets.push(sheet);
  }
  if (notes.unsupported !== null) throw new FastReadUnsupported(notes);
  const { acceptances, warnings } = stateFromRows(state ? stateRows(state) : [], language);
  return { snapshot: { sheets }, acceptances, warnings, ...(notes.damaged.length ? { damaged: notes.damaged } : {}) };
}

/** The state sheet's rows as exceljs's eachRow gives them: rows with something in them. */
function stateRows(sheet: SheetSnapshot): StateRow[] {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const out: StateRow[] = [];
  sheet.values.forEach((values, r) => {
    const texts = sheet.texts[r] ?? [];
    const formulas = sheet.formulas?.[r] ?? [];
    const filled = values.some((v, c) => (v ?? null) !== null || (texts[c] ?? '') !== '' || (formulas[c] ?? null) !== null);
    if (!filled) return;
    const at = (col: number) => col - origin.col;
    out.push({ rowNumber: origin.row + r + 1, key: values[at(0)] ?? null, payload: texts[at(1)] ?? '' });
  });
  return out;
}
