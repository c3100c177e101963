/**
 * What one worker holds of the page's sheets, and the messages that bring it up
 * to date with a snapshot: nothing for a sheet it already holds, only the rows
 * that changed for a sheet a Fix patched, the whole sheet otherwise.
 *
 * Snapshots are values: a sheet that changes is a new snapshot object, and a
 * patched one (web/book/sheetReads.ts `patchSnapshot`) shares every row it did
 * not change with the one before. So "what changed" is found by comparing row
 * arrays by identity, without looking at a cell: 100k comparisons, well under a
 * millisecond, where sending the sheet again cost the pane's thread ~300 ms of
 * cloning and the worker as long again to take it.
 */
import type { SheetSnapshot } from '../engine/snapshot';
import { CHUNK_ROWS, sheetMessages, type VerifyMessage } from './protocol';

/** Beyond this share of changed rows the sheet is sent whole (a patch names every row it carries). */
const PATCH_AT_MOST = 0.5;

export class HeldSheets {
  private readonly sheets = new Map<string, SheetSnapshot>();

  /** The messages that make the worker hold `sheets` as they are now; they are taken as held. */
  *upload(sheets: readonly SheetSnapshot[], chunkRows = CHUNK_ROWS): Generator<VerifyMessage> {
    for (const sheet of sheets) {
      const before = this.sheets.get(sheet.name);
      this.sheets.set(sheet.name, sheet);
      if (before === sheet) continue;
      const changed = before ? changedRows(before, sheet) : null;
      if (changed && changed.length <= sheet.values.length * PATCH_AT_MOST)
        yield* patches(sheet, changed, chunkRows);
      else yield* sheetMessages(sheet, chunkRows);
    }
  }

  /** The message that makes the worker forget every sheet but these, when it holds others. */
  keepOnly(names: readonly string[]): VerifyMessage | null {
    const kept = new Set(names);
    const dropped = [...this.sheets.keys()].filter((name) => !kept.has(name));
    if (dropped.length === 0) return null;
    for (const name of dropped) this.sheets.delete(name);
    return { kind: 'keep-only', sheets: [...names] };
  }

  /** The worker forgot everything (it was stopped, or told to forget after a run). */
  clear(): void {
    this.sheets.clear();
  }
}

/** The grid indexes of the rows that differ, or null when the sheets differ in more than rows. */
export function changedRows(before: SheetSnapshot, after: SheetSnapshot): number[] | null {
  if (before.values.length !== after.values.length) return null;
  if (!!before.formulas !== !!after.formulas || !!before.numberFormats !== !!after.numberFormats)
    return null;
  if (
    before.merges !== after.merges &&
    JSON.stringify(before.merges) !== JSON.stringify(after.merges)
  )
    return null;
  if (
    (before.origin?.row ?? 0) !== (after.origin?.row ?? 0) ||
    (before.origin?.col ?? 0) !== (after.origin?.col ?? 0)
  )
    return null;
  const changed: number[] = [];
  for (let r = 0; r < after.values.length; r++) {
    if (
      before.values[r] !== after.values[r] ||
      before.texts[r] !== after.texts[r] ||
      before.formulas?.[r] !== after.formulas?.[r] ||
      before.numberFormats?.[r] !== after.numberFormats?.[r]
    )
      changed.push(r);
  }
  return changed;
}

function* patches(
  sheet: SheetSnapshot,
  changed: readonly number[],
  chunkRows: number,
): Generator<VerifyMessage> {
  const { values, texts, formulas, numberFormats } = sheet;
  for (let from = 0; from < changed.length; from += chunkRows) {
    const at = changed.slice(from, from + chunkRows);
    yield {
      kind: 'patch',
      name: sheet.name,
      at,
      values: at.map((r) => values[r] ?? []),
      texts: at.map((r) => texts[r] ?? []),
      ...(formulas ? { formulas: at.map((r) => formulas[r] ?? []) } : {}),
      ...(numberFormats ? { numberFormats: at.map((r) => numberFormats[r] ?? []) } : {}),
    };
  }
}
