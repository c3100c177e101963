/**
 * Insert's writes: the row, and the add-in's records moved with the cells below
 * it, in syncs under Excel on the web's 5 MB request limit (the records of
 * 10,000 findings with notes are 5 MB or more).
 *
 * A record names its cell by address, so the insertion changes what every
 * record below the new row means: before it only the old addresses are true,
 * after it only the shifted ones. No order of appending and deleting records
 * over several syncs is safe on both sides of the insertion: with old and
 * shifted records side by side, Clear would take the shifted record of the cell
 * above for a marked cell (another cell's original fill), before the insertion
 * or after it. So the records switch in the insertion's own sync, by commands
 * whose size does not grow with the records' text:
 *
 *   1. (as many syncs as the bytes need) the shifted records are appended below
 *      the old ones under PENDING_KEY, a key no reader takes for a record: Verify
 *      and Clear keep such rows as they are and act on none of them;
 *   2. (the last sync) the row is inserted; then the pending rows get their real
 *      keys (a column of short words, about 10 bytes a record) and the old rows
 *      are deleted (one command); then the new row's formats, values, formulas.
 *
 * After any sync of 1 the sheet is unchanged and the records are the old ones:
 * Clear restores exactly. In 2, Excel runs the commands in order and stops at
 * the first that fails: if the insertion fails, the records have not changed;
 * the records change right after it, before the new row's cells are written,
 * so a failure there leaves records that match the moved cells. Pending rows
 * left by a failed Insert are read as nothing (parseState) and go with the next
 * rewrite of the records, by whichever action changes them next (until then
 * they only take space). A small book needs no more syncs than before:
 * everything is packed, in this order, into as few syncs as the bytes allow
 * (one).
 */
import { cellAddress, parseCellAddress } from '../engine/address';
import { STATE_SHEET } from '../engine/review';
import type { PlannedCell, RowPlan } from '../engine/templates/plan';
import { ESTIMATED_BYTES_PER_COMMAND } from './limits';
import {
  jsonBytes,
  stateAppendOps,
  stateDeleteOp,
  type WriteOp,
  type WriteTarget,
} from './markWriter';
import { asText } from './reviewActions';
import { PENDING_KEY, stateRows, type FillRecord, type WorkbookState } from './stateFormat';

/**
 * The written row takes the formats of the line it copies (`formatFrom`), our
 * highlight included where that line is marked. Its cells in the copied columns
 * get that line's fill records (and lose their own: the copy replaced their
 * fill), so Clear gives them the line's original fill, as if never verified.
 * `state` is in the sheet's coordinates after the insertion, as the plan is.
 */
export function followCopiedFormats(state: WorkbookState, plan: RowPlan): WorkbookState {
  const spans = plan.formatSpans ?? [];
  const from = plan.formatFrom;
  if (from === null || from === plan.row || spans.length === 0) return state;
  const copiedColumn = (r: FillRecord, row: number): number | null => {
    const at = r.sheet === plan.sheet ? parseCellAddress(r.cell) : null;
    if (!at || at.row !== row) return null;
    return spans.some((s) => s.left <= at.col && at.col <= s.right) ? at.col : null;
  };
  const copies: FillRecord[] = [];
  for (const r of state.fills) {
    const col = copiedColumn(r, from);
    if (col !== null) copies.push({ ...r, cell: cellAddress(plan.row, col) });
  }
  const fills = state.fills.filter((r) => copiedColumn(r, plan.row) === null);
  if (copies.length === 0 && fills.length === state.fills.length) return state;
  return { ...state, fills: [...fills, ...copies] };
}

/**
 * The operations of an Insert, for runWrites. `records` is null when they stay
 * as they are; otherwise the final records (shifted), replacing the first `end`
 * rows of the records sheet (which exists).
 */
export function insertOps(plan: RowPlan, records: WorkbookState | null, end: number): WriteOp[] {
  if (records === null) {
    return [
      { bytes: rowBytes(plan), state: false, queue: (t) => queueRow(t, plan, () => undefined) },
    ];
  }
  const rows = stateRows(records);
  const keys = rows.map(([key]) => [key ?? '']);
  const ops = stateAppendOps(
    rows.map(([, value]) => [PENDING_KEY, value ?? '']),
    end,
    false,
  );
  const deleteOld = end > 0 ? stateDeleteOp(end) : null;
  ops.push({
    bytes:
      rowBytes(plan) + 2 * ESTIMATED_BYTES_PER_COMMAND + jsonBytes(keys) + (deleteOld?.bytes ?? 0),
    state: true,
    queue: (t) =>
      queueRow(t, plan, () => {
        if (keys.length > 0)
          t.sheet(STATE_SHEET).getRangeByIndexes(end, 0, keys.length, 1).values = keys;
        deleteOld?.queue(t);
      }),
  });
  return ops;
}

/** The plan's commands, with `afterInsertion` queued right after the row insertion. */
function queueRow(t: WriteTarget, plan: RowPlan, afterInsertion: () => void): void {
  const sheet = t.sheet(plan.sheet);
  if (plan.insertAt !== null)
    sheet.getRange(`${plan.insertAt + 1}:${plan.insertAt + 1}`).insert('Down');
  afterInsertion();
  if (plan.formatFrom !== null) {
    for (const span of plan.formatSpans ?? []) {
      const width = span.right - span.left + 1;
      const source = sheet.getRangeByIndexes(plan.formatFrom, span.left, 1, width);
      sheet.getRangeByIndexes(plan.row, span.left, 1, width).copyFrom(source, 'Formats');
    }
  }
  writeCells(sheet, plan.row, plan.cells);
  for (const update of plan.updates ?? []) writeCells(sheet, update.row, update.cells);
}

function writeCells(sheet: Excel.Worksheet, row: number, cells: readonly PlannedCell[]): void {
  for (const cell of cells) {
    const range = sheet.getRangeByIndexes(row, cell.col, 1, 1);
    // The format first, so the value is shown (and hidden) as planned from the start.
    if (cell.numberFormat !== undefined) range.numberFormat = [[cell.numberFormat]];
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (typeof cell.value === 'number') range.values = [[cell.value]];
    else if (typeof cell.value === 'string') range.values = [[asText(cell.value)]];
  }
}

/** Estimated request bytes of the plan: three commands a cell or span at most, and its JSON. */
function rowBytes(plan: RowPlan): number {
  const cells = plan.cells.length + (plan.updates ?? []).reduce((n, u) => n + u.cells.length, 0);
  const commands = 2 + 3 * (cells + (plan.formatSpans?.length ?? 0));
  return commands * ESTIMATED_BYTES_PER_COMMAND + jsonBytes(plan);
}
