/**
 * Notes in the patched copy: the sheet's comments part (our note added, or appended
 * below the user's own note with the separator, as mergedNote does for exceljs) and
 * the legacy VML drawing Excel needs to show a note, one hidden shape per new note.
 */
import { NOTE_SEPARATOR } from '../notes';
import { Unsupported } from '../xlsx/zip';
import { MAIN_NS } from './sheetXml';
import { normalRef } from './threads';
import { tElement, xmlAttr } from './xmlText';

export interface Note {
  readonly row: number;
  readonly col: number;
  /** `D14` */
  readonly ref: string;
  readonly text: string;
}

const AUTHOR = 'budget-verify';

const plain = (xml: string) => xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').replace(/<[^>]*>/g, '');

/** Our run appended to an existing comment's `<text>` content (the user's runs and formatting kept). */
function mergedText(content: string, ours: string): string {
  if (plain(content) === '') return `<r>${tElement(ours)}</r>`;
  const addition = `<r>${tElement(`\n${NOTE_SEPARATOR}\n${ours}`)}</r>`;
  const lastRun = content.lastIndexOf('</r>');
  if (lastRun >= 0) return content.slice(0, lastRun + 4) + addition + content.slice(lastRun + 4);
  // A plain `<t>`: it becomes the first run, ours the second (a text holds either a `<t>` or runs).
  return content.replace(/<t\b[^>]*\/>|<t\b[^>]*>[\s\S]*?<\/t>/, (t) => `<r>${t}</r>${addition}`);
}

/**
 * The comments part with the notes in it: each note merged into the cell's existing
 * comment, or added as a new one — except on a cell in `threaded` without a legacy
 * comment (see threads.ts). Returns the XML (null when nothing changes) and the
 * notes that got a new comment (they need a VML shape; merged ones have theirs).
 */
export function commentsWithNotes(existing: string | null, notes: readonly Note[], threaded: ReadonlySet<string> = new Set()): { xml: string | null; added: Note[] } {
  const commented = new Set([...(existing ?? '').matchAll(/<comment\b([^>]*)>/g)].map((m) => normalRef(/\sref="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '')));
  const added = notes.filter((n) => !commented.has(n.ref) && !threaded.has(n.ref));
  if (added.length === 0 && !notes.some((n) => commented.has(n.ref))) return { xml: null, added };
  let xml = existing ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors/><commentList/></comments>`;
  const byRef = new Map(notes.map((n) => [n.ref, n]));
  const merged = new Set<string>();
  xml = xml.replace(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g, (whole, attrs: string, body: string) => {
    const ref = normalRef(/\sref="([^"]*)"/.exec(attrs)?.[1] ?? '');
    const note = byRef.get(ref);
    if (!note || merged.has(ref)) return whole;
    merged.add(ref);
    const text = /<text\b[^>]*>([\s\S]*?)<\/text>|<text\b[^>]*\/>/.exec(body);
    if (!text) return `<comment${attrs}><text><r>${tElement(note.text)}</r></text>${body}</comment>`;
    const replaced = `<text>${mergedText(text[1] ?? '', note.text)}</text>`;
    return `<comment${attrs}>${body.slice(0, text.index)}${replaced}${body.slice(text.index + text[0].length)}</comment>`;
  });
  if (added.length === 0) return { xml, added };
  // Authors: ours added once, its index used for the new comments.
  const authors = [...(/<authors\b[^>]*>([\s\S]*?)<\/authors>/.exec(xml)?.[1] ?? '').matchAll(/<author\b[^>]*(?:\/>|>([\s\S]*?)<\/author>)/g)];
  let authorId = authors.findIndex((a) => (a[1] ?? '') === AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const add = `<author>${AUTHOR}</author>`;
    xml = /<authors\b[^>]*\/>/.test(xml) ? xml.replace(/<authors\b[^>]*\/>/, `<authors>${add}</authors>`) : xml.replace('</authors>', `${add}</authors>`);
  }
  const comments = added.map((n) => `<comment ref="${n.ref}" authorId="${authorId}"><text><r>${tElement(n.text)}</r></text></comment>`).join('');
  xml = /<commentList\b[^>]*\/>/.test(xml)
    ? xml.replace(/<commentList\b[^>]*\/>/, `<commentList>${comments}</commentList>`)
    : xml.replace('</commentList>', `${comments}</commentList>`);
  return { xml, added };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A hidden note shape, written as exceljs writes it (so both copies read back with the same note settings). */
function shape(id: number, note: Note): string {
  const anchor = [note.col + 1, 6, Math.max(0, note.row - 1), 14, note.col + 3, 2, note.row + 3, 16].join(', ');
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
    '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto" inset="1.3mm,1.3mm,2.5mm,2.5mm"><div style="text-align:left"/></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:Locked>True</x:Locked><x:AutoFill>False</x:AutoFill><x:LockText>True</x:LockText>` +
    `<x:Row>${note.row}</x:Row><x:Column>${note.col}</x:Column></x:ClientData></v:shape>`
  );
}

/**
 * The VML drawing with a shape for each new note: a new drawing in its own id block
 * (`block`, from the caller, unique in the package), or the sheet's existing drawing
 * with shapes appended after its highest shape id.
 */
export function vmlWithNotes(existing: string | null, notes: readonly Note[], block: number): string {
  if (existing === null) {
    const blocks = Array.from({ length: Math.ceil((notes.length + 1) / 1024) }, (_, i) => block + i).join(',');
    const shapes = notes.map((n, i) => shape(block * 1024 + 1 + i, n)).join('');
    return (
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${xmlAttr(blocks)}"/></o:shapelayout>${SHAPE_TYPE}${shapes}</xml>`
    );
  }
  const ids = [...existing.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const first = Math.max(block * 1024, ...ids) + 1;
  const type = existing.includes('id="_x0000_t202"') ? '' : SHAPE_TYPE;
  const shapes = type + notes.map((n, i) => shape(first + i, n)).join('');
  const close = existing.lastIndexOf('</xml>');
  if (close < 0) throw new Unsupported('a note drawing that cannot be read');
  return existing.slice(0, close) + shapes + existing.slice(close);
}

/** The idmap blocks the package's drawings already use, so a new drawing takes the next one. */
export function usedBlocks(vml: string): number[] {
  const data = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(vml)?.[1] ?? '';
  return data.split(/[\s,]+/).map(Number).filter((n) => Number.isInteger(n) && n > 0);
}
