/**
 * How lines nest (DESIGN §1.1): by their markers, outermost first `□ ■`, `◎`, `○ ●`,
 * `ㅇ ◦`, `- ─ –`, `· ㆍ •` (known markers keep this order among themselves whichever
 * occurs first, so `ㅇ` is a child of `○` when both occur and a top level when alone), by
 * numbering (`1.`, `1)`, `(1)`, `가.`, `가)`, `(가)`, `①`, ranked as they first occur), and
 * by indentation (deeper is inner). A plain line is a member of the marked or numbered
 * line above it.
 */
import { readMarker } from './marker';

/** `marker:2`, `number:0`, `indent:4`; null for a plain line. */
export type LineStyle = string;

const MARKER_CLASSES: readonly string[] = ['□■', '◎', '○●◯', 'ㅇ◦', '-─–―—－', '·ㆍ•∙'];
const NUMBERED: readonly RegExp[] = [
  /^\d{1,2}\.(?!\d)/,
  /^\d{1,2}\)/,
  /^[(（]\d{1,2}[)）]/,
  /^[가-하]\.(?![가-힣\d])/,
  /^[가-하]\)/,
  /^[(（][가-하][)）]/,
  /^[\u2460-\u2473]/,
  /^[\u3260-\u327b]/,
];

/** The style of a line as written (its first line, indentation kept). */
export function lineStyle(raw: string): LineStyle | null {
  const first = raw.split(/\r?\n/, 1)[0] ?? '';
  const text = first.trimStart();
  if (text === '') return null;
  const { marker } = readMarker(text);
  if (marker !== null && marker !== '※') {
    const k = MARKER_CLASSES.findIndex((chars) => chars.includes(marker));
    if (k >= 0) return `marker:${k}`;
  }
  const numbered = NUMBERED.findIndex((re) => re.test(text));
  if (numbered >= 0) return `number:${numbered}`;
  const indent = first.length - text.length;
  return indent > 0 ? `indent:${indent}` : null;
}

/**
 * The ranks of the styles of one table's lines, lower is outer: styles as they first
 * occur, with known markers in their own order and indentations by depth among
 * themselves. Plain lines rank just inside the last styled line above them.
 */
export class LineRanks {
  private readonly ranks: ReadonlyMap<LineStyle, number>;

  constructor(stylesInOrder: Iterable<LineStyle | null>) {
    const seen: LineStyle[] = [];
    const known = new Set<LineStyle>();
    for (const s of stylesInOrder) {
      if (s === null || known.has(s)) continue;
      known.add(s);
      seen.push(s);
    }
    const markers = seen.filter((s) => s.startsWith('marker:')).sort(byNumber);
    const indents = seen.filter((s) => s.startsWith('indent:')).sort(byNumber);
    let m = 0;
    let n = 0;
    const ordered = seen.map((s) => (s.startsWith('marker:') ? (markers[m++] as string) : s.startsWith('indent:') ? (indents[n++] as string) : s));
    this.ranks = new Map(ordered.map((s, i) => [s, i]));
  }

  /** The rank of a styled line; for a plain line, just inside `above` (the last styled line's rank), or outermost. */
  rank(style: LineStyle | null, above: number | null): number {
    if (style !== null) return this.ranks.get(style) ?? this.ranks.size;
    return above === null ? -1 : above + 0.5;
  }
}

function byNumber(a: string, b: string): number {
  return Number(a.slice(a.indexOf(':') + 1)) - Number(b.slice(b.indexOf(':') + 1));
}
