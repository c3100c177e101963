/**
 * Deciding what to paint, restore, annotate and record. Pure: given the state
 * records, the cells to mark and what the probe saw, it returns the plan and
 * the new records. `markOps` (markWriter.ts) turns the plan into commands.
 *
 * Rules that keep a user's workbook intact:
 * - a cell's original fill is read once, the first time we paint it, and kept
 *   until we restore it; re-verifying never records our own colour as original;
 * - a cell the user has repainted since is no longer ours: we forget it;
 * - a note we did not write, or one the user has edited since, is never
 *   touched; our note on such a cell is not written, nor on a cell that holds
 *   the other kind (a threaded comment where notes are written: a cell holds
 *   one or the other). Such cells are listed in `unannotated`, for the user to
 *   be told; their findings are in the pane as any other.
 */
import type { Severity } from '../engine/findings';
import { HIGHLIGHT, showsHighlight, type FillFormat } from './fill';
import type { Probe } from './probes';
import { cellKey, type FillRecord, type NoteRecord, type WorkbookState } from './stateFormat';
import type { CellRef, NotesApi } from './types';

export interface MarkTarget extends CellRef {
  readonly severity: Severity;
  readonly note: string;
}

export interface MarkPlan {
  readonly restore: readonly (CellRef & { readonly fill: FillFormat })[];
  readonly paint: readonly (CellRef & { readonly colour: string })[];
  readonly addNotes: readonly (CellRef & { readonly content: string })[];
  readonly updateNotes: readonly (CellRef & {
    readonly content: string;
    readonly commentId?: string;
  })[];
  readonly deleteNotes: readonly (CellRef & { readonly commentId?: string })[];
  /** Flagged cells that get no note of ours: someone's note or comment is there. */
  readonly unannotated: readonly CellRef[];
  readonly state: WorkbookState;
}

/** Records and the cells to probe: every target, and every recorded cell in scope. */
export function cellsToProbe(
  state: WorkbookState,
  targets: readonly CellRef[],
  inScope: (ref: CellRef) => boolean,
): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const r of [...targets, ...state.fills.filter(inScope), ...state.notes.filter(inScope)]) {
    seen.set(cellKey(r.sheet, r.cell), { sheet: r.sheet, cell: r.cell });
  }
  return [...seen.values()];
}

/** Several findings on one cell: one mark, the gravest colour, all messages. */
export function mergeTargets(targets: readonly MarkTarget[]): MarkTarget[] {
  const byCell = new Map<string, MarkTarget>();
  for (const t of targets) {
    const key = cellKey(t.sheet, t.cell);
    const prev = byCell.get(key);
    if (!prev) byCell.set(key, t);
    else
      byCell.set(key, {
        ...prev,
        severity: prev.severity === 'error' || t.severity === 'error' ? 'error' : 'warning',
        note: prev.note.includes(t.note) ? prev.note : `${prev.note}\n\n${t.note}`,
      });
  }
  return [...byCell.values()];
}

export function planMarks(
  state: WorkbookState,
  rawTargets: readonly MarkTarget[],
  inScope: (ref: CellRef) => boolean,
  probe: Probe,
  notesApi: NotesApi,
): MarkPlan {
  const targets = mergeTargets(rawTargets);
  const targetKeys = new Set(targets.map((t) => cellKey(t.sheet, t.cell)));
  // A cell may have several records: an interrupted write leaves the old and the
  // new side by side (see writeMarks). The one that matches what the cell shows
  // now is ours; the last such (the newest) wins.
  const fillsOf = listsByCell(state.fills);
  const notesOf = listsByCell(state.notes);

  const restore = new Map<string, MarkPlan['restore'][number]>();
  const deleteNotes = new Map<string, MarkPlan['deleteNotes'][number]>();
  const fills: FillRecord[] = state.fills.filter((r) => !inScope(r));
  const notes: NoteRecord[] = state.notes.filter((r) => !inScope(r));

  // Cells we marked before and no longer mark: put them back if they are still ours.
  for (const r of state.fills) {
    const key = cellKey(r.sheet, r.cell);
    if (!inScope(r) || targetKeys.has(key)) continue;
    const now = probe.fills.get(key);
    if (now && showsHighlight(now, r.highlight))
      restore.set(key, { sheet: r.sheet, cell: r.cell, fill: r.original });
  }
  for (const r of state.notes) {
    const key = cellKey(r.sheet, r.cell);
    if (!inScope(r) || targetKeys.has(key)) continue;
    const now = probe.notes.get(key);
    if (now && now.content === r.content)
      deleteNotes.set(key, { sheet: r.sheet, cell: r.cell, commentId: now.commentId });
  }

  const paint: MarkPlan['paint'][number][] = [];
  const addNotes: MarkPlan['addNotes'][number][] = [];
  const updateNotes: MarkPlan['updateNotes'][number][] = [];
  const unannotated: CellRef[] = [];
  for (const t of targets) {
    const key = cellKey(t.sheet, t.cell);
    const colour = HIGHLIGHT[t.severity];
    const now = probe.fills.get(key);
    if (now) {
      const known = lastMatching(fillsOf.get(key), (r) => showsHighlight(now, r.highlight));
      const original = known ? known.original : now;
      fills.push({ sheet: t.sheet, cell: t.cell, original, highlight: colour });
      if (!showsHighlight(now, colour)) paint.push({ sheet: t.sheet, cell: t.cell, colour });
    }
    if (notesApi === 'none') continue;
    const note = probe.notes.get(key);
    const ours = note
      ? lastMatching(notesOf.get(key), (r) => r.kind === notesApi && r.content === note.content)
      : undefined;
    if (probe.foreign.has(key) || (note && !ours)) {
      unannotated.push({ sheet: t.sheet, cell: t.cell });
    } else if (!note) {
      addNotes.push({ sheet: t.sheet, cell: t.cell, content: t.note });
      notes.push({ sheet: t.sheet, cell: t.cell, kind: notesApi, content: t.note });
    } else if (ours) {
      if (note.content !== t.note)
        updateNotes.push({
          sheet: t.sheet,
          cell: t.cell,
          content: t.note,
          commentId: note.commentId,
        });
      notes.push({ sheet: t.sheet, cell: t.cell, kind: notesApi, content: t.note });
    }
  }
  return {
    restore: [...restore.values()],
    paint,
    addNotes,
    updateNotes,
    deleteNotes: [...deleteNotes.values()],
    unannotated,
    state: { ...state, fills, notes },
  };
}

function listsByCell<T extends CellRef>(records: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const key = cellKey(r.sheet, r.cell);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

function lastMatching<T>(list: readonly T[] | undefined, ok: (t: T) => boolean): T | undefined {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i] as T)) return list[i];
  return undefined;
}

export function isEmptyPlan(p: MarkPlan): boolean {
  return (
    p.restore.length +
      p.paint.length +
      p.addNotes.length +
      p.updateNotes.length +
      p.deleteNotes.length ===
    0
  );
}

/** The sheets a plan writes to (the state sheet aside). */
export function sheetsWritten(p: MarkPlan): Set<string> {
  return new Set(
    [...p.restore, ...p.paint, ...p.addNotes, ...p.updateNotes, ...p.deleteNotes].map(
      (r) => r.sheet,
    ),
  );
}
