/**
 * The annotated copy `NAME.checked.xlsx`: the original workbook with each flagged
 * cell filled and noted, and a report sheet. The input file is only ever read.
 */
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Cell, Workbook } from 'exceljs';
import { parseCellAddress, type Finding, type Language } from '../engine/index';
import { WorkbookWriteError } from './errors';
import { labelsFor, type Labels } from './labels';
import { mergedNote, noteText } from './notes';
import { openWorkbook } from './open';
import { addReportSheet } from './report';
import type { ReviewedFinding } from './review';

export const ERROR_FILL = 'FFFFC7CE';
export const WARNING_FILL = 'FFFFEB9C';

export interface AnnotateRequest {
  readonly input: string;
  readonly output: string;
  readonly findings: readonly ReviewedFinding[];
  readonly language: Language;
}

/** `dir/budget.xlsx` → `NAME.checked.xlsx` next to it, or in `outDir`. */
export function annotatedPath(input: string, outDir?: string): string {
  const name = basename(input).replace(/\.xls[xm]$/i, '');
  return join(outDir ?? dirname(input), `${name}.checked.xlsx`);
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false; // the output does not exist yet, so it cannot be the input
  }
}

/**
 * A fresh style object: exceljs shares one style object among the cells that were
 * loaded with the same style, so assigning `cell.fill` would paint all of them.
 */
function paint(cell: Cell, argb: string): void {
  cell.style = {
    ...cell.style,
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } },
  };
}

/** Fills and notes every open (not accepted) finding's cell, several findings on one cell in one note. */
function markCells(workbook: Workbook, findings: readonly Finding[], labels: Labels): void {
  const byCell = new Map<Cell, Finding[]>();
  for (const finding of findings) {
    const sheet = workbook.getWorksheet(finding.sheet);
    const at = parseCellAddress(finding.cell);
    if (!sheet || !at) continue; // still listed on the report sheet
    const cell = sheet.getCell(at.row + 1, at.col + 1).master;
    byCell.set(cell, [...(byCell.get(cell) ?? []), finding]);
  }
  for (const [cell, list] of byCell) {
    paint(cell, list.some((f) => f.severity === 'error') ? ERROR_FILL : WARNING_FILL);
    cell.note = mergedNote(cell.note, noteText(list, labels));
  }
}

async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(output)), { recursive: true });
  const temp = `${output}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, output);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Writes the annotated copy. Throws WorkbookReadError / WorkbookWriteError. */
export async function writeAnnotatedCopy(request: AnnotateRequest): Promise<void> {
  const { input, output, findings, language } = request;
  if (await sameFile(input, output)) {
    throw new WorkbookWriteError(
      'same-as-input',
      `${output}: the annotated copy would overwrite the input file; choose another output directory.`,
    );
  }
  const { workbook } = await openWorkbook(input);
  const labels = labelsFor(language);
  markCells(
    workbook,
    findings.filter((f) => !f.accepted),
    labels,
  );
  addReportSheet(workbook, findings, labels);
  try {
    const bytes = await workbook.xlsx.writeBuffer();
    // exceljs types the result loosely; under Node it is a Buffer.
    await writeAtomically(output, bytes as unknown as Uint8Array);
  } catch (err) {
    throw new WorkbookWriteError(
      'write-failed',
      `${output}: the annotated copy could not be written (${(err as Error).message}).`,
    );
  }
}
