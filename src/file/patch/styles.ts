/**
 * styles.xml for the patched copy: new fills, fonts, number formats and cell
 * formats appended at the end of their lists, so every existing style index keeps
 * its meaning. A highlighted cell gets a copy of its own cell format with only the
 * fill changed: its number format, font, borders and alignment stay as they were.
 */
import { Unsupported } from '../xlsx/zip';
import { xmlAttr } from './xmlText';

interface List {
  /** The list's items as written. */
  readonly items: string[];
  readonly added: string[];
}

function listOf(xml: string, tag: string, item: string, required: boolean): List | null {
  const m = new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
  if (!m) {
    if (required) throw new Unsupported(`styles without ${tag}`);
    return null;
  }
  const items = [...(m[1] ?? '').matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'))].map((x) => x[0]);
  return { items, added: [] };
}

export interface ReportStyles {
  readonly title: number;
  readonly heading: number;
  readonly wrap: number;
  figure(format: string): number;
}

export class Styles {
  private readonly cellXfs: List;
  private readonly fills: List;
  private readonly fonts: List;
  private readonly numFmts: List;
  private readonly highlights = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private nextFormatId: number;

  constructor(private readonly xml: string) {
    if (/<cellXfs\b[^>]*\/>/.test(xml)) throw new Unsupported('styles without cell formats');
    this.cellXfs = listOf(xml, 'cellXfs', 'xf', true) as List;
    this.fills = listOf(xml, 'fills', 'fill', true) as List;
    this.fonts = listOf(xml, 'fonts', 'font', true) as List;
    this.numFmts = listOf(xml, 'numFmts', 'numFmt', false) ?? { items: [], added: [] };
    if (this.cellXfs.items.length === 0 || this.fonts.items.length === 0) throw new Unsupported('an empty style list');
    const ids = this.numFmts.items.map((f) => Number(/numFmtId="(\d+)"/.exec(f)?.[1] ?? 0));
    this.nextFormatId = Math.max(163, ...ids) + 1;
    for (const f of this.numFmts.items) {
      const code = /formatCode="([^"]*)"/.exec(f)?.[1];
      const id = /numFmtId="(\d+)"/.exec(f)?.[1];
      if (code !== undefined && id !== undefined) this.formats.set(code, Number(id));
    }
  }

  private push(list: List, item: string): number {
    list.added.push(item);
    return list.items.length + list.added.length - 1;
  }

  private fill(argb: string, background: boolean): number {
    const key = `${argb}|${background}`;
    let id = this.fillIds.get(key);
    if (id === undefined) {
      const bg = background ? `<bgColor rgb="${argb}"/>` : '';
      id = this.push(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/>${bg}</patternFill></fill>`);
      this.fillIds.set(key, id);
    }
    return id;
  }

  /** The cell format index of `style` with a solid `argb` fill (shared by every cell of that style and colour). */
  highlight(style: number, argb: string): number {
    const key = `${style}|${argb}`;
    const known = this.highlights.get(key);
    if (known !== undefined) return known;
    const original = this.cellXfs.items[style] ?? (this.cellXfs.items[0] as string);
    const fillId = this.fill(argb, true);
    const open = /^<xf\b[^>]*?(\/?)>/.exec(original);
    if (!open) throw new Unsupported('a cell format that cannot be read');
    let tag = open[0].replace(/\s(fillId|applyFill)="[^"]*"/g, '');
    tag = tag.replace(/^<xf\b/, `<xf fillId="${fillId}" applyFill="1"`);
    const index = this.push(this.cellXfs, tag + original.slice(open[0].length));
    this.highlights.set(key, index);
    return index;
  }

  private numFmt(code: string): number {
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.push(this.numFmts, `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
      this.formats.set(code, id);
    }
    return id;
  }

  /** Bold variant of the workbook's default font, at `size` points when given. */
  private boldFont(size?: number): number {
    const base = this.fonts.items[0] as string;
    let inner = /^<font\b[^>]*>([\s\S]*)<\/font>$/.exec(base)?.[1] ?? '';
    inner = inner.replace(/<b\b[^>]*\/>/g, '');
    // In the order Excel writes a font's parts: bold first, then the size, then colour, name and the rest.
    const sz = size === undefined ? '' : `<sz val="${size}"/>`;
    if (size !== undefined) inner = inner.replace(/<sz\b[^>]*\/>/g, '');
    return this.push(this.fonts, `<font><b/>${sz}${inner}</font>`);
  }

  /** The formats of the report sheet (added once). */
  report(): ReportStyles {
    const xf = (attrs: string, inner = '') => this.push(this.cellXfs, `<xf borderId="0" xfId="0" ${attrs}${inner ? `>${inner}</xf>` : '/>'}`);
    const title = xf(`numFmtId="0" fontId="${this.boldFont(12)}" fillId="0" applyFont="1"`);
    const heading = xf(`numFmtId="0" fontId="${this.boldFont()}" fillId="${this.fill('FFD9E1F2', false)}" applyFont="1" applyFill="1"`);
    const wrap = xf('numFmtId="0" fontId="0" fillId="0" applyAlignment="1"', '<alignment vertical="top" wrapText="1"/>');
    const figures = new Map<string, number>();
    const figure = (format: string): number => {
      let id = figures.get(format);
      if (id === undefined) {
        id = xf(`numFmtId="${this.numFmt(format)}" fontId="0" fillId="0" applyNumberFormat="1"`);
        figures.set(format, id);
      }
      return id;
    };
    return { title, heading, wrap, figure };
  }

  /** styles.xml with the additions (unchanged text when nothing was added). */
  toXml(): string {
    let xml = this.xml;
    for (const [tag, list] of [['numFmts', this.numFmts], ['fonts', this.fonts], ['fills', this.fills], ['cellXfs', this.cellXfs]] as const) {
      if (list.added.length === 0) continue;
      const count = list.items.length + list.added.length;
      const open = new RegExp(`<${tag}\\b[^>]*?(/?)>`).exec(xml);
      if (!open) {
        // Only numFmts can be missing: it goes first in the stylesheet.
        xml = xml.replace(/<styleSheet\b[^>]*>/, (s) => `${s}<numFmts count="${count}">${list.added.join('')}</numFmts>`);
        continue;
      }
      const head = open[0].replace(/\/>$/, '>').replace(/\scount="\d*"/, '').replace(new RegExp(`^<${tag}`), `<${tag} count="${count}"`);
      if (open[1]) {
        xml = xml.slice(0, open.index) + head + list.added.join('') + `</${tag}>` + xml.slice(open.index + open[0].length);
      } else {
        const close = xml.indexOf(`</${tag}>`, open.index);
        xml = xml.slice(0, open.index) + head + xml.slice(open.index + open[0].length, close) + list.added.join('') + xml.slice(close);
      }
    }
    return xml;
  }
}
