/**
 * A generated book written as Excel writes one, for the bench's real-feature books
 * (issue 15): shared strings, number cells with a style carrying their number format
 * (custom ids from 176, the format code escaped as Excel escapes it), rows with their
 * spans, and optionally
 *   shared — every vertical run of number cells a shared formula: the master with its
 *            `ref`, the followers with only `si`, each with its cached value;
 *   dates  — a date (serial number under format 14) beside every page's footer (`- 12 -`), as a
 *            printed statement dates its pages.
 * The exceljs streaming writer (generate-book.ts) writes none of these as Excel does.
 */
import { writeFileSync } from 'node:fs';
import { zip } from '../../test/hostile/zip';
import type { TextCell, TextSheet } from '../sheet-text';
import type { Book } from '../book/model';

export type ExcelFeature = 'styled' | 'shared' | 'dates';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const DATE_STYLE = 1; // cellXfs[1]: numFmtId 14

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnName(col: number): string {
  let out = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

class Styles {
  private readonly ids = new Map<string, number>();
  /** The cell style index of a number format (after General and the date style). */
  of(format: string): number {
    let id = this.ids.get(format);
    if (id === undefined) this.ids.set(format, (id = this.ids.size + 2));
    return id;
  }
  xml(): string {
    const formats = [...this.ids.keys()];
    const numFmts = formats.map((f, i) => `<numFmt numFmtId="${176 + i}" formatCode="${escaped(f)}"/>`).join('');
    const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>', ...formats.map((_, i) => `<xf numFmtId="${176 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)];
    return `${DECL}<styleSheet xmlns="${NS}"><numFmts count="${formats.length}">${numFmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="맑은 고딕"/><family val="2"/><charset val="129"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="표준" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

class Strings {
  private readonly index = new Map<string, number>();
  count = 0;
  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }
  xml(): string {
    const items = [...this.index.keys()].map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${escaped(s)}</t></si>`).join('');
    return `${DECL}<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

const isNumber = (cell: TextCell | null | undefined): cell is TextCell & { value: number } => typeof cell?.value === 'number';

/** Where each vertical run of number cells starts and ends: `[row][col]` → the run's last row, at its first cell. */
function runs(sheet: TextSheet): Map<string, number> {
  const out = new Map<string, number>();
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!isNumber(cell) || isNumber(sheet.rows[r - 1]?.[c])) return;
      let end = r;
      while (isNumber(sheet.rows[end + 1]?.[c])) end++;
      if (end > r) out.set(`${r},${c}`, end);
    }),
  );
  return out;
}

function sheetXml(sheet: TextSheet, features: ReadonlySet<ExcelFeature>, styles: Styles, strings: Strings): string {
  const parts: string[] = [];
  const shared = features.has('shared') ? runs(sheet) : new Map<string, number>();
  /** Column → [shared index, last row of its run] while a run is open. */
  const open = new Map<number, [number, number]>();
  let si = 0;
  const width = sheet.rows.reduce((w, cells) => Math.max(w, cells.length), 0);
  sheet.rows.forEach((cells, r) => {
    if (!cells.length) return;
    const out: string[] = [];
    cells.forEach((cell, c) => {
      if (!cell) return;
      const ref = `${columnName(c)}${r + 1}`;
      if (typeof cell.value === 'number') {
        const s = cell.numberFormat ? ` s="${styles.of(cell.numberFormat)}"` : '';
        const end = shared.get(`${r},${c}`);
        let f = '';
        if (end !== undefined) {
          open.set(c, [si, end]);
          f = `<f t="shared" ref="${ref}:${columnName(c)}${end + 1}" si="${si++}">ROUND(A${r + 1}*1,0)</f>`;
        } else if ((open.get(c)?.[1] ?? -1) >= r) {
          f = `<f t="shared" si="${open.get(c)?.[0]}"/>`;
        }
        out.push(`<c r="${ref}"${s}>${f}<v>${cell.value}</v></c>`);
      } else if (typeof cell.value === 'object' && cell.value !== null) {
        out.push(`<c r="${ref}" t="e"><v>${escaped(cell.value.error)}</v></c>`);
      } else if (cell.text !== '') {
        out.push(`<c r="${ref}" t="s"><v>${strings.of(cell.text)}</v></c>`);
      }
    });
    if (features.has('dates') && /^- \d+ -$/.test(cells.find((c) => c)?.text ?? '')) out.push(`<c r="${columnName(width + 1)}${r + 1}" s="${DATE_STYLE}"><v>${44197 + (r % 365)}</v></c>`);
    parts.push(`<row r="${r + 1}" spans="1:${width + 2}" x14ac:dyDescent="0.3">${out.join('')}</row>`);
  });
  const merges = sheet.merges.map((m) => `<mergeCell ref="${columnName(m.left)}${m.top + 1}:${columnName(m.right)}${m.bottom + 1}"/>`).join('');
  return `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:${columnName(width + 1)}${sheet.rows.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="16.5" x14ac:dyDescent="0.3"/><sheetData>${parts.join('')}</sheetData>${merges ? `<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>` : ''}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** Writes the book as Excel would, with number formats on its number cells and the features asked for. */
export function writeExcelBook(book: Book, path: string, features: readonly ExcelFeature[]): void {
  const styles = new Styles();
  const strings = new Strings();
  const on = new Set(features);
  const sheets = book.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s, on, styles, strings) }));
  const overrides = sheets.map((s) => `<Override PartName="/${s.name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const types = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  const sheetList = book.sheets.map((s, i) => `<sheet name="${escaped(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const workbook = `${DECL}<workbook xmlns="${NS}" xmlns:r="${R}"><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>${sheetList}</sheets><calcPr calcId="191029"/></workbook>`;
  const n = book.sheets.length;
  const rels = `${DECL}<Relationships xmlns="${PKG}">${book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  writeFileSync(
    path,
    zip([
      { name: '[Content_Types].xml', data: types },
      { name: '_rels/.rels', data: `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
      { name: 'xl/workbook.xml', data: workbook },
      { name: 'xl/_rels/workbook.xml.rels', data: rels },
      ...sheets,
      { name: 'xl/styles.xml', data: styles.xml() },
      { name: 'xl/sharedStrings.xml', data: strings.xml() },
    ]),
  );
}
