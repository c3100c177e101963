/**
 * The snapshot the grid draws a sheet from. A small sheet is read at once, as it
 * always was. A large one that has no current snapshot (just opened, or its rows
 * moved) is read in slices while the grid keeps showing the last snapshot it had
 * (nothing, on opening), so the page is never held for seconds; the grid is
 * drawn anew when the reading is done.
 */
import { useEffect } from 'react';
import type { SheetSnapshot } from '../../engine/snapshot';
import type { BookSession } from '../book/session';

export interface ShownSnapshot {
  readonly snapshot: SheetSnapshot | undefined;
  /** The sheet is being read: `snapshot` is an earlier one, or undefined. */
  readonly reading: boolean;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function useSheetSnapshot(session: BookSession, name: string | undefined): ShownSnapshot {
  const current = name === undefined ? undefined : session.reads.current(name);
  const reading = name !== undefined && !current && session.reads.readsInSlices(name);
  let snapshot = current;
  if (name !== undefined && !current)
    snapshot = reading ? session.reads.latest(name) : session.snapshot(name);

  useEffect(() => {
    if (!reading || name === undefined) return;
    // The grid waits for the reading while it shows this sheet; another sheet, or closing it, stops waiting.
    const controller = new AbortController();
    session.readSnapshot(name, { signal: controller.signal }).catch((error: unknown) => {
      if (!isAbort(error)) console.error(`The sheet ${name} could not be read:`, error);
    });
    return () => controller.abort();
  }, [session, name, reading]);

  return { snapshot, reading };
}
