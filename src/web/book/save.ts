/**
 * Save: the workbook as the page holds it (fixes, acceptances) written to a
 * copy, and that copy annotated exactly as the CLI annotates `NAME.checked.xlsx`
 * (annotateWorkbook: fills, notes, report sheet). The page's own model is never
 * painted. The state sheet also records what Save painted, so the copy can be
 * cleared back to its original fills when it is opened here again.
 */
import type { Cell, Workbook } from 'exceljs';
import { parseCellAddress } from '../../engine/address';
import { annotateWorkbook, cellsToMark, paint } from '../../file/annotateWorkbook';
import { labelsFor } from '../../file/labels';
import { loadWorkbook } from '../../file/load';
import { mergedNote, noteText } from '../../file/notes';
import { applyAcceptances } from '../../file/review';
import type { BookSession, Mark } from './session';
import { writeBookState, type MarkRecord } from './stateSheet';

export interface SavedCopy {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** False when there was nothing to mark (never verified, or cleared). */
  readonly annotated: boolean;
}

/** `budget.xlsx` → `budget.checked.xlsx` (`budget.checked.xlsx` stays as it is). */
export function savedName(fileName: string, annotated: boolean): string {
  const base = fileName.replace(/\.xls[xm]$/i, '').replace(/\.checked$/i, '');
  return `${base}${annotated ? '.checked' : ''}.xlsx`;
}

function original(sheet: string, cell: Cell, highlight: string, content: string): MarkRecord {
  // A JSON copy: exceljs shares style objects between cells.
  const fill = cell.style.fill
    ? (JSON.parse(JSON.stringify(cell.style.fill)) as MarkRecord['fill'])
    : null;
  const note =
    cell.note === undefined ? null : (JSON.parse(JSON.stringify(cell.note)) as MarkRecord['note']);
  return { sheet, cell: cell.address, fill, note, highlight, content };
}

/** The last review's findings, marked the CLI's way; returns what was painted. */
function annotateReview(
  copy: Workbook,
  session: BookSession,
): { records: MarkRecord[]; report: string } {
  const review = session.review;
  if (!review) throw new Error('annotateReview needs a review');
  const old = session.reportSheet ? copy.getWorksheet(session.reportSheet) : undefined;
  if (old) copy.removeWorksheet(old.id);
  const findings = applyAcceptances(review.findings, session.acceptances);
  const labels = labelsFor(review.language);
  const records = cellsToMark(
    copy,
    findings.filter((f) => !f.accepted),
  ).map((m) => original(m.sheet, m.cell, m.fill, noteText(m.findings, labels)));
  const { report } = annotateWorkbook(copy, findings, review.language, review.coverage);
  return { records, report: report.name };
}

/** Highlights brought back from an earlier Save (not verified since): painted again as they were. */
function repaint(copy: Workbook, marks: Iterable<Mark>): MarkRecord[] {
  const records: MarkRecord[] = [];
  for (const mark of marks) {
    const at = parseCellAddress(mark.cell);
    const sheet = copy.getWorksheet(mark.sheet);
    if (!at || !sheet) continue;
    const cell = sheet.getCell(at.row + 1, at.col + 1).master;
    records.push(original(mark.sheet, cell, mark.fill, mark.note));
    paint(cell, mark.fill);
    cell.note = mergedNote(cell.note, mark.note);
  }
  return records;
}

export async function saveCopy(session: BookSession): Promise<SavedCopy> {
  session.writeState();
  const written = await session.workbook.xlsx.writeBuffer();
  const copy = await loadWorkbook(new Uint8Array(written as ArrayBuffer), session.fileName);
  let records: MarkRecord[] = [];
  let report = session.reportSheet;
  if (session.review) ({ records, report } = annotateReview(copy, session));
  else if (session.marks.size > 0) records = repaint(copy, session.marks.values());
  const annotated = session.review !== null || records.length > 0;
  writeBookState(copy, {
    acceptances: session.acceptances,
    marks: records,
    report,
    other: session.otherState,
  });
  const bytes = await copy.xlsx.writeBuffer();
  return {
    bytes: new Uint8Array(bytes as ArrayBuffer),
    fileName: savedName(session.fileName, annotated),
    annotated,
  };
}
