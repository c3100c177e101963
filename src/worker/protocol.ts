/**
 * What the pane's thread and the verification worker say to each other, and the
 * worker's side of it as plain code (so it is tested without a Worker).
 *
 * A sheet goes over in pieces: its header, then its rows a chunk at a time.
 * Every postMessage clones what it carries on the pane's thread; at 500k rows one
 * message took seconds, in which the pane could not paint or take a click. Chunks
 * keep each pause short and let Cancel in between.
 *
 * The worker keeps the sheets it was sent, by name, while the page asks it to
 * (`keep`): a later run sends only the rows that changed (`patch`, see upload.ts),
 * or nothing. `warm` runs the engine over the first rows once, so that a later
 * run finds its code already compiled.
 */
import type { VerifyResult } from '../engine/findings';
import type { VerifyOptions } from '../engine/options';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../engine/snapshot';
import { verifyWorkbook } from '../engine/verify';

type Rows<T> = readonly (readonly T[])[];

/** A sheet's rows as the snapshot's grids hold them (formulas and formats only where the sheet has them). */
export interface RowsOf {
  readonly values: Rows<CellValue>;
  readonly texts: Rows<string | null>;
  readonly formulas?: Rows<string | null>;
  readonly numberFormats?: Rows<string | null>;
}

export type VerifyMessage =
  /** A sheet begins (replacing one of the same name): its rows follow. */
  | {
      readonly kind: 'sheet';
      readonly name: string;
      readonly origin?: SheetSnapshot['origin'];
      readonly merges: readonly MergeArea[];
      readonly formulas: boolean;
      readonly numberFormats: boolean;
    }
  /** The next rows of the sheet begun last. */
  | ({ readonly kind: 'rows' } & RowsOf)
  /** Rows `at` (grid indexes) of a sheet already sent, replaced. */
  | ({ readonly kind: 'patch'; readonly name: string; readonly at: readonly number[] } & RowsOf)
  /** Verify these sheets, in this order; with `keep` false the worker forgets every sheet afterwards. */
  | {
      readonly kind: 'run';
      readonly options: VerifyOptions;
      readonly sheets: readonly string[];
      readonly keep: boolean;
    }
  /** Forget every sheet but these (another book was opened). */
  | { readonly kind: 'keep-only'; readonly sheets: readonly string[] }
  /** Run the engine over the first `rows` rows of these sheets, for its code to be compiled before a real run. */
  | {
      readonly kind: 'warm';
      readonly options: VerifyOptions;
      readonly sheets: readonly string[];
      readonly rows: number;
    };

/** Times are epoch milliseconds (timeOrigin + now), comparable across the two threads. */
export type VerifyReply =
  | {
      readonly ok: true;
      readonly result: VerifyResult;
      readonly startedAt: number;
      readonly finishedAt: number;
    }
  | { readonly ok: false; readonly message: string };

/** Posted once by a worker whose script has loaded: an error event after it means the worker died. */
export const WORKER_READY = 'budget-verify:ready';

/** Rows per message: about 50 ms of cloning for a budget statement's width on a slow machine. */
export const CHUNK_ROWS = 10_000;

/** Rows [from, to) of the sheet's grids. */
export function rowsOf(sheet: SheetSnapshot, from: number, to: number): RowsOf {
  const { formulas, numberFormats } = sheet;
  return {
    values: sheet.values.slice(from, to),
    texts: sheet.texts.slice(from, to),
    ...(formulas ? { formulas: formulas.slice(from, to) } : {}),
    ...(numberFormats ? { numberFormats: numberFormats.slice(from, to) } : {}),
  };
}

/** The messages that carry one whole sheet. */
export function* sheetMessages(
  sheet: SheetSnapshot,
  chunkRows = CHUNK_ROWS,
): Generator<VerifyMessage> {
  const { name, origin, merges, formulas, numberFormats } = sheet;
  yield {
    kind: 'sheet',
    name,
    ...(origin ? { origin } : {}),
    merges,
    formulas: !!formulas,
    numberFormats: !!numberFormats,
  };
  for (let from = 0; from < sheet.values.length; from += chunkRows)
    yield { kind: 'rows', ...rowsOf(sheet, from, from + chunkRows) };
}

/** The messages that carry a whole snapshot and then ask for it to be verified. */
export function* messagesFor(
  snapshot: WorkbookSnapshot,
  options: VerifyOptions,
  chunkRows = CHUNK_ROWS,
): Generator<VerifyMessage> {
  for (const sheet of snapshot.sheets) yield* sheetMessages(sheet, chunkRows);
  yield runMessage(snapshot, options, false);
}

