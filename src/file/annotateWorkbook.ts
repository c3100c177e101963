/**
 * The annotation itself, on a workbook in memory: each open finding's cell
 * filled and noted, and the report sheet added. No file access, so the CLI's
 * `NAME.checked.xlsx` and the browser host's Save write the same workbook.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { parseCellAddress, type Coverage, type Finding, type Language } from '../engine/index';
import { labelsFor, type Labels } from './labels';
import { mergedNote, noteText } from './notes';
import { addReportSheet } from './report';
import type { ReviewedFinding } from './review';

export const ERROR_FILL = 'FFFFC7CE';
export const WARNING_FILL = 'FFFFEB9C';

/**
 * A fresh style object: exceljs shares one style object among the cells that were
 * loaded with the same style, so assigning `cell.fill` would paint all of them.
 */
export function paint(cell: Cell, argb: string): void {
  cell.style = {
    ...cell.style,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } },
  };
}

/** One marked cell: the master cell of its merge area, its findings, and the colour it got. */
export interface MarkedCell {
  readonly sheet: string;
  /** The master cell (`D14`), where the fill and note go. */
  readonly cell: Cell;
  readonly findings: readonly Finding[];
  readonly fill: string;
}

/** The cells `markCells` paints: several findings on one cell become one mark. */
export function cellsToMark(workbook: Workbook, findings: readonly Finding[]): MarkedCell[] {
  const byCell = new Map<Cell, { sheet: string; findings: Finding[] }>();
  for (const finding of findings) {
    const sheet = workbook.getWorksheet(finding.sheet);
    const at = parseCellAddress(finding.cell);
    if (!sheet || !at) continue; // still listed on the report sheet
    const cell = sheet.getCell(at.row + 1, at.col + 1).master;
    const entry = byCell.get(cell) ?? { sheet: finding.sheet, findings: [] };
    entry.findings.push(finding);
    byCell.set(cell, entry);
  }
  return [...byCell].map(([cell, { sheet, findings: list }]) => ({
    sheet,
    cell,
    findings: list,
    fill: list.some((f) => f.severity === 'error') ? ERROR_FILL : WARNING_FILL,
  }));
}

/** Fills and notes every open (not accepted) finding's cell, several findings on one cell in one note. */
export function markCells(
  workbook: Workbook,
  findings: readonly Finding[],
  labels: Labels,
): MarkedCell[] {
  const marked = cellsToMark(workbook, findings);
  for (const { cell, findings: list, fill } of marked) {
    paint(cell, fill);
    cell.note = mergedNote(cell.note, noteText(list, labels));
  }
  return marked;
}

export interface Annotation {
  readonly marked: readonly MarkedCell[];
  readonly report: Worksheet;
}

/** Marks the open findings and adds the report sheet (open and accepted findings). */
export function annotateWorkbook(
  workbook: Workbook,
  findings: readonly ReviewedFinding[],
  language: Language,
  coverage?: Coverage,
): Annotation {
  const labels = labelsFor(language);
  const marked = markCells(
    workbook,
    findings.filter((f) => !f.accepted),
    labels,
  );
  const report = addReportSheet(workbook, findings, labels, coverage);
  return { marked, report };
}
