/**
 * Write operations for runWrites (writeMarks.ts): a MarkPlan's fills by colour
 * group over range areas (address lists chunked under Excel's limit) and its
 * notes one per cell (markOps), records appended to the records sheet in blocks
 * (stateAppendOps) and the records sheet's first rows deleted in one command
 * (stateDeleteOp). Each operation carries its estimated request size, so the
 * writers (planWrites for Verify, Clear, Fix and Accept; insertOps for Insert)
 * can pack them into syncs under the payload limit.
 */
import { STATE_SHEET } from '../engine/review';
import { bySheet, chunkAddresses, qualifiedAddress } from './addresses';
import { applyFill, fillKey, isNoFill, type FillFormat } from './fill';
import { ESTIMATED_BYTES_PER_COMMAND, GRID_COLUMNS, WRITE_BUDGET_BYTES } from './limits';
import type { MarkPlan } from './marks';
import type { CellRef, NotesApi } from './types';

/** Where operations queue their commands: worksheet proxies are made once per sync. */
export interface WriteTarget {
  readonly context: Excel.RequestContext;
  sheet(name: string): Excel.Worksheet;
}

export interface WriteOp {
  /** Estimated request bytes: commands × ESTIMATED_BYTES_PER_COMMAND plus the arguments' JSON. */
  readonly bytes: number;
  /** True for the records sheet (for the write intent checked before writing). */
  readonly state: boolean;
  readonly queue: (target: WriteTarget) => void;
  /**
   * The sheet this op adds (the records sheet). Excel refuses to add a sheet
   * while another workbook has the focus; a request that starts with this op
   * and fails so, with the sheet still missing, changed nothing and is sent again.
   */
  readonly createsSheet?: string;
  /** An annotation of ours being added: a write that may be skipped when the cell refuses it. */
  readonly adds?: AddedNote;
}

export interface AddedNote extends CellRef {
  readonly kind: 'note' | 'comment';
  readonly content: string;
}

export function writeTarget(context: Excel.RequestContext): WriteTarget {
  const sheets = new Map<string, Excel.Worksheet>();
  return {
    context,
    sheet(name) {
      let sheet = sheets.get(name);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItem(name);
        sheets.set(name, sheet);
      }
      return sheet;
    },
  };
}

/** UTF-8 length of `value` as JSON, without building a buffer. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3;
  }
  return bytes;
}

/** The worksheet navigation is made once per sheet and sync: the estimate's margin covers it. */
const op = (commands: number, args: unknown, queue: WriteOp['queue'], state = false): WriteOp => ({
  bytes: commands * ESTIMATED_BYTES_PER_COMMAND + jsonBytes(args),
  state,
  queue,
});

/** The plan's restores, then its paints, then its notes, as operations. */
export function markOps(plan: MarkPlan, notesApi: NotesApi): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const [sheet, cells] of bySheet(plan.restore)) {
    for (const group of groupBy(cells, (c) => fillKey(c.fill)).values())
      ops.push(...fillOps(sheet, group, (group[0] as { fill: FillFormat }).fill));
  }
  for (const [sheet, cells] of bySheet(plan.paint)) {
    for (const [colour, group] of groupBy(cells, (c) => c.colour))
      ops.push(...fillOps(sheet, group, solid(colour)));
  }
  if (notesApi === 'note') {
    for (const n of plan.deleteNotes)
      ops.push(op(2, n.cell, (t) => t.sheet(n.sheet).notes.getItem(n.cell).delete()));
    for (const n of plan.updateNotes)
      ops.push(
        op(2, [n.cell, n.content], (t) => {
          t.sheet(n.sheet).notes.getItem(n.cell).content = n.content;
        }),
      );
    for (const n of plan.addNotes)
      // A worksheet's notes take the bare address (documented: "a string such as A1").
      ops.push({
        ...op(2, [n.cell, n.content], (t) => t.sheet(n.sheet).notes.add(n.cell, n.content)),
        adds: { sheet: n.sheet, cell: n.cell, kind: 'note', content: n.content },
      });
  } else if (notesApi === 'comment') {
    for (const n of plan.deleteNotes) {
      const id = n.commentId;
      if (id) ops.push(op(2, id, (t) => t.context.workbook.comments.getItem(id).delete()));
    }
    for (const n of plan.updateNotes) {
      const id = n.commentId;
      if (id)
        ops.push(
          op(2, [id, n.content], (t) => {
            t.context.workbook.comments.getItem(id).content = n.content;
          }),
        );
    }
    for (const n of plan.addNotes) {
      // The comment APIs want the sheet in the address ("it must contain the full address").
      const address = qualifiedAddress(n.sheet, n.cell);
      ops.push({
        ...op(2, [address, n.content], (t) => t.sheet(n.sheet).comments.add(address, n.content)),
        adds: { sheet: n.sheet, cell: n.cell, kind: 'comment', content: n.content },
      });
    }
  }
  return ops;
}

/** Rows written to the records sheet from row `at` on, in blocks; `create` adds the sheet first. */
export function stateAppendOps(rows: readonly string[][], at: number, create: boolean): WriteOp[] {
  const ops: WriteOp[] = [];
  if (create) {
    ops.push({
      ...op(
        2,
        STATE_SHEET,
        (t) => {
          t.context.workbook.worksheets.add(STATE_SHEET).visibility = 'VeryHidden';
        },
        true,
      ),
      createsSheet: STATE_SHEET,
    });
  }
  // Blocks of about 256 KB: small enough to pack well, few enough to cost nothing.
  const blockBudget = Math.floor(WRITE_BUDGET_BYTES / 16);
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes < blockBudget)) {
      bytes += jsonBytes(rows[end]) + 12; // the row and its ["@","@"] number formats
      end += 1;
    }
    const block = rows.slice(start, end);
    const row = at + start;
    ops.push({
      bytes: 4 * ESTIMATED_BYTES_PER_COMMAND + bytes,
      state: true,
      queue: (t) => writeRows(t.sheet(STATE_SHEET), row, block),
    });
    start = end;
  }
  return ops;
}

/** Deletes rows 0..count-1 of the records sheet: the rows below move up in one command. */
export function stateDeleteOp(count: number): WriteOp {
  return op(
    2,
    count,
    (t) => t.sheet(STATE_SHEET).getRangeByIndexes(0, 0, count, GRID_COLUMNS).delete('Up'),
    true,
  );
}

function writeRows(sheet: Excel.Worksheet, row: number, rows: readonly string[][]): void {
  const range = sheet.getRangeByIndexes(row, 0, rows.length, 2);
  // Text format first, so Excel never reads a record as a number, date or formula.
  range.numberFormat = rows.map(() => ['@', '@']);
  range.values = rows.map((r) => [...r]);
}

function fillOps(sheet: string, cells: readonly CellRef[], fill: FillFormat): WriteOp[] {
  // clear, then colour, pattern, pattern colour, tint and pattern tint at most
  const commands = 2 + (isNoFill(fill) ? 0 : 5);
  return chunkAddresses(cells.map((c) => c.cell)).map((addresses) =>
    op(commands, [addresses, fill], (t) =>
      applyFill(t.sheet(sheet).getRanges(addresses).format.fill, fill),
    ),
  );
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
