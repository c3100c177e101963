/** The pane's state and the only ways it changes (a reducer, so every transition is testable). */
import type { Coverage, TableInfo, Finding } from '../../engine/findings';
import type { FormulaCell } from '../../engine/templates/formulaInputs';
import type { Acceptance, FixRecord } from '../../engine/review';
import type { HostNotice, HostVerifyResult, Progress, VerifyScope } from '../../host/port';
import { NO_FILTERS, type Filters } from './reviewModel';
import type { PaneError } from './paneError';

/** What the host is doing for us right now; anything but idle disables the actions. */
export type Activity = 'idle' | 'verifying' | 'fixing' | 'accepting' | 'clearing';

export type Notice = 'cancelled' | 'cleared';

export interface ReviewState {
  readonly scope: VerifyScope;
  readonly activity: Activity;
  readonly progress: Progress | null;
  /** Null until a verification finished (and again after Clear). */
  readonly result: {
    readonly tables: readonly TableInfo[];
    readonly findings: readonly Finding[];
    /** What was checked; absent from a host that does not say. */
    readonly coverage?: Coverage;
    readonly formulaCells?: readonly FormulaCell[];
  } | null;
  readonly acceptances: readonly Acceptance[];
  /** The Fixes made from this pane, for the printed report of a host that keeps no record of them. */
  readonly fixes: readonly FixRecord[];
  readonly filters: Filters;
  /** The finding the reviewer is on (a ReviewItem key). */
  readonly currentKey: string | null;
  readonly error: PaneError | null;
  readonly notice: Notice | null;
  /** What the host said beside the last result (notes not written, merged cells unread). */
  readonly hostNotices: readonly HostNotice[];
}

export const INITIAL_STATE: ReviewState = {
  scope: 'workbook',
  activity: 'idle',
  progress: null,
  result: null,
  acceptances: [],
  fixes: [],
  filters: NO_FILTERS,
  currentKey: null,
  error: null,
  notice: null,
  hostNotices: [],
};

export type ReviewAction =
  | { type: 'scope'; scope: VerifyScope }
  | { type: 'start'; activity: Exclude<Activity, 'idle'> }
  | { type: 'progress'; progress: Progress }
  | { type: 'verified'; result: HostVerifyResult }
  | { type: 'cancelled' }
  | { type: 'failed'; error: PaneError }
  | { type: 'fixed'; finding: Finding; nextKey: string | null; at: string }
  | { type: 'accepted'; acceptance: Acceptance }
  | { type: 'cleared' }
  | { type: 'filters'; filters: Filters }
  | { type: 'current'; key: string | null }
  | { type: 'dismissError' }
  | { type: 'dismissNotice' };

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'scope':
      return { ...state, scope: action.scope };
    case 'start':
      return { ...state, activity: action.activity, progress: null, error: null, notice: null };
    case 'progress':
      return state.activity === 'verifying' ? { ...state, progress: action.progress } : state;
    case 'verified':
      return {
        ...state,
        activity: 'idle',
        progress: null,
        result: {
          tables: action.result.tables,
          findings: action.result.findings,
          ...(action.result.coverage ? { coverage: action.result.coverage } : {}),
          ...(action.result.formulaCells ? { formulaCells: action.result.formulaCells } : {}),
        },
        acceptances: action.result.acceptances,
        hostNotices: action.result.notices ?? [],
      };
    case 'cancelled':
      return { ...state, activity: 'idle', progress: null, notice: 'cancelled' };
    case 'failed':
      return { ...state, activity: 'idle', progress: null, error: action.error };
    case 'fixed':
      // The fixed figure is right now: drop it at once, before the re-verification says so.
      return {
        ...state,
        activity: 'idle',
        result: state.result && {
          ...state.result,
          findings: state.result.findings.filter((f) => f !== action.finding),
        },
        fixes: [...state.fixes, { finding: action.finding, at: action.at }],
        currentKey: action.nextKey,
      };
    case 'accepted':
      return { ...state, activity: 'idle', acceptances: [...state.acceptances, action.acceptance] };
    case 'cleared':
      return {
        ...state,
        activity: 'idle',
        result: null,
        currentKey: null,
        notice: 'cleared',
        hostNotices: [],
      };
    case 'filters':
      return { ...state, filters: action.filters };
    case 'current':
      return { ...state, currentKey: action.key };
    case 'dismissError':
      return { ...state, error: null };
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}
