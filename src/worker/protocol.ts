/**
 * What the pane's thread and the verification worker say to each other, and the
 * worker's side of it as a plain function (so it is tested without a Worker).
 */
import type { VerifyResult } from '../engine/findings';
import type { VerifyOptions } from '../engine/options';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { verifyWorkbook } from '../engine/verify';

export interface VerifyRequest {
  readonly snapshot: WorkbookSnapshot;
  readonly options: VerifyOptions;
}

/** Times are epoch milliseconds (timeOrigin + now), comparable across the two threads. */
export type VerifyReply =
  | { readonly ok: true; readonly result: VerifyResult; readonly startedAt: number; readonly finishedAt: number }
  | { readonly ok: false; readonly message: string };

/** Runs the engine on a request. The engine never throws on a user's sheet; a defect of ours is still answered, not thrown. */
export function answer(request: VerifyRequest, clock: () => number): VerifyReply {
  try {
    const startedAt = clock();
    const result = verifyWorkbook(request.snapshot, request.options);
    return { ok: true, result, startedAt, finishedAt: clock() };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
