/**
 * What a Verify tells the user besides its findings (HostVerifyResult.notices):
 * cells that got no note of ours, a host with no annotations at all, rows read
 * without their merged areas. Every finding is in the pane either way.
 */
import type { Language } from '../engine/options';
import type { HostNotice } from '../host/port';
import type { MergeGap } from './merges';
import { message } from './messages';
import type { CellRef, NotesApi } from './types';

/** Cells named in a notice before "and n more". */
const CELLS_NAMED = 5;

export interface VerifyOutcome {
  readonly notesApi: NotesApi;
  /** How many flagged cells this Verify marked. */
  readonly marked: number;
  /** Flagged cells that got no note of ours (someone's note or comment is there). */
  readonly unannotated: readonly CellRef[];
  readonly mergesUnread: readonly MergeGap[];
}

export function verifyNotices(outcome: VerifyOutcome, language: Language): HostNotice[] {
  const notices: HostNotice[] = [];
  if (outcome.notesApi === 'none' && outcome.marked > 0)
    notices.push({ kind: 'notes-unavailable', message: message('notesUnavailable', language) });
  if (outcome.unannotated.length > 0)
    notices.push({
      kind: 'notes-skipped',
      message: message('notesSkipped', language, {
        cells: cellList(outcome.unannotated, language),
      }),
    });
  for (const gap of outcome.mergesUnread) {
    const rows =
      gap.fromRow === gap.toRow ? `${gap.fromRow + 1}` : `${gap.fromRow + 1}–${gap.toRow + 1}`;
    notices.push({
      kind: 'merges-unread',
      message: message('mergesUnread', language, { sheet: gap.sheet, rows }),
    });
  }
  return notices;
}

/** `'예산'!D14, '예산'!D20 외 3개 셀` (the sheet named only where cells are on several). */
function cellList(cells: readonly CellRef[], language: Language): string {
  const sheets = new Set(cells.map((c) => c.sheet));
  const name = (c: CellRef) => (sheets.size > 1 ? `'${c.sheet}'!${c.cell}` : c.cell);
  const list = cells.slice(0, CELLS_NAMED).map(name).join(', ');
  const more = cells.length - CELLS_NAMED;
  return more > 0 ? message('andMore', language, { list, more }) : list;
}
