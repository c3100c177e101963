/**
 * Hostile and broken workbooks, built part by part (zip.ts): each generator gives
 * the bytes of one case of issue 13. The base is a small 예산 총괄 table whose
 * total is right (a clean file) or wrong by 660 (one error at C2), so a case can
 * show that the rest of the book is still checked.
 */
import { bomb, zip, type HostileEntry } from './zip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A cell: a number, or text (inline). */
export function cell(ref: string, value: number | string): string {
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;
}

/** A number cell storing any text as its value (`NaN`, `abc`…). */
export const rawNumber = (ref: string, stored: string) => `<c r="${ref}"><v>${xmlText(stored)}</v></c>`;

export const row = (n: number, cells: string) => `<row r="${n}">${cells}</row>`;

/** The 예산 총괄 table's rows (A1:D4); `total` is C2's stated figure (427,660 is right). */
export function budgetRows(total = 427660): string {
  return [
    row(1, cell('A1', '구분') + cell('B1', '2020예산액 (A)') + cell('C1', '2021예산액 (B)') + cell('D1', '증감 (B-A)')),
    row(2, cell('A2', '계') + cell('B2', 534200) + cell('C2', total) + cell('D2', -106540)),
    row(3, cell('A3', '사무관리비') + cell('B3', 531200) + cell('C3', 424960) + cell('D3', 424960 - 531200)),
    row(4, cell('A4', '시책추진업무추진비') + cell('B4', 3000) + cell('C4', 2700) + cell('D4', -300)),
  ].join('');
}

export interface Sheet {
  readonly name: string;
  /** The content of `<sheetData>`, or a ready deflate stream of the whole sheet part (a bomb). */
  readonly rows: string | { readonly deflated: Uint8Array; readonly size: number };
  readonly merges?: readonly string[];
  /** The inflated size the zip directory declares for the part, when it must lie. */
  readonly declaredSize?: number;
}

export function sheetXml(rows: string, merges: readonly string[] = []): string {
  const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${mergeXml}</worksheet>`;
}

export interface BookOptions {
  /** Shared strings: a list, or `missing` (the workbook refers to the part and it is not there). */
  readonly strings?: readonly string[] | 'missing';
  /** Entries added after the workbook's own (a duplicate part, a hidden bomb). */
  readonly extra?: readonly HostileEntry[];
}

export function book(sheets: readonly Sheet[], options: BookOptions = {}): Uint8Array {
  const { strings, extra = [] } = options;
  const sheetEntries: HostileEntry[] = sheets.map((s, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data: typeof s.rows === 'string' ? sheetXml(s.rows, s.merges) : s.rows,
    ...(s.declaredSize !== undefined ? { declaredSize: s.declaredSize } : {}),
  }));
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const stringsRel = strings !== undefined ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '';
  const entries: HostileEntry[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${strings !== undefined ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${stringsRel}</Relationships>`,
    },
    ...sheetEntries,
  ];
  if (Array.isArray(strings)) {
    const items = strings.map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join('');
    entries.push({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>` });
  }
  return zip([...entries, ...extra]);
}

/** The base book: the table alone, right or wrong at C2. */
export const budgetBook = (total = 427660) => book([{ name: 'Budget', rows: budgetRows(total) }]);

/** Deflate streams joined: each flushed to a byte boundary, the last block of each but the last dropped. */
function joined(...parts: { deflated: Uint8Array; size: number }[]): { deflated: Uint8Array; size: number } {
  const bodies = parts.map((p, i) => (i < parts.length - 1 ? p.deflated.subarray(0, p.deflated.length - 2) : p.deflated));
  const deflated = new Uint8Array(bodies.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bodies) {
    deflated.set(b, at);
    at += b.length;
  }
  return { deflated, size: parts.reduce((n, p) => n + p.size, 0) };
}

/** A whole sheet part (well formed) whose XML inflates to about `bytes`: rows and cells without addresses, eight cells a row. */
export function inflatingRows(bytes: number): { deflated: Uint8Array; size: number } {
  const chunk = `<row>${'<c><v>1</v></c>'.repeat(8)}</row>`.repeat(512);
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}"><sheetData>`;
  return joined(bomb(head, 1), bomb(chunk, Math.ceil(bytes / chunk.length)), bomb('</sheetData></worksheet>', 1));
}
