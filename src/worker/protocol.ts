/**
 * What the pane's thread and the verification worker say to each other, and the
 * worker's side of it as plain code (so it is tested without a Worker).
 *
 * A snapshot goes over in pieces: each sheet's header, then its rows a chunk at
 * a time, then `run`. Every postMessage clones what it carries on the pane's
 * thread; at 500k rows one message took seconds, in which the pane could not
 * paint or take a click. Chunks keep each pause short and let Cancel in between.
 */
import type { VerifyResult } from '../engine/findings';
import type { VerifyOptions } from '../engine/options';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../engine/snapshot';
import { verifyWorkbook } from '../engine/verify';

type Rows<T> = readonly (readonly T[])[];

export type VerifyMessage =
  | {
      readonly kind: 'sheet';
      readonly name: string;
      readonly origin?: SheetSnapshot['origin'];
      readonly merges: readonly MergeArea[];
      readonly formulas: boolean;
      readonly numberFormats: boolean;
    }
  | {
      readonly kind: 'rows';
      readonly values: Rows<CellValue>;
      readonly texts: Rows<string>;
      readonly formulas?: Rows<string | null>;
      readonly numberFormats?: Rows<string | null>;
    }
  | { readonly kind: 'run'; readonly options: VerifyOptions };

/** Times are epoch milliseconds (timeOrigin + now), comparable across the two threads. */
export type VerifyReply =
  | { readonly ok: true; readonly result: VerifyResult; readonly startedAt: number; readonly finishedAt: number }
  | { readonly ok: false; readonly message: string };

/** Posted once by a worker whose script has loaded: an error event after it means the worker died. */
export const WORKER_READY = 'budget-verify:ready';

/** Rows per message: about 50 ms of cloning for a budget statement's width on a slow machine. */
export const CHUNK_ROWS = 10_000;

/** The messages that carry a snapshot and then ask for it to be verified. */
export function* messagesFor(snapshot: WorkbookSnapshot, options: VerifyOptions, chunkRows = CHUNK_ROWS): Generator<VerifyMessage> {
  for (const sheet of snapshot.sheets) {
    const { name, origin, merges, formulas, numberFormats } = sheet;
    yield { kind: 'sheet', name, ...(origin ? { origin } : {}), merges, formulas: !!formulas, numberFormats: !!numberFormats };
    for (let from = 0; from < sheet.values.length; from += chunkRows) {
      const to = from + chunkRows;
      yield {
        kind: 'rows',
        values: sheet.values.slice(from, to),
        texts: sheet.texts.slice(from, to),
        ...(formulas ? { formulas: formulas.slice(from, to) } : {}),
        ...(numberFormats ? { numberFormats: numberFormats.slice(from, to) } : {}),
      };
    }
  }
  yield { kind: 'run', options };
}

interface SheetInProgress {
  name: string;
  origin?: SheetSnapshot['origin'];
  merges: readonly MergeArea[];
  values: (readonly CellValue[])[];
  texts: (readonly string[])[];
  formulas?: (readonly (string | null)[])[];
  numberFormats?: (readonly (string | null)[])[];
}

/** The worker's side: gathers the pieces; on `run`, verifies them and answers (then starts afresh). */
export class Receiver {
  private sheets: SheetInProgress[] = [];

  constructor(private readonly clock: () => number) {}

  receive(message: VerifyMessage): VerifyReply | null {
    switch (message.kind) {
      case 'sheet':
        this.sheets.push({
          name: message.name,
          ...(message.origin ? { origin: message.origin } : {}),
          merges: message.merges,
          values: [],
          texts: [],
          ...(message.formulas ? { formulas: [] } : {}),
          ...(message.numberFormats ? { numberFormats: [] } : {}),
        });
        return null;
      case 'rows': {
        const sheet = this.sheets.at(-1);
        if (!sheet) return { ok: false, message: 'Rows arrived before their sheet.' };
        append(sheet.values, message.values);
        append(sheet.texts, message.texts);
        if (sheet.formulas && message.formulas) append(sheet.formulas, message.formulas);
        if (sheet.numberFormats && message.numberFormats) append(sheet.numberFormats, message.numberFormats);
        return null;
      }
      case 'run': {
        const snapshot: WorkbookSnapshot = { sheets: this.sheets };
        this.sheets = [];
        return answer(snapshot, message.options, this.clock);
      }
    }
  }
}

function append<T>(target: T[], rows: readonly T[]): void {
  // push(...rows) would overflow the stack on long chunks.
  for (const row of rows) target.push(row);
}

/** Runs the engine. It never throws on a user's sheet; a defect of ours is still answered, not thrown. */
export function answer(snapshot: WorkbookSnapshot, options: VerifyOptions, clock: () => number): VerifyReply {
  try {
    const startedAt = clock();
    const result = verifyWorkbook(snapshot, options);
    return { ok: true, result, startedAt, finishedAt: clock() };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
