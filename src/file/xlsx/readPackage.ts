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
import type { KeepFormulas } from '../sheetCells';
import type { WorkbookReading } from '../workbookReading';
import { stateFromRows, type StateRow } from '../stateRows';
import { sharedStrings, sheetParts, styleFormats, text } from './parts';
import { relsPathOf } from './hyperlinks';
import { layOut, newScanNotes, scanSheetXml, type ScanNotes } from './sheet';
import { Unsupported } from './unsupported';

export { Unsupported } from './unsupported';

/** A package whose parts can be read: from node:zlib (zip.ts) or inflated beforehand (the page's check). */
export interface PackageParts {
  /** `size`: the inflated size the package declares, where it says (a zip's directory). */
  readonly entries: readonly { readonly name: string; readonly size?: number; readonly data: () => Uint8Array }[];
}

/** One of `of` parts of a book's sheets, read by one checking process (cli/shares.ts). */
export interface Share {
  readonly index: number;
  readonly of: number;
}

export interface FastReadOptions extends KeepFormulas {
  readonly limits?: ReadLimits;
  /** How the file is named in messages. */
  readonly label?: string;
  /** The language of the reading's warnings. */
  readonly language?: Language;
  /** Where the scan's notes go, for a caller that reads the book another way (the page's check). */
  readonly notes?: ScanNotes;
  /** Only this part of the sheets (and the state sheet); without it, every sheet. */
  readonly share?: Share;
}

/**
 * A book whose sheets cannot be read in parts with the same outcome as whole: its sizes
 * are not all declared, or not truthfully, or the whole may pass the package's limit
 * (each part would count only its own parts), or it needs exceljs. The caller reads it whole.
 */
export class ShareRefused extends Error {
  constructor(why: string) {
    super(`not read in parts: ${why}`);
  }
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
  const { share } = options;
  const entries = new Map(zip.entries.map((e) => [e.name, e]));
  if (share) declaredWithin(zip, limits);
  const data = (entry: PackageParts['entries'][number]): Uint8Array => {
    const bytes = entry.data();
    // A part larger than declared: what the whole would inflate is not known from the directory.
    if (share && bytes.length > (entry.size ?? -1)) throw new ShareRefused(`${entry.name} is larger than declared`);
    return bytes;
  };
  const part = (path: string): string | null => {
    const entry = entries.get(path);
    return entry ? text(data(entry)) : null;
  };
  const requiredBytes = (path: string): Uint8Array => {
    const entry = entries.get(path);
    if (!entry) throw new WorkbookReadError({ kind: 'missing-part', part: path }, label);
    return data(entry);
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
  const all = sheetParts(workbook, rels);
  if (all.length === 0) throw new Unsupported('no worksheets');
  const parts = share ? shareOf(all, share, (path) => entries.get(path)?.size ?? 0) : all;
  for (const p of parts) {
    // Scanned, then laid out once its XML is no longer held: the two are not in memory together.
    // The state sheet's too: a row it holds only for a formula has neither key nor payload (stateRows.ts), with or without it.
    const sheet = layOut(scanSheetXml(p.name, requiredBytes(p.path), { part: p.path, ctx, notes, limits, label, formulas: options.formulas, rels: () => part(relsPathOf(p.path)) }));
    if (p.name === STATE_SHEET) state = sheet;
    else sheets.push(sheet);
  }
  if (notes.unsupported !== null) throw share ? new ShareRefused(notes.unsupported) : new FastReadUnsupported(notes);
  const { acceptances, warnings } = stateFromRows(state ? stateRows(state) : [], language);
  return { snapshot: { sheets }, acceptances, warnings, ...(notes.damaged.length ? { damaged: notes.damaged } : {}) };
}

/**
 * Whatever the whole would inflate is within the package's limit, by the sizes declared
 * (each part is held to its size as it is read): every part of the sheets then fails
 * or passes the limits as the whole would.
 */
function declaredWithin(zip: PackageParts, limits: ReadLimits): void {
  let total = 0;
  for (const e of zip.entries) {
    if (e.size === undefined) throw new ShareRefused(`no size declared for ${e.name}`);
    total += e.size;
  }
  if (total > limits.unpackedBytes) throw new ShareRefused('the package may pass its limit');
}

/**
 * The sheets of one share: `of` runs of neighbouring sheets, of about equal inflated size
 * (a sheet goes where its middle falls). The state sheet is in every share: each applies
 * the reviewers' acceptances to its own findings.
 */
export function shareOf<T extends { readonly name: string; readonly path: string }>(sheets: readonly T[], share: Share, sizeOf: (path: string) => number): T[] {
  const checked = sheets.filter((s) => s.name !== STATE_SHEET);
  // Every sheet weighs at least 1: a book of empty sheets is still shared out.
  const weights = checked.map((s) => sizeOf(s.path) + 1);
  const total = weights.reduce((a, b) => a + b, 0);
  let before = 0;
  const mine = new Set<T>();
  checked.forEach((sheet, i) => {
    const weight = weights[i] as number;
    const at = Math.min(share.of - 1, Math.floor((share.of * (before + weight / 2)) / total));
    if (at === share.index) mine.add(sheet);
    before += weight;
  });
  return sheets.filter((s) => s.name === STATE_SHEET || mine.has(s));
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
