/**
 * The report sheet of the annotated copy: one row per finding, each with a link
 * to its cell. Everything taken from the workbook or the findings is written as
 * a plain string or number value, never as a formula.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { parseCellAddress, type Finding } from '../engine/index';
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

export const WIDTHS = [18, 9, 14, 9, 15, 15, 7, 60, 50, 10, 10];

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
): Worksheet {
  const sheet = workbook.addWorksheet(uniqueSheetName(workbook, labels.reportSheet));
  const existing = new Set(workbook.worksheets.map((s) => s.name));
  const c = labels.columns;
  const title = sheet.getCell(1, 1);
  title.value = labels.reportTitle(countFindings(findings));
  title.font = { bold: true, size: 12 };
  const headings = [
    c.sheet,
    c.cell,
    c.rule,
    c.severity,
    c.stated,
    c.expected,
    c.unit,
    c.message,
    c.explain,
    c.cause,
    c.accepted,
  ];
  headings.forEach((heading, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = heading;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  // Open findings first, accepted ones after them.
  const ordered = [...findings.filter((f) => !f.accepted), ...findings.filter((f) => f.accepted)];
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
    row.getCell(8).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(9).alignment = { wrapText: true, vertical: 'top' };
  });
  if (ordered.length === 0) sheet.getCell(3, 1).value = labels.noFindings;
  WIDTHS.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }];
  sheet.autoFilter = `A2:K${Math.max(2, ordered.length + 2)}`;
  return sheet;
}
