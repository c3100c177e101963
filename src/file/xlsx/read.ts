/**
 * The fast reader: .xlsx bytes → the same WorkbookReading as exceljs gives, in a
 * fraction of its time and memory, for checking without writing an annotated
 * copy. It reads only what the snapshot holds and throws Unsupported for whatever
 * it cannot read exactly as exceljs would (dates, hyperlinks, shared formulas,
 * zip64…); the caller then reads the file with exceljs.
 */
import { STATE_SHEET, type SheetSnapshot } from '../../engine/index';
import type { WorkbookReading } from '../workbookReading';
import { stateFromRows, type StateRow } from '../stateRows';
import { sharedStrings, sheetParts, styleFormats, text } from './parts';
import { readSheetXml } from './sheet';
import { Unsupported, zipEntries } from './zip';

export { Unsupported } from './zip';

export function readXlsxFast(bytes: Uint8Array): WorkbookReading {
  const entries = zipEntries(bytes);
  const part = (path: string): string | null => {
    const get = entries.get(path);
    return get ? text(get()) : null;
  };
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new Unsupported('a package without xl/workbook.xml');
  if (/Target="[^"]*sharedStrings[^"]*"/.test(rels) && !/Target="\/?(xl\/)?sharedStrings\.xml"/.test(rels)) {
    throw new Unsupported('shared strings in an unusual place');
  }
  const ctx = { strings: sharedStrings(part('xl/sharedStrings.xml')), formats: styleFormats(part('xl/styles.xml')) };
  const sheets: SheetSnapshot[] = [];
  let state: SheetSnapshot | null = null;
  const parts = sheetParts(workbook, rels);
  if (parts.length === 0) throw new Unsupported('no worksheets');
  for (const p of parts) {
    const xml = part(p.path);
    if (xml === null) throw new Unsupported(`a missing sheet part ${p.path}`);
    const sheet = readSheetXml(p.name, xml, ctx);
    if (p.name === STATE_SHEET) state = sheet;
    else sheets.push(sheet);
  }
  const { acceptances, warnings } = stateFromRows(state ? stateRows(state) : []);
  return { snapshot: { sheets }, acceptances, warnings };
}

/** The state sheet's rows as exceljs's eachRow gives them: rows with something in them. */
function stateRows(sheet: SheetSnapshot): StateRow[] {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const out: StateRow[] = [];
  sheet.values.forEach((values, r) => {
    const texts = sheet.texts[r] ?? [];
    const formulas = sheet.formulas?.[r] ?? [];
    const filled = values.some((v, c) => v !== null || (texts[c] ?? '') !== '' || (formulas[c] ?? null) !== null);
    if (!filled) return;
    const at = (col: number) => col - origin.col;
    out.push({ rowNumber: origin.row + r + 1, key: values[at(0)] ?? null, payload: texts[at(1)] ?? '' });
  });
  return out;
}
