/**
 * Queues a MarkPlan and the state records as commands: fills by colour group
 * over range areas (address lists chunked under Excel's limit), notes one per
 * cell, the state sheet in one range write. Queues only: the caller syncs once.
 */
import { STATE_SHEET } from '../engine/review';
import { bySheet, chunkAddresses } from './addresses';
import { applyFill, fillKey, type FillFormat } from './fill';
import type { MarkPlan } from './marks';
import { stateRows, type WorkbookState } from './stateFormat';
import type { CellRef, NotesApi } from './types';

export function queueMarks(
  context: Excel.RequestContext,
  plan: MarkPlan,
  notesApi: NotesApi,
): void {
  const worksheets = context.workbook.worksheets;
  // Restore first: a cell restored and painted in one plan cannot happen, but order keeps it safe.
  for (const [sheet, cells] of bySheet(plan.restore)) {
    for (const group of groupBy(cells, (c) => fillKey(c.fill)).values()) {
      queueFill(worksheets.getItem(sheet), group, (group[0] as { fill: FillFormat }).fill);
    }
  }
  for (const [sheet, cells] of bySheet(plan.paint)) {
    for (const [colour, group] of groupBy(cells, (c) => c.colour)) {
      queueFill(worksheets.getItem(sheet), group, solid(colour));
    }
  }
  if (notesApi === 'note') {
    for (const n of plan.deleteNotes) worksheets.getItem(n.sheet).notes.getItem(n.cell).delete();
    for (const n of plan.updateNotes)
      worksheets.getItem(n.sheet).notes.getItem(n.cell).content = n.content;
    for (const n of plan.addNotes) worksheets.getItem(n.sheet).notes.add(n.cell, n.content);
  } else if (notesApi === 'comment') {
    const comments = context.workbook.comments;
    for (const n of plan.deleteNotes) if (n.commentId) comments.getItem(n.commentId).delete();
    for (const n of plan.updateNotes)
      if (n.commentId) comments.getItem(n.commentId).content = n.content;
    for (const n of plan.addNotes) worksheets.getItem(n.sheet).comments.add(n.cell, n.content);
  }
}

/** Rewrites the state sheet (creating it very hidden if needed) with `state`. */
export function queueState(
  context: Excel.RequestContext,
  state: WorkbookState,
  exists: boolean,
): void {
  const rows = stateRows(state);
  if (!exists && rows.length === 0) return;
  const worksheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (exists) {
    sheet = worksheets.getItem(STATE_SHEET);
    sheet.getRange().clear('Contents');
  } else {
    sheet = worksheets.add(STATE_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  if (rows.length > 0) {
    const range = sheet.getRangeByIndexes(0, 0, rows.length, 2);
    // Text format first, so Excel never reads a record as a number, date or formula.
    range.numberFormat = rows.map(() => ['@', '@']);
    range.values = rows;
  }
}

function queueFill(sheet: Excel.Worksheet, cells: readonly CellRef[], fill: FillFormat): void {
  for (const chunk of chunkAddresses(cells.map((c) => c.cell)))
    applyFill(sheet.getRanges(chunk).format.fill, fill);
}

function solid(colour: string): FillFormat {
  return {
    color: colour,
    pattern: 'Solid',
    tintAndShade: null,
    patternColor: null,
    patternTintAndShade: null,
  };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
