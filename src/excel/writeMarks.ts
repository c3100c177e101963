/**
 * Writing a MarkPlan and the new records in syncs under Excel's 5 MB request
 * limit, ordered so that the workbook can be cleared exactly after any sync:
 *
 *   1. append to the records sheet every new record (the original fill of each
 *      cell about to be painted, each note about to be written) — old records
 *      stay where they are, so the sheet holds old ∪ new;
 *   2. the marks: restores, paints, notes;
 *   3. only if old records are now stale (a restored cell, a replaced note):
 *      append the final records below, then delete the rows above them in one
 *      command.
 *
 * Whatever sync fails or is cancelled, every cell showing our highlight has a
 * record with its original fill, and every note of ours a record with its
 * text: Clear (and the next Verify) find them. Records of a mark never written
 * are harmless: Clear and Verify act on a record only if the cell still shows
 * what it says (see planMarks). Nothing is written twice when the new records
 * are a superset of the old (a first Verify; the same findings again).
 */
import { inChunks, type ChunkOptions } from './chunks';
import { CommentRecovery } from './commentRecovery';
import { isFocusLost } from './errors';
import { pauseBefore, whenFocused } from './focus';
import type { MarkPlan } from './marks';
import {
  markOps,
  stateAppendOps,
  stateDeleteOp,
  writeTarget,
  type AddedNote,
  type WriteOp,
} from './markWriter';
import { stateRows, type WorkbookState } from './stateFormat';
import type { NotesApi } from './types';

export interface RecordsNow {
  /** The records as read. */
  readonly state: WorkbookState;
  /** Whether the records sheet exists. */
  readonly exists: boolean;
  /** One past the last used row of the records sheet (0 if none). */
  readonly end: number;
}

export function planWrites(
  plan: MarkPlan,
  now: RecordsNow,
  notesApi: NotesApi,
  first: readonly WriteOp[] = [],
): WriteOp[] {
  const oldRows = stateRows(now.state);
  const finalRows = stateRows(plan.state);
  const seen = new Set(oldRows.map(rowKey));
  const extra: string[][] = [];
  for (const row of finalRows) {
    const key = rowKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    extra.push(row);
  }
  const ops: WriteOp[] = [...first];
  let exists = now.exists;
  if (extra.length > 0) {
    ops.push(...stateAppendOps(extra, now.end, !exists));
    exists = true;
  }
  ops.push(...markOps(plan, notesApi));
  const end = now.end + extra.length;
  if (!sameRows([...oldRows, ...extra], finalRows) && exists) {
    ops.push(...stateAppendOps(finalRows, end, false));
    if (end > 0) ops.push(stateDeleteOp(end));
  }
  return ops;
}

export interface WriteOutcome {
  readonly syncs: number;
  /** Annotations of ours a cell refused (it holds a note the host cannot show us). */
  readonly skipped: readonly AddedNote[];
}

/**
 * Queues and syncs the operations in chunks under the request budget. Comment
 * additions go in syncs of their own, so that a cell refusing one can be
 * skipped (commentRecovery.ts). A request that fails because another workbook
 * took the focus is sent again only if it changed nothing (see
 * WriteOp.createsSheet); otherwise the error ends the run.
 */
export async function runWrites(
  context: Excel.RequestContext,
  ops: readonly WriteOp[],
  options: ChunkOptions = {},
): Promise<WriteOutcome> {
  const comments = new CommentRecovery(context);
  let syncs = 0;
  let retries = 0;
  const send = async (chunk: readonly WriteOp[]) => {
    // Fresh worksheet proxies per sync: none comes from a request Excel refused.
    const target = writeTarget(context);
    for (const o of chunk) o.queue(target);
    await context.sync();
  };
  const resend = async (chunk: readonly WriteOp[], e: unknown) => {
    const sheet = chunk[0]?.createsSheet;
    if (!sheet || !isFocusLost(e, true) || (await sheetExists(context, sheet))) return null;
    retries += 1;
    return (await pauseBefore(context, retries, options.signal)) ? chunk : null;
  };
  for (const run of segments(ops)) {
    const first = run[0] as WriteOp;
    if (first.adds?.kind === 'comment') {
      const sendComments = async (chunk: readonly WriteOp[]) => {
        const rest = comments.givenUp ? comments.skip(chunk) : chunk;
        if (rest.length > 0) await send(rest);
      };
      syncs += await inChunks(
        run,
        (o) => o.bytes,
        sendComments,
        options,
        (chunk, e) => comments.recover(chunk, e),
      );
    } else {
      syncs += await inChunks(run, (o) => o.bytes, send, options, resend);
    }
  }
  return { syncs, skipped: comments.skipped };
}

/** Consecutive ops that share a way of being sent: comment additions apart (see runWrites). */
function segments(ops: readonly WriteOp[]): WriteOp[][] {
  const isComment = (o: WriteOp) => o.adds?.kind === 'comment';
  const out: WriteOp[][] = [];
  for (const o of ops) {
    const last = out[out.length - 1];
    const lastOp = last?.[last.length - 1];
    if (last && lastOp && isComment(lastOp) === isComment(o)) last.push(o);
    else out.push([o]);
  }
  return out;
}

function sheetExists(context: Excel.RequestContext, name: string): Promise<boolean> {
  return whenFocused(context, async () => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name).load('name');
    await context.sync();
    return !sheet.isNullObject;
  });
}

function rowKey(row: readonly string[]): string {
  return `${row[0] ?? ''}\u0000${row[1] ?? ''}`;
}

function sameRows(a: readonly string[][], b: readonly string[][]): boolean {
  if (a.length !== b.length) return false;
  const x = a.map(rowKey).sort();
  const y = b.map(rowKey).sort();
  return x.every((k, i) => k === y[i]);
}
