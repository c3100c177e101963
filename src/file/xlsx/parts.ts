/** The workbook-level parts: which sheets, where; the shared strings; each style's number format. */
import { attr, decodeXml, stringItem } from './xml';

export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

const decoder = new TextDecoder();
export const text = (bytes: Uint8Array) => decoder.decode(bytes);

/** The worksheets in tab order (chart sheets and other parts left out, as exceljs does). */
export function sheetParts(workbookXml: string, relsXml: string): SheetPart[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = m[1] ?? '';
    const id = attr(a, 'Id');
    const target = attr(a, 'Target');
    if (id && target && (attr(a, 'Type') ?? '').endsWith('/worksheet')) targets.set(id, target);
  }
  const out: SheetPart[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const a = m[1] ?? '';
    const name = attr(a, 'name');
    const id = attr(a, 'r:id');
    const target = id ? targets.get(id) : undefined;
    if (!name || !target) continue;
    out.push({ name, path: target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}` });
  }
  return out;
}

/**
 * Each `<si>…</si>` or `<si/>`, in order, as the regular expression
 * `<si>([\s\S]*?)<\/si>|<si\/>` found them, by indexOf: the expression made a match
 * object per string (a book has hundreds of thousands).
 */
export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  // Once an `<si>` has no `</si>` after it, no later one has: only `<si/>` can still match.
  let closes = true;
  for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at)) {
    const next = xml.charCodeAt(at + 3);
    if (next === 62 /* > */ && closes) {
      const end = xml.indexOf('</si>', at + 4);
      if (end >= 0) {
        out.push(stringItem(xml.slice(at + 4, end)));
        at = end + 5;
        continue;
      }
      closes = false;
    } else if (next === 47 /* / */ && xml.charCodeAt(at + 4) === 62) {
      out.push(stringItem(''));
      at += 5;
      continue;
    }
    at += 1;
  }
  return out;
}

/** The built-in formats exceljs knows by id (the rest have none). */
const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm',
  21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** For each cell style index (`s`), the number format its cells show, or null (General). */
export function styleFormats(xml: string | null): (string | null)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const a = m[1] ?? '';
    const id = Number(attr(a, 'numFmtId'));
    const code = attr(a, 'formatCode');
    // As exceljs gives it: each escaping backslash dropped (`#,##0;\-#,##0` → `#,##0;-#,##0`).
    if (code !== undefined) custom.set(id, code.replace(/\\(.)/g, '$1'));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const out: (string | null)[] = [];
  for (const m of xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)) {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    const format = id ? (custom.get(id) ?? BUILT_IN[id] ?? null) : null;
    out.push(format === null || /^general$/i.test(format) ? null : format);
  }
  return out;
}

/** exceljs turns a number under a date format into a Date; this reader leaves such books to it. */
export function isDateFormat(format: string): boolean {
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
    dateFormats.set(format, known);
  }
  return known;
}

const dateFormats = new Map<string, boolean>();

export { decodeXml };
