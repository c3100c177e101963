/**
 * A run that outlasts the user switching workbooks. On Windows and Mac, while
 * another workbook has the focus, some calls fail (GeneralException,
 * InvalidSelection: "API limitations when the active workbook switches"). A
 * request that only reads, or whose one command failed and so changed nothing,
 * is sent again after a pause, for about half a minute; then the run stops and
 * says so (errors.ts, `focusLost`). A write request is sent again only when it
 * provably changed nothing (writeMarks.ts: its first command adds the records
 * sheet, which is still missing); otherwise the run stops, and the records
 * written before any mark let Verify or Clear finish what it began.
 */
import { abortError, isFocusLost } from './errors';
import type { ExcelRun } from './types';

export type Pause = (ms: number) => Promise<void>;

/** Pauses between attempts: about 30 seconds in all. */
export const FOCUS_RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 4000, 8000, 15000];

interface RunSettings {
  readonly pause: Pause;
}

const settings = new WeakMap<object, RunSettings>();

const sleep: Pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `run` with its contexts knowing how to pause (tests pass a pause that does not wait). */
export function guardedRun(run: ExcelRun, pause: Pause = sleep): ExcelRun {
  return (batch) =>
    run((context) => {
      settings.set(context, { pause });
      return batch(context);
    });
}

/**
 * Runs `attempt` (which queues its commands and syncs once), again after a pause
 * while another workbook has the focus. Only for requests that read, or that
 * hold one command whose failure changed nothing. `general`: the request adds,
 * activates, selects or deletes a sheet, which fail with GeneralException then
 * (errors.ts, isFocusLost).
 */
export async function whenFocused<T>(
  context: Excel.RequestContext,
  attempt: () => Promise<T>,
  signal?: AbortSignal,
  general = false,
): Promise<T> {
  for (let i = 0; ; i += 1) {
    try {
      return await attempt();
    } catch (e) {
      if (!isFocusLost(e, general) || !(await pauseBefore(context, i + 1, signal))) throw e;
    }
  }
}

/**
 * Waits before sending a request the `retry`-th time (from 1); false when the
 * retries are spent (the caller then gives up and says so).
 */
export async function pauseBefore(
  context: Excel.RequestContext,
  retry: number,
  signal?: AbortSignal,
): Promise<boolean> {
  const delay = FOCUS_RETRY_DELAYS_MS[retry - 1];
  if (delay === undefined) return false;
  await (settings.get(context)?.pause ?? sleep)(delay);
  if (signal?.aborted) throw abortError();
  return true;
}
