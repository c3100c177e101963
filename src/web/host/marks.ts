/** Which cells are highlighted for a review: the same cells, colours and notes Save writes. */
import { isAccepted } from '../../engine/review';
import type { Finding } from '../../engine/findings';
import { cellsToMark } from '../../file/annotateWorkbook';
import { labelsFor } from '../../file/labels';
import { noteText } from '../../file/notes';
import type { BookSession, Mark } from '../book/session';
import { markKey } from '../book/session';

/** The open (not accepted) findings as highlights, several findings on one cell as one mark. */
export function marksFor(session: BookSession, findings: readonly Finding[]): Mark[] {
  const open = findings.filter((f) => !isAccepted(f, session.acceptances));
  const labels = labelsFor(session.review?.language ?? 'ko');
  return cellsToMark(session.workbook, open).map((m) => ({
    sheet: m.sheet,
    cell: m.cell.address,
    fill: m.fill,
    note: noteText(m.findings, labels),
  }));
}

/**
 * After a fix or an acceptance on a cell: its highlight now shows only what is
 * still open there (a fixed figure is re-checked by the next verification).
 */
export function remark(session: BookSession, sheet: string, cell: string): void {
  session.marks.delete(markKey(sheet, cell));
  const review = session.review;
  if (!review) return;
  const rest = review.findings.filter(
    (f) => f.sheet === sheet && f.cell === cell && !isAccepted(f, session.acceptances),
  );
  for (const mark of marksFor(session, rest))
    session.marks.set(markKey(mark.sheet, mark.cell), mark);
}