export function runMessage(
  snapshot: WorkbookSnapshot,
  options: VerifyOptions,
  keep: boolean,
): VerifyMessage {
  return { kind: 'run', options, sheets: snapshot.sheets.map((s) => s.name), keep };
}

interface HeldSheet {
  name: string;
  origin?: SheetSnapshot['origin'];
  merges: readonly MergeArea[];
  values: (readonly CellValue[])[];
  texts: (readonly (string | null)[])[];
  formulas?: (readonly (string | null)[])[];
  numberFormats?: (readonly (string | null)[])[];
}

/** The worker's side: keeps the sheets it is sent; on `run` (or `warm`) verifies them and answers. */
export class Receiver {
  private readonly sheets = new Map<string, HeldSheet>();
  /** The sheet that `rows` add to. */
  private last: HeldSheet | null = null;

  constructor(private readonly clock: () => number) {}

  receive(message: VerifyMessage): VerifyReply | null {
    switch (message.kind) {
      case 'sheet': {
        const sheet: HeldSheet = {
          name: message.name,
          ...(message.origin ? { origin: message.origin } : {}),
          merges: message.merges,
          values: [],
          texts: [],
          ...(message.formulas ? { formulas: [] } : {}),
          ...(message.numberFormats ? { numberFormats: [] } : {}),
        };
        this.sheets.set(sheet.name, sheet);
        this.last = sheet;
        return null;
      }
      case 'rows': {
        const sheet = this.last;
        if (!sheet) return { ok: false, message: 'Rows arrived before their sheet.' };
        append(sheet.values, message.values);
        append(sheet.texts, message.texts);
        if (sheet.formulas && message.formulas) append(sheet.formulas, message.formulas);
        if (sheet.numberFormats && message.numberFormats)
          append(sheet.numberFormats, message.numberFormats);
        return null;
      }
      case 'patch': {
        const sheet = this.sheets.get(message.name);
        if (!sheet)
          return { ok: false, message: `Rows of ${message.name} arrived before the sheet.` };
        for (const [i, r] of message.at.entries()) {
          if (r < 0 || r >= sheet.values.length)
            return { ok: false, message: `Row ${r} of ${message.name} is outside the sheet.` };
          sheet.values[r] = message.values[i] ?? [];
          sheet.texts[r] = message.texts[i] ?? [];
          if (sheet.formulas) sheet.formulas[r] = message.formulas?.[i] ?? [];
          if (sheet.numberFormats) sheet.numberFormats[r] = message.numberFormats?.[i] ?? [];
        }
        return null;
      }
      case 'keep-only': {
        const kept = new Set(message.sheets);
        for (const name of this.sheets.keys()) if (!kept.has(name)) this.sheets.delete(name);
        if (this.last && !kept.has(this.last.name)) this.last = null;
        return null;
      }
      case 'run': {
        const sheets = this.named(message.sheets);
        if (!message.keep) this.forget();
        if (!sheets) return { ok: false, message: 'A sheet to verify was never sent.' };
        return answer({ sheets }, message.options, this.clock);
      }
      case 'warm': {
        const sheets = this.named(message.sheets);
        if (!sheets) return { ok: false, message: 'A sheet to warm up on was never sent.' };
        return answer({ sheets: firstRows(sheets, message.rows) }, message.options, this.clock);
      }
    }
  }

  private named(names: readonly string[]): HeldSheet[] | null {
    const sheets = names.map((name) => this.sheets.get(name));
    return sheets.every((s) => s !== undefined) ? sheets : null;
  }

  private forget(): void {
    this.sheets.clear();
    this.last = null;
  }
}

/** The sheets cut to their first `rows` rows in all (the merges inside them): what a warm-up runs over. */
export function firstRows(sheets: readonly SheetSnapshot[], rows: number): SheetSnapshot[] {
  const cut: SheetSnapshot[] = [];
  let left = rows;
  for (const sheet of sheets) {
    if (left <= 0) break;
    const n = Math.min(left, sheet.values.length);
    left -= n;
    const top = sheet.origin?.row ?? 0;
    cut.push({
      ...sheet,
      ...rowsOf(sheet, 0, n),
      merges: sheet.merges.filter((m) => m.bottom < top + n),
    });
  }
  return cut;
}

function append<T>(target: T[], rows: readonly T[]): void {
  // push(...rows) would overflow the stack on long chunks.
  for (const row of rows) target.push(row);
}

/** Runs the engine. It never throws on a user's sheet; a defect of ours is still answered, not thrown. */
export function answer(
  snapshot: WorkbookSnapshot,
  options: VerifyOptions,
  clock: () => number,
): VerifyReply {
  try {
    const startedAt = clock();
    const result = verifyWorkbook(snapshot, options);
    return { ok: true, result, startedAt, finishedAt: clock() };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
