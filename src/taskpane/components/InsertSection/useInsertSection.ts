/**
 * The Insert section's state: the target the host read for the selection, the
 * form, the live preview (the engine's planner, run on the target), and the
 * insert action. One host call at a time; a failure becomes a PaneError shown
 * like every other action's.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { HostPort } from '../../../host/port';
import { previewInsert, type PlanOutcome } from '../../../engine/templates';
import type { InsertTarget } from '../../../engine/templates/plan';
import { toPaneError, type PaneError } from '../../review/paneError';
import { initialForm, toRequest, type InsertForm } from './insertForm';

export interface InsertSectionState {
  readonly target: InsertTarget | null;
  readonly form: InsertForm;
  readonly outcome: PlanOutcome | null;
  readonly busy: 'reading' | 'inserting' | null;
  readonly error: PaneError | null;
  /** The row (1-based) of the last successful insert, for the notice. */
  readonly inserted: number | null;
}

export interface InsertSectionActions {
  read(): Promise<void>;
  change(patch: Partial<InsertForm>): void;
  insert(): Promise<void>;
  dismissError(): void;
  dismissInserted(): void;
}

export function useInsertSection(host: HostPort): { state: InsertSectionState; actions: InsertSectionActions } {
  const [target, setTarget] = useState<InsertTarget | null>(null);
  const [form, setForm] = useState<InsertForm>(() => initialForm(null));
  const [busy, setBusy] = useState<InsertSectionState['busy']>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [inserted, setInserted] = useState<number | null>(null);
  const running = useRef(false);

  const outcome = useMemo(() => {
    const request = target ? toRequest(target, form) : null;
    return target && request ? previewInsert(target, request) : null;
  }, [target, form]);

  const readTarget = useCallback(async (keep?: InsertForm) => {
    if (!host.insertTarget) return;
    const next = await host.insertTarget();
    setTarget(next);
    setForm((current) => initialForm(next, keep ?? current));
  }, [host]);

  const read = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setBusy('reading');
    setError(null);
    try {
      await readTarget();
    } catch (e) {
      setError(toPaneError(e));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, [readTarget]);

  const insert = useCallback(async () => {
    if (running.current || !host.insert || !target || !outcome?.ok) return;
    const request = toRequest(target, form);
    if (!request) return;
    running.current = true;
    setBusy('inserting');
    setError(null);
    setInserted(null);
    try {
      await host.insert(request);
      setInserted(outcome.preview.row);
      // The sheet has changed under the selection: read it again for the next row.
      await readTarget(form);
    } catch (e) {
      setError(toPaneError(e));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, [host, target, form, outcome, readTarget]);

  const change = useCallback((patch: Partial<InsertForm>) => setForm((f) => ({ ...f, ...patch })), []);

  return {
    state: { target, form, outcome, busy, error, inserted },
    actions: { read, change, insert, dismissError: () => setError(null), dismissInserted: () => setInserted(null) },
  };
}
