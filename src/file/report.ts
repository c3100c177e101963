/**
 * The report sheet of the annotated copy: one row per finding, each with a link
 * to its cell, an accepted one with its reviewer and reason; the title says what
 * was checked, and the figures not checked are listed below (DESIGN §1.2).
 * Everything taken from the workbook or the findings is written as a plain
 * string or number value, never as a formula.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { parseCellAddress, type Coverage, type Finding, type UncheckedFigure } from '../engine/index';
import { figureNumberFormat } from './figures';
import { countFindings, type ReviewedFinding } from './review';
import type { Labels } from './labels';

/** `검산결과`, or `검산결과 (2)` … when a sheet of that name exists (Excel compares names case-insensitively). */
export function uniqueSheetName(workbook: Workbook, wanted: string): string {
  return uniqueName(
    workbook.worksheets.map((s) => s.name),
    wanted,
  );
}

/** `wanted`, or `wanted (2)` … when a name in `names` is the same but for case. */
export function uniqueName(names: readonly string[], wanted: string): string {
  const taken = new Set(names.map((s) => s.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * An in-workbook link target. The reference is absolute (`$D$14`) on purpose:
 * exceljs 4.4 also writes a `location` for targets ending in a plain `D14`, and
 * Excel then joins the two into an address that goes nowhere.
 */
export function cellLink(sheet: string, cell: string): string | null {
  const at = parseCellAddress(cell);
  if (!at) return null;
  const letters = cell
    .replace(/\$/g, '')
    .toUpperCase()
    .replace(/[0-9]+$/, '');
  return `#'${sheet.replace(/'/g, "''")}'!$${letters}$${at.row + 1}`;
}

/** Column widths A…M: the finding, then 수락, 검토자 and 사유 of an acceptance. */
export const WIDTHS = [18, 9, 14, 9, 15, 15, 7, 60, 50, 10, 10, 12, 40];
export const LAST_COLUMN = 'M';

/** The title: the counts, then what was checked when the caller knows it (DESIGN §1.2). */
export function reportTitleText(findings: readonly ReviewedFinding[], labels: Labels, coverage?: Coverage): string {
  const title = labels.reportTitle(countFindings(findings));
  return coverage ? `${title} · ${labels.coverage(coverage.checked, coverage.unchecked.length)}` : title;
}

/** The column headings of the findings (row 2). */
export function findingHeadings(labels: Labels): string[] {
  const c = labels.columns;
  return [c.sheet, c.cell, c.rule, c.severity, c.stated, c.expected, c.unit, c.message, c.explain, c.cause, c.accepted, c.reviewer, c.reason];
}

/** Open findings first, accepted ones after them. */
export function reportOrder(findings: readonly ReviewedFinding[]): ReviewedFinding[] {
  return [...findings.filter((f) => !f.accepted), ...findings.filter((f) => f.accepted)];
}

/**
 * Row 3 when there are no findings: 이상 없음 only when every figure was checked
 * (DESIGN §1.2), else how many were not.
 */
export function noFindingsText(labels: Labels, coverage?: Coverage): string {
  const unchecked = coverage?.unchecked.length ?? 0;
  return unchecked > 0 ? labels.notAllChecked(unchecked) : labels.noFindings;
}

/** The last row the findings take (row 3 holds 'no findings' when there are none). */
export function lastFindingRow(count: number): number {
  return Math.max(3, count + 2);
}

/**
 * The figures not checked, below the findings after a blank row: a heading, the
 * column names (시트 · 셀 · 사유), one row each. Null when every figure was checked.
 */
export interface UncheckedBlock {
  readonly headingRow: number;
  readonly heading: string;
  readonly columns: readonly [string, string, string];
  readonly rows: readonly (UncheckedFigure & { readonly row: number; readonly reasonText: string })[];
}

export function uncheckedBlock(coverage: Coverage | undefined, labels: Labels, findingCount: number): UncheckedBlock | null {
  if (!coverage || coverage.unchecked.length === 0) return null;
  const headingRow = lastFindingRow(findingCount) + 2;
  return {
    headingRow,
    heading: labels.uncheckedHeading,
    columns: [labels.columns.sheet, labels.columns.cell, labels.columns.reason],
    rows: coverage.unchecked.map((u, i) => ({
      ...u,
      row: headingRow + 2 + i,
      reasonText: labels.uncheckedReason(u.reason),
    })),
  };
}

/** A cell reference (`D14`, or `Sheet!D14` for another sheet) as a link when its sheet exists. */
export function linkOrText(
  sheets: ReadonlySet<string>,
  sheet: string,
  ref: string,
): string | { text: string; hyperlink: string } {
  const bang = ref.lastIndexOf('!');
  const target =
    bang < 0
      ? sheet
      : ref
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'");
  const link = sheets.has(target) ? cellLink(target, bang < 0 ? ref : ref.slice(bang + 1)) : null;
  return link ? { text: ref, hyperlink: link } : ref;
}

/** The cause cell when an error was carried from another cell; null when the flagged cell is its own cause. */
export function causeOf(f: Pick<Finding, 'cell' | 'cause'>): string | null {
  return f.cause && f.cause !== f.cell ? f.cause : null;
}

export function addReportSheet(
  workbook: Workbook,
  findings: readonly ReviewedFinding[],
  labels: Labels,
  coverage?: Coverage,
): Worksheet {
  const sheet = workbook.addWorksheet(uniqueSheetName(workbook, labels.reportSheet));
  const existing = new Set(workbook.worksheets.map((s) => s.name));
  const title = sheet.getCell(1, 1);
  title.value = reportTitleText(findings, labels, coverage);
  title.font = { bold: true, size: 12 };
  const heading = (cell: Cell, text: string) => {
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  };
  findingHeadings(labels).forEach((text, i) => heading(sheet.getCell(2, i + 1), text));
  const ordered = reportOrder(findings);
  ordered.forEach((f, i) => {
    const row = sheet.getRow(i + 3);
    row.getCell(1).value = f.sheet;
    row.getCell(2).value = linkOrText(existing, f.sheet, f.cell);
    row.getCell(3).value = labels.rules[f.rule] ?? f.rule;
    row.getCell(4).value = labels.severity[f.severity] ?? f.severity;
    for (const [col, figure] of [
      [5, f.actual],
      [6, f.expected],
    ] as const) {
      if (figure === null) continue;
      row.getCell(col).value = figure;
      row.getCell(col).numFmt = figureNumberFormat(figure);
    }
    row.getCell(7).value = f.unit ?? '';
    row.getCell(8).value = f.message;
    row.getCell(9).value = f.explain;
    row.getCell(10).value = causeOf(f) ? linkOrText(existing, f.sheet, f.cause) : '';
    row.getCell(11).value = f.accepted ? labels.yes : '';
    row.getCell(12).value = f.acceptance?.reviewer ?? '';
    row.getCell(13).value = f.acceptance?.note ?? '';
    for (const col of [8, 9, 13]) row.getCell(col).alignment = { wrapText: true, vertical: 'top' };
  });
  if (ordered.length === 0) sheet.getCell(3, 1).value = noFindingsText(labels, coverage);
  const block = uncheckedBlock(coverage, labels, ordered.length);
  if (block) {
    const top = sheet.getCell(block.headingRow, 1);
    top.value = block.heading;
    top.font = { bold: true, size: 12 };
    block.columns.forEach((text, i) => heading(sheet.getCell(block.headingRow + 1, i + 1), text));
    for (const u of block.rows) {
      sheet.getCell(u.row, 1).value = u.sheet;
      sheet.getCell(u.row, 2).value = linkOrText(existing, u.sheet, u.cell);
      sheet.getCell(u.row, 3).value = u.reasonText;
    }
  }
  WIDTHS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }];
  sheet.autoFilter = `A2:${LAST_COLUMN}${Math.max(2, ordered.length + 2)}`;
  return sheet;
}
