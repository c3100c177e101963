/**
 * docProps/app.xml (the extended properties) with the report sheet listed. Excel
 * keeps the book's parts there in groups: `HeadingPairs` holds (group name, count)
 * pairs, `TitlesOfParts` the titles, group after group. The group of worksheets has
 * a name in Excel's UI language ("Worksheets", "워크시트", "Arbeitsblätter"…), so it
 * is found by its titles: exactly the book's worksheet names, in order. The report's
 * name goes after them and their count grows by one.
 *
 * Anything else — no such group, titles that do not match the book, counts that do
 * not add up, another prefix for the vector types — and the part is left as it was:
 * the properties are informative, a wrong edit would make the package invalid.
 */
import { decodeXml } from '../xlsx/xml';
import type { Package } from './package';
import { relationships, resolveTarget } from './rels';

const PROPERTIES_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
const EXTENDED_PROPERTIES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties';

interface Vector {
  /** Where the vector's start tag, its content and its end tag are in the part. */
  readonly tagAt: number;
  readonly tag: string;
  readonly contentAt: number;
  readonly content: string;
}

/** The one `<vt:vector>` directly in `<name>`, with the base type given; null when the shape differs. */
function vectorIn(xml: string, name: string, baseType: string): Vector | null {
  const all = [...xml.matchAll(new RegExp(`<${name}>(\\s*)(<vt:vector\\b[^>]*>)([\\s\\S]*?)</vt:vector>\\s*</${name}>`, 'g'))];
  const m = all[0];
  if (all.length !== 1 || !m || xml.split(`<${name}`).length !== 2) return null;
  const tag = m[2] ?? '';
  if (!new RegExp(`\\sbaseType="${baseType}"`).test(tag)) return null;
  const tagAt = m.index + name.length + 2 + (m[1] ?? '').length;
  return { tagAt, tag, contentAt: tagAt + tag.length, content: m[3] ?? '' };
}

const sizeOf = (tag: string) => Number(/\ssize="(\d+)"/.exec(tag)?.[1] ?? NaN);

/** The items of a vector's content, each matched by `item` with nothing but white space between them. */
function items(content: string, item: RegExp): RegExpExecArray[] | null {
  const out: RegExpExecArray[] = [];
  const sticky = new RegExp(`\\s*(?:${item.source})`, 'yd');
  while (sticky.lastIndex < content.length) {
    if (/^\s*$/.test(content.slice(sticky.lastIndex))) break;
    const m = sticky.exec(content);
    if (!m) return null;
    out.push(m);
  }
  return out;
}

const PAIR = /<vt:variant>\s*<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>\s*(\d+)\s*<\/vt:i4>\s*<\/vt:variant>/;
const TITLE = /<vt:lpstr>([^<]*)<\/vt:lpstr>|<vt:lpstr\/>/;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The part with `report` added after the worksheets `worksheets` (the book's, in
 * order, before the report was added), or null to leave the part as it is.
 */
export function withReportSheet(xml: string, worksheets: readonly string[], report: string): string | null {
  const root = /<Properties\b([^>]*)>/.exec(xml)?.[1] ?? '';
  if (!root.includes(`xmlns="${PROPERTIES_NS}"`) || !root.includes(`xmlns:vt="${VT_NS}"`) || worksheets.length === 0) return null;
  const heads = vectorIn(xml, 'HeadingPairs', 'variant');
  const titles = vectorIn(xml, 'TitlesOfParts', 'lpstr');
  if (!heads || !titles) return null;
  const pairs = items(heads.content, PAIR);
  const names = items(titles.content, TITLE);
  if (!pairs || !names || sizeOf(heads.tag) !== pairs.length * 2 || sizeOf(titles.tag) !== names.length) return null;
  const counts = pairs.map((p) => Number(p[2]));
  if (counts.reduce((a, b) => a + b, 0) !== names.length) return null;
  const text = names.map((n) => decodeXml(n[1] ?? ''));

  // The group whose titles are the worksheets, and only one such group.
  let offset = 0;
  const groups: number[] = [];
  counts.forEach((count, g) => {
    if (count === worksheets.length && worksheets.every((w, i) => text[offset + i] === w)) groups.push(g);
    offset += count;
  });
  const [group] = groups;
  if (group === undefined || groups.length > 1) return null;
  const last = names[counts.slice(0, group + 1).reduce((a, b) => a + b, 0) - 1] as RegExpExecArray;

  // Edits from the end of the part backwards, so the earlier positions still hold.
  const pair = pairs[group] as RegExpExecArray;
  const countAt = heads.contentAt + (pair.indices?.[2]?.[0] ?? NaN);
  if (!Number.isInteger(countAt)) return null;
  const edits = [
    { at: titles.contentAt + last.index + last[0].length, remove: 0, text: `<vt:lpstr>${escape(report)}</vt:lpstr>` },
    { at: titles.tagAt, remove: titles.tag.length, text: titles.tag.replace(/(\ssize=")\d+"/, `$1${names.length + 1}"`) },
    { at: countAt, remove: String(pair[2]).length, text: String(worksheets.length + 1) },
  ].sort((a, b) => b.at - a.at);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.remove);
  return out;
}

/** The package's extended properties part updated in place, when there is one and it has the usual shape. */
export function listReportSheet(pkg: Package, worksheets: readonly string[], report: string): void {
  const rel = relationships(pkg.text('_rels/.rels')).find((r) => r.type === EXTENDED_PROPERTIES && !r.external);
  const path = rel ? resolveTarget('', rel.target) : null;
  const xml = path ? pkg.text(path) : null;
  const updated = xml === null ? null : withReportSheet(xml, worksheets, report);
  if (path && updated !== null) pkg.set(path, updated);
}
