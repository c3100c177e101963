/**
 * The pane's state hook: findings, filters, the current finding, what is running
 * and what went wrong; and the actions, which go to the host through the port.
 * One action at a time: while one runs the others are refused (and their buttons
 * are disabled), so the host never sees overlapping writes.
 */
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { Language } from '../../engine/options';
import type { HostPort, VerifyScope } from '../../host/port';
import { isAbort, toPaneError } from './paneError';
import type { Filters, ReviewItem } from './reviewModel';
import { INITIAL_STATE, reviewReducer, type Activity, type ReviewState } from './reviewState';
import { useReviewView, type ReviewView } from './useReviewView';

export interface ReviewActions {
  setScope(scope: VerifyScope): void;
  verify(): Promise<void>;
  cancel(): void;
  clear(): Promise<void>;
  fix(item: ReviewItem): Promise<void>;
  /** Accepts with the reviewer's reason and name (both kept in the workbook). */
  accept(item: ReviewItem, note?: string, reviewer?: string): Promise<void>;
  /** Selects a cell that is not a finding's own (a formula's input). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Makes a finding current and selects its cell in the sheet. */
  select(item: ReviewItem): Promise<void>;
  /** Makes a finding current without touching the sheet (keyboard focus moves). */
  setCurrent(key: string | null): void;
  /** Next (+1) or previous (−1) finding in the shown order; selects its cell. */
  move(delta: 1 | -1): Promise<void>;
  setFilters(filters: Filters): void;
  dismissError(): void;
  dismissNotice(): void;
}

export interface Review {
  readonly state: ReviewState;
  readonly view: ReviewView;
  readonly busy: boolean;
  readonly actions: ReviewActions;
}

export function useReview(host: HostPort, language: Language): Review {
  const [state, dispatch] = useReducer(reviewReducer, INITIAL_STATE);
  const view = useReviewView(state, language);
  // Refs, not state, for what async actions must read at the moment they run.
  const running = useRef(false);
  const abort = useRef<AbortController | null>(null);
  const verifiedScope = useRef<VerifyScope>(state.scope);
  const latest = useRef({ state, view, language });
  useLayoutEffect(() => {
    latest.current = { state, view, language };
  });

  useEffect(() => () => abort.current?.abort(), []);

  // What the ribbon did in this runtime (a shared runtime): shown as the pane's own result.
  useEffect(
    () =>
      host.onRibbonEvent?.((event) => {
        if (running.current) return;
        if (event.kind === 'verified') dispatch({ type: 'verified', result: event.result });
        else if (event.kind === 'cleared') dispatch({ type: 'cleared' });
        else dispatch({ type: 'failed', error: toPaneError(event.error) });
      }),
    [host],
  );

  const begin = useCallback((activity: Exclude<Activity, 'idle'>): boolean => {
    if (running.current) return false;
    running.current = true;
    dispatch({ type: 'start', activity });
    return true;
  }, []);

  const fail = useCallback((error: unknown) => {
    running.current = false;
    dispatch({ type: 'failed', error: toPaneError(error) });
  }, []);

  const runVerify = useCallback(
    async (scope: VerifyScope) => {
      if (!begin('verifying')) return;
      const controller = new AbortController();
      abort.current = controller;
      try {
        const result = await host.verify(scope, {
          language: latest.current.language,
          onProgress: (progress) => {
            if (!controller.signal.aborted) dispatch({ type: 'progress', progress });
          },
          signal: controller.signal,
        });
        verifiedScope.current = scope;
        running.current = false;
        dispatch({ type: 'verified', result });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) {
          running.current = false;
          dispatch({ type: 'cancelled' });
        } else {
          fail(error);
        }
      } finally {
        if (abort.current === controller) abort.current = null;
      }
    },
    [host, begin, fail],
  );

  const verify = useCallback(() => runVerify(latest.current.state.scope), [runVerify]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  const clear = useCallback(async () => {
    if (!begin('clearing')) return;
    try {
      await host.clear();
      running.current = false;
      dispatch({ type: 'cleared' });
    } catch (error) {
      fail(error);
    }
  }, [host, begin, fail]);

  const fix = useCallback(
    async (item: ReviewItem) => {
      if (!begin('fixing')) return;
      dispatch({ type: 'current', key: item.key });
      const { order } = latest.current.view;
      const at = order.findIndex((i) => i.key === item.key);
      const next = order[at + 1] ?? order[at - 1] ?? null;
      try {
        await host.fix(item.finding);
      } catch (error) {
        fail(error);
        return;
      }
      running.current = false;
      dispatch({ type: 'fixed', finding: item.finding, nextKey: next?.key ?? null, at: new Date().toISOString() });
      // A fixed figure can settle the sums above it: verify again so the list and
      // the highlights show what is still wrong.
      await runVerify(verifiedScope.current);
    },
    [host, begin, fail, runVerify],
  );

  const accept = useCallback(
    async (item: ReviewItem, note?: string, reviewer?: string) => {
      if (!begin('accepting')) return;
      // The finding acted on becomes the current one, so the list keeps it in view.
      dispatch({ type: 'current', key: item.key });
      try {
        const acceptance = await host.accept(item.finding, note || undefined, reviewer || undefined);
        running.current = false;
        dispatch({ type: 'accepted', acceptance });
      } catch (error) {
        fail(error);
      }
    },
    [host, begin, fail],
  );

  const select = useCallback(
    async (item: ReviewItem) => {
      dispatch({ type: 'current', key: item.key });
      try {
        await host.select(item.finding.sheet, item.finding.cell);
      } catch (error) {
        dispatch({ type: 'failed', error: toPaneError(error) });
      }
    },
    [host],
  );

  const selectCell = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await host.select(sheet, cell);
      } catch (error) {
        dispatch({ type: 'failed', error: toPaneError(error) });
      }
    },
    [host],
  );

  const move = useCallback(
    async (delta: 1 | -1) => {
      const { order, currentIndex } = latest.current.view;
      if (order.length === 0) return;
      const from = currentIndex ?? (delta > 0 ? -1 : order.length);
      const target = order[Math.min(order.length - 1, Math.max(0, from + delta))];
      if (target) await select(target);
    },
    [select],
  );

  const actions: ReviewActions = {
    setScope: useCallback((scope: VerifyScope) => dispatch({ type: 'scope', scope }), []),
    verify,
    cancel,
    clear,
    fix,
    accept,
    select,
    selectCell,
    setCurrent: useCallback((key: string | null) => dispatch({ type: 'current', key }), []),
    move,
    setFilters: useCallback((filters: Filters) => dispatch({ type: 'filters', filters }), []),
    dismissError: useCallback(() => dispatch({ type: 'dismissError' }), []),
    dismissNotice: useCallback(() => dispatch({ type: 'dismissNotice' }), []),
  };

  return { state, view, busy: state.activity !== 'idle', actions };
}
