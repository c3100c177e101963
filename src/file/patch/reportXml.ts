/**
 * The report sheet of the patched copy as worksheet XML: the same cells, formats,
 * links, widths, frozen header and filter as report.ts gives through exceljs.
 * Every text is an inline string (never `<f>`), escaped by xmlText; links are
 * relationships to `#'Sheet'!$D$14`, as exceljs writes them.
 */
import { figureNumberFormat } from '../figures';
import type { Labels } from '../labels';
import type { Coverage } from '../../engine/index';
import {
  causeOf,
  findingHeadings,
  LAST_COLUMN,
  lastFindingRow,
  linkOrText,
  noFindingsText,
  reportOrder,
  reportTitleText,
  uncheckedBlock,
  WIDTHS,
} from '../report';
import type { ReviewedFinding } from '../review';
import { columnLetters, MAIN_NS, REL_NS } from './sheetXml';
import type { ReportStyles } from './styles';
import { tElement } from './xmlText';

/** Excel holds at most 32,767 characters in a cell; longer text would make it repair the file. */
const CELL_LIMIT = 32767;

function fitCell(text: string): string {
  if (text.length <= CELL_LIMIT) return text;
  const cut = text.slice(0, CELL_LIMIT);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export interface ReportPart {
  readonly xml: string;
  /** Link targets in order; the caller makes them relationships `rId1`… of the sheet. */
  readonly links: readonly string[];
  /** The filter range (`A2:K7`), for the workbook's hidden filter name. */
  readonly filter: string;
}

/**
 * `emptyString()` gives the shared-string index of `''` (see sharedStrings.ts): the
 * blank columns hold an empty text, as in exceljs's copy.
 */
export function reportSheetXml(
  findings: readonly ReviewedFinding[],
  labels: Labels,
  sheetNames: readonly string[],
  styles: ReportStyles,
  emptyString: () => number,
  coverage?: Coverage,
): ReportPart {
  const existing = new Set(sheetNames);
  const links: string[] = [];
  const hyperlinks: string[] = [];
  const rows: string[] = [];
  const text = (ref: string, value: string, style?: number) => {
    const s = style === undefined ? '' : ` s="${style}"`;
    if (value === '') return `<c r="${ref}"${s} t="s"><v>${emptyString()}</v></c>`;
    return `<c r="${ref}"${s} t="inlineStr"><is>${tElement(fitCell(value))}</is></c>`;
  };
  const link = (ref: string, value: ReturnType<typeof linkOrText>) => {
    if (typeof value === 'string') return text(ref, value);
    links.push(value.hyperlink);
    hyperlinks.push(`<hyperlink ref="${ref}" r:id="rId${links.length}"/>`);
    return text(ref, value.text);
  };
  rows.push(`<row r="1">${text('A1', reportTitleText(findings, labels, coverage), styles.title)}</row>`);
  rows.push(`<row r="2">${findingHeadings(labels).map((h, i) => text(`${columnLetters(i)}2`, h, styles.heading)).join('')}</row>`);
  const ordered = reportOrder(findings);
  ordered.forEach((f, i) => {
    const r = i + 3;
    const figure = (col: string, value: number | null) =>
      value === null || !Number.isFinite(value) ? '' : `<c r="${col}${r}" s="${styles.figure(figureNumberFormat(value))}"><v>${value}</v></c>`;
    rows.push(
      `<row r="${r}">` +
        text(`A${r}`, f.sheet) +
        link(`B${r}`, linkOrText(existing, f.sheet, f.cell)) +
        text(`C${r}`, labels.rules[f.rule] ?? f.rule) +
        text(`D${r}`, labels.severity[f.severity] ?? f.severity) +
        figure('E', f.actual) +
        figure('F', f.expected) +
        text(`G${r}`, f.unit ?? '') +
        text(`H${r}`, f.message, styles.wrap) +
        text(`I${r}`, f.explain, styles.wrap) +
        (causeOf(f) ? link(`J${r}`, linkOrText(existing, f.sheet, f.cause)) : text(`J${r}`, '')) +
        text(`K${r}`, f.accepted ? labels.yes : '') +
        text(`L${r}`, f.acceptance?.reviewer ?? '') +
        text(`M${r}`, f.acceptance?.note ?? '', styles.wrap) +
        '</row>',
    );
  });
  if (ordered.length === 0) rows.push(`<row r="3">${text('A3', noFindingsText(labels, coverage))}</row>`);
  let last = lastFindingRow(ordered.length);
  const block = uncheckedBlock(coverage, labels, ordered.length);
  if (block) {
    const h = block.headingRow;
    rows.push(`<row r="${h}">${text(`A${h}`, block.heading, styles.title)}</row>`);
    rows.push(`<row r="${h + 1}">${block.columns.map((c, i) => text(`${columnLetters(i)}${h + 1}`, c, styles.heading)).join('')}</row>`);
    for (const u of block.rows)
      rows.push(`<row r="${u.row}">${text(`A${u.row}`, u.sheet)}${link(`B${u.row}`, linkOrText(existing, u.sheet, u.cell))}${text(`C${u.row}`, u.reasonText)}</row>`);
    last = block.rows.at(-1)?.row ?? last;
  }
  const filter = `A2:${LAST_COLUMN}${Math.max(2, ordered.length + 2)}`;
  // As exceljs writes them (it leaves out a column of width 9, its default), so both copies look the same.
  const cols = WIDTHS.map((w, i) => (w === 9 ? '' : `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)).join('');
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${LAST_COLUMN}${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="${filter}"/>` +
    (hyperlinks.length ? `<hyperlinks>${hyperlinks.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  return { xml, links, filter };
}
