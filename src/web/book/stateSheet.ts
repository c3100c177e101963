/**
 * The browser host's records in the workbook's very hidden state sheet
 * (STATE_SHEET), in the format every adapter shares: one record per row,
 * column A a key, column B one JSON object.
 *
 *   acceptance | {"sheet":…,"cell":…,"rule":…,"actual":…,"at":…}   (engine/review.ts, shared)
 *   mark       | {"sheet":…,"cell":"D14","fill":<original exceljs fill or null>,
 *                 "note":<original note or null>,"highlight":"FFFFC7CE","content":"[budget-verify] …"}
 *   report     | {"sheet":"검산결과"}
 *
 * `mark` and `report` are written by Save, so that a saved copy, opened again,
 * can still be cleared back to the exact original fills and notes. Rows with
 * any other key (the Office add-in's `fill`/`note`, a later version's) are kept
 * as they are. The CLI reads only `acceptance` rows.
 */
import type { Comment, Fill, Workbook, Worksheet } from 'exceljs';
import {
  ACCEPTANCE_KEY,
  encodeAcceptance,
  STATE_SHEET,
  type Acceptance,
} from '../../engine/review';
import { readCell } from '../../file/cells';
import { readState } from '../../file/state';

export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  /** The cell's fill before it was highlighted (null: none). */
  readonly fill: Fill | null;
  /** The cell's own note before ours was added (null: none). */
  readonly note: string | Comment | null;
  /** The highlight colour (ARGB), to tell whether the user repainted the cell since. */
  readonly highlight: string;
  /** Our note text. */
  readonly content: string;
}

export interface BookState {
  readonly acceptances: readonly Acceptance[];
  readonly marks: readonly MarkRecord[];
  /** The report sheet the last Save added, if it is still there. */
  readonly report: string | null;
  /** Rows of other keys, written back unchanged. */
  readonly other: readonly (readonly [string, string])[];
  /** Problems that did not stop the reading (a damaged acceptance row). */
  readonly warnings: readonly string[];
}

export const MARK_KEY = 'mark';
export const REPORT_KEY = 'report';

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isMarkRecord(x: unknown): x is MarkRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.sheet === 'string' &&
    typeof r.cell === 'string' &&
    typeof r.highlight === 'string' &&
    typeof r.content === 'string' &&
    (r.fill === null || typeof r.fill === 'object') &&
    (r.note === null || typeof r.note === 'string' || typeof r.note === 'object')
  );
}

export function readBookState(workbook: Workbook): BookState {
  const sheet = workbook.getWorksheet(STATE_SHEET);
  const { acceptances, warnings } = readState(sheet);
  const marks: MarkRecord[] = [];
  const other: [string, string][] = [];
  let report: string | null = null;
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const key = readCell(row.getCell(1)).text.trim();
    const raw = readCell(row.getCell(2)).text;
    if (key === ACCEPTANCE_KEY || (key === '' && raw.trim() === '')) return;
    const data = parseJson(raw);
    if (key === MARK_KEY && isMarkRecord(data)) marks.push(data);
    else if (key === REPORT_KEY && typeof (data as { sheet?: unknown })?.sheet === 'string')
      report = (data as { sheet: string }).sheet;
    else other.push([key, raw]);
  });
  return { acceptances, marks, report, other, warnings };
}

export interface StateToWrite {
  readonly acceptances: readonly Acceptance[];
  readonly marks?: readonly MarkRecord[];
  readonly report?: string | null;
  readonly other: readonly (readonly [string, string])[];
}

/** Rewrites the state sheet (creating it, very hidden, when needed); no sheet when there is nothing to keep. */
export function writeBookState(workbook: Workbook, state: StateToWrite): void {
  const rows: (readonly [string, string])[] = [
    ...state.acceptances.map(encodeAcceptance),
    ...(state.marks ?? []).map((m) => [MARK_KEY, JSON.stringify(m)] as const),
    ...(state.report ? [[REPORT_KEY, JSON.stringify({ sheet: state.report })] as const] : []),
    ...state.other,
  ];
  let sheet: Worksheet | undefined = workbook.getWorksheet(STATE_SHEET);
  if (sheet) workbook.removeWorksheet(sheet.id);
  if (rows.length === 0) return;
  sheet = workbook.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  // Text cells only: a payload is never taken for a number or a formula.
  rows.forEach(([key, json], i) => {
    sheet.getCell(i + 1, 1).value = key;
    sheet.getCell(i + 1, 2).value = json;
  });
}
