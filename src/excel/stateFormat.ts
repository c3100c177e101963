/**
 * The add-in's records in the workbook, on the very hidden sheet STATE_SHEET:
 * one record per row, column A a key, column B one JSON object.
 *
 *   A            | B
 *   fill         | {"sheet":"Sheet1","cell":"D14","original":{"color":"#FFFFFF","pattern":"None",…},"highlight":"#FFC7CE"}
 *   note         | {"sheet":"Sheet1","cell":"D14","kind":"note","content":"[검산] …"}
 *   acceptance   | {"sheet":"Sheet1","cell":"D14","rule":"product","actual":61000,"note":"…","reviewer":"…","at":"2024-…"}
 *                  (note and reviewer optional: records older than names have neither and read as before)
 *
 * Rows with any other key (another tool's, a later version's) are kept as they
 * are, except PENDING_KEY rows: records an Insert staged and never switched to
 * (see parseState). Pure: the Excel adapter and the file adapter can both use it.
 */
import { decodeAcceptance, type Acceptance } from '../engine/review';
import { isFillFormat, type FillFormat } from './fill';

export const STATE_KEY = Object.freeze({ fill: 'fill', note: 'note', acceptance: 'acceptance' });

/**
 * The key of a record Insert stages before its row is inserted (moveRecords.ts):
 * in the insertion's own request such rows get their real keys right after the
 * row is inserted, so a row still under this key is left by an Insert that
 * stopped before that point.
 */
export const PENDING_KEY = 'pending-insert';

export interface FillRecord {
  readonly sheet: string;
  readonly cell: string;
  /** The fill the cell had before the add-in first highlighted it. */
  readonly original: FillFormat;
  /** The colour the add-in painted, to tell whether the user has repainted it since. */
  readonly highlight: string;
}

export interface NoteRecord {
  readonly sheet: string;
  readonly cell: string;
  /** `note` (ExcelApi 1.18 notes) or `comment` (the threaded-comment fallback). */
  readonly kind: 'note' | 'comment';
  /** The text the add-in wrote; a note whose text differs now is the user's. */
  readonly content: string;
}

export interface WorkbookState {
  readonly fills: readonly FillRecord[];
  readonly notes: readonly NoteRecord[];
  readonly acceptances: readonly Acceptance[];
  /** Rows this version does not understand, written back unchanged. */
  readonly other: readonly (readonly [string, string])[];
}

export const EMPTY_STATE: WorkbookState = Object.freeze({
  fills: [],
  notes: [],
  acceptances: [],
  other: [],
});

/**
 * The records of the rows as read. PENDING_KEY rows are none of them, nor kept
 * as another tool's. Such a row is left by an Insert that stopped before its
 * switch (the request never sent, the insertion refused): the sheet and the old
 * records are as they were, and the staged rows name the cells below the row by
 * the addresses they would have after an insertion that did not happen. Taking
 * them (finishing the move) would put those records on the wrong cells, so they
 * are rolled back: read as nothing, and gone the next time the records are
 * rewritten (a rewrite deletes the rows it read and writes back only these
 * records). The one failure the rows cannot tell apart from these, the row
 * inserted and the renaming right after it refused, is left as it is: nothing
 * in the records says the row was inserted.
 */
export function parseState(rows: readonly (readonly unknown[])[]): WorkbookState {
  const fills: FillRecord[] = [];
  const notes: NoteRecord[] = [];
  const acceptances: Acceptance[] = [];
  const other: (readonly [string, string])[] = [];
  for (const row of rows) {
    const key = String(row[0] ?? '').trim();
    const raw = String(row[1] ?? '');
    if ((key === '' && raw === '') || key === PENDING_KEY) continue;
    const data = parseJson(raw);
    if (key === STATE_KEY.fill && isFillRecord(data)) fills.push(data);
    else if (key === STATE_KEY.note && isNoteRecord(data)) notes.push(data);
    else if (key === STATE_KEY.acceptance && typeof decodeAcceptance(raw) === 'object') {
      acceptances.push(decodeAcceptance(raw) as Acceptance);
    } else other.push([key, raw]);
  }
  return { fills, notes, acceptances, other };
}

export function stateRows(state: WorkbookState): string[][] {
  return [
    ...state.fills.map((r) => [STATE_KEY.fill, JSON.stringify(r)]),
    ...state.notes.map((r) => [STATE_KEY.note, JSON.stringify(r)]),
    ...state.acceptances.map((r) => [STATE_KEY.acceptance, JSON.stringify(r)]),
    ...state.other.map(([k, v]) => [k, v]),
  ];
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function hasCell(x: unknown): x is { sheet: string; cell: string } & Record<string, unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Record<string, unknown>).sheet === 'string' &&
    typeof (x as Record<string, unknown>).cell === 'string'
  );
}

function isFillRecord(x: unknown): x is FillRecord {
  return hasCell(x) && isFillFormat(x.original) && typeof x.highlight === 'string';
}

function isNoteRecord(x: unknown): x is NoteRecord {
  return hasCell(x) && (x.kind === 'note' || x.kind === 'comment') && typeof x.content === 'string';
}
