/**
 * How lines nest (DESIGN §1.1): by their markers, outermost first `□ ■`, `◎`, `○ ●`,
 * `ㅇ ◦`, `- ─ –`, `· ㆍ •` (known markers keep this order among themselves whichever
 * occurs first, so `ㅇ` is a child of `○` when both occur and a top level when alone), by
 * numbering (`1.`, `1)`, `(1)`, `가.`, `가)`, `(가)`, `①`, each inside the style of the line
 * where it first occurs), and by indentation (deeper is inner). A plain or indented line
 * is a member of the marked or numbered line above it.
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
  const br = raw.indexOf('\n');
  const first = br < 0 ? raw : raw.slice(0, br).replace(/\r$/, '');
  const text = first.trimStart();
  if (text === '') return null;
  const { marker } = readMarker(text);
  if (marker !== null && marker !== '※') {
    const k = MARKER_CLASSES.findIndex((chars) => chars.includes(marker));
    if (k >= 0) return `marker:${k}`;
  }
  // Numberings open with a digit, a bracket, a circled figure or a syllable before `.`/`)`.
  if (/^[\d(（\u2460-\u2473\u3260-\u327b]|^[가-하][.)]/.test(text)) {
    const numbered = NUMBERED.findIndex((re) => re.test(text));
    if (numbered >= 0) return `number:${numbered}`;
  }
  const indent = first.length - text.length;
  return indent > 0 ? `indent:${indent}` : null;
}

/**
 * The ranks of the marked and numbered styles of one block of lines (a 과목's, a
 * category's), lower is outer: known markers in their own order whichever occurs first,
 * a numbering just inside the style of the line where it first occurs. An indented or
 * plain line is a member of the marked or numbered line above it, deeper indentation
 * inner (with no marked line above, indentation alone nests the lines).
 */
export class LineRanks {
  private readonly order: LineStyle[] = [];

  constructor(stylesInOrder: Iterable<LineStyle | null>) {
    let previous: LineStyle | null = null;
    for (const s of stylesInOrder) {
      if (s === null || s.startsWith('indent:')) continue;
      if (!this.order.includes(s)) this.insert(s, previous);
      previous = s;
    }
  }

  private insert(style: LineStyle, previous: LineStyle | null): void {
    const { order } = this;
    if (style.startsWith('marker:')) {
      const inner = order.findIndex((o) => o.startsWith('marker:') && depthOf(o) > depthOf(style));
      order.splice(inner < 0 ? order.length : inner, 0, style);
      return;
    }
    order.splice(previous === null ? 0 : order.indexOf(previous) + 1, 0, style);
  }

  /** The rank of a line; `above`: the rank of the last marked or numbered line above it in its block. */
  rank(style: LineStyle | null, above: number | null): number {
    if (style !== null && !style.startsWith('indent:')) return this.order.indexOf(style);
    const indent = style === null ? 0 : Math.min(depthOf(style), 999);
    return (above ?? -1) + 0.5 + indent / 2000;
  }
}

function depthOf(style: string): number {
  return Number(style.slice(style.indexOf(':') + 1));
}
