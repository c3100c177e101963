/**
 * The self-test's own sheet: made with a name no sheet has, filled with the
 * budget, its fills and someone else's notes and comments; looked at between
 * the steps; then deleted with every record the add-in kept of it, and the
 * records sheet too when the self-test made it. Nothing else is touched.
 */
import { STATE_SHEET } from '../../engine/review';
import { qualifiedAddress } from '../addresses';
import type { AnnotationApis } from '../apis';
import { splitAddress } from '../probes';
import { FILL_PROPERTIES, readFill, type FillFormat, type FillReading } from '../fill';
import { whenFocused } from '../focus';
import { asText } from '../reviewActions';
import { stateRows, type WorkbookState } from '../stateFormat';
import type { NotesApi } from '../types';
import { loadDetails, loadInfo } from '../workbook';
import { planWrites, runWrites } from '../writeMarks';
import {
  BUDGET,
  BUDGET_RANGE,
  BYSTANDER,
  FILLS,
  SLIPS,
  SOMEONES_COMMENT,
  SOMEONES_NOTE,
  fillOf,
} from './budget';

/** `진단 0915` (the time), made unique among the sheets there are. */
export function scratchName(sheets: readonly string[], now: Date): string {
  const base = `진단 ${String(now.getHours()).padStart(2, '0')}${String(now.getMinutes()).padStart(2, '0')}`;
  const taken = new Set(sheets.map((s) => s.toLowerCase()));
  for (let i = 1; ; i += 1) {
    const name = i === 1 ? base : `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Which of someone else's annotations could be placed (as the host allows). */
export interface Placed {
  readonly note: boolean;
  readonly comment: boolean;
}

export async function makeScratch(
  context: Excel.RequestContext,
  name: string,
  apis: AnnotationApis,
): Promise<Placed> {
  await whenFocused(
    context,
    async () => {
      context.workbook.worksheets.add(name);
      await context.sync();
    },
    undefined,
    true,
  );
  const sheet = context.workbook.worksheets.getItem(name);
  const range = sheet.getRange(BUDGET_RANGE);
  range.numberFormat = BUDGET.map((row) => row.map((v) => (typeof v === 'number' ? '#,##0' : '@')));
  range.values = BUDGET.map((row) =>
    row.map((v) => (v === null ? '' : typeof v === 'number' ? v : asText(v))),
  );
  for (const cell of [...SLIPS.map((s) => s.cell), BYSTANDER.cell]) {
    const kind = fillOf(cell);
    if (kind === 'none') continue;
    const spec = FILLS[kind];
    const fill = sheet.getRange(cell).format.fill;
    fill.color = spec.color;
    if (spec.pattern) fill.pattern = spec.pattern;
    if (spec.patternColor) fill.patternColor = spec.patternColor;
    if (spec.tintAndShade !== undefined) fill.tintAndShade = spec.tintAndShade;
  }
  const noted = apis.notes ? SLIPS.filter((s) => s.annotation === 'note').map((s) => s.cell) : [];
  for (const cell of noted) sheet.notes.add(cell, SOMEONES_NOTE);
  if (apis.notes) sheet.notes.add(BYSTANDER.cell, SOMEONES_NOTE);
  const commented = apis.comments ? SLIPS.filter((s) => s.annotation === 'comment') : [];
  for (const s of commented) sheet.comments.add(qualifiedAddress(name, s.cell), SOMEONES_COMMENT);
  await context.sync();
  return { note: apis.notes, comment: apis.comments };
}

/** What a watched cell looks like now. */
export interface CellLook {
  readonly reading: FillReading;
  readonly fill: FillFormat;
  readonly value: unknown;
  /** The note's text, if the host has notes and the cell one. */
  readonly note: string | null;
  readonly comment: string | null;
}

export async function look(
  context: Excel.RequestContext,
  name: string,
  cells: readonly string[],
  apis: AnnotationApis,
): Promise<Map<string, CellLook>> {
  return whenFocused(context, async () => {
    const sheet = context.workbook.worksheets.getItem(name);
    const read = cells.map((cell) => ({
      cell,
      fill: sheet.getRange(cell).format.fill.load(FILL_PROPERTIES),
      range: sheet.getRange(cell).load('values'),
      note: apis.notes ? sheet.notes.getItemOrNullObject(cell).load('content') : null,
    }));
    const comments = apis.comments ? context.workbook.comments.load('items/content') : null;
    await context.sync();
    const located = (comments?.items ?? []).map((c) => ({
      c,
      at: c.getLocation().load('address'),
    }));
    if (located.length > 0) await context.sync();
    const commentAt = new Map<string, string>();
    for (const { c, at } of located) {
      const ref = splitAddress(at.address);
      if (ref?.sheet === name) commentAt.set(ref.cell, c.content);
    }
    return new Map(
      read.map(({ cell, fill, range, note }) => {
        const reading: FillReading = {
          color: fill.color ?? null,
          pattern: fill.pattern ?? null,
          tintAndShade: fill.tintAndShade ?? null,
          patternColor: fill.patternColor ?? null,
          patternTintAndShade: fill.patternTintAndShade ?? null,
        };
        return [
          cell,
          {
            reading,
            fill: readFill(reading),
            value: range.values[0]?.[0],
            note: note && !note.isNullObject ? note.content : null,
            comment: commentAt.get(cell) ?? null,
          },
        ];
      }),
    );
  });
}

/**
 * Deletes the sheet, then every record of it; the records sheet goes too when
 * the self-test made it and nothing else is left in it.
 */
export async function removeScratch(
  context: Excel.RequestContext,
  name: string,
  declared: NotesApi,
  recordsBefore: boolean,
): Promise<void> {
  const before = await loadInfo(context, declared);
  if (before.sheets.includes(name))
    await whenFocused(context, async () => {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  const info = await loadInfo(context, declared);
  if (!info.hasStateSheet) return;
  const details = await loadDetails(context, info, [], false);
  const others = (r: { sheet: string }) => r.sheet !== name;
  const state: WorkbookState = {
    ...details.state,
    fills: details.state.fills.filter(others),
    notes: details.state.notes.filter(others),
    acceptances: details.state.acceptances.filter(others),
  };
  if (!recordsBefore && stateRows(state).length === 0) {
    await whenFocused(context, async () => {
      context.workbook.worksheets.getItem(STATE_SHEET).delete();
      await context.sync();
    });
    return;
  }
  const plan = {
    restore: [],
    paint: [],
    addNotes: [],
    updateNotes: [],
    deleteNotes: [],
    unannotated: [],
  };
  const records = { state: details.state, exists: true, end: details.stateEnd };
  await runWrites(context, planWrites({ ...plan, state }, records, info.notesApi));
}
