/**
 * A kind of table, as the registry (kinds.ts) holds it: how its header is recognised,
 * how its body is read, and what every reading returns — its model, its extent, its
 * identities, and the figures it names for the reconciliation of a project (cross.ts).
 */
import type { Grid } from '../grid';
import type { MoneyUnit } from '../number';
import type { RoundingPolicy } from '../options';
import type { RoundingMode, TableKind } from '../findings';
import type { Derivation, Figure } from '../checks/ledger';
import type { TableContext } from './context';

/**
 * A figure a table states for its whole project, by the role it plays across tables:
 * a basis category's total, the summary's current-year amount of a category or of the
 * 계 row, the 사업비, the schedule's 계, a 사업비 mentioned in the text, a year's opening
 * and closing balance.
 */
export interface NamedFigure {
  readonly role: 'category-total' | 'category-current' | 'summary-total' | 'budget' | 'schedule-total' | 'budget-mention' | 'opening' | 'closing';
  /** The category's name, normalised (for category roles); the year (for a balance's opening and closing). */
  readonly key?: string;
  readonly fig: Figure;
}

export interface TableRead<M> {
  readonly model: M;
  readonly lastRow: number;
  readonly rounding: RoundingMode;
  /** The table's own identities, finest first. */
  readonly derivations: readonly Derivation[];
  readonly named: readonly NamedFigure[];
  /** The unit the table turned out to be in, when the kind found it itself (a note further up); else the note's above the header. */
  readonly unit?: MoneyUnit;
}

export interface KindSpec<K extends TableKind, H, M> {
  readonly kind: K;
  /** The header found at this row, or null: what the parser needs to know of it. */
  readonly match: (grid: Grid, row: number) => H | null;
  /** The table under that header, or null when nothing there turns out to be one. */
  readonly parse: (ctx: TableContext, row: number, header: H, policy: RoundingPolicy) => TableRead<M> | null;
}

/** A kind with its header type closed over: what the registry lists. */
export interface RegisteredKind<K extends TableKind, M> {
  readonly kind: K;
  /**
   * The table at this row, or null. The context (the unit note above the row) is asked
   * for only once a header matched: most rows match no kind, and building it for each of
   * them was a good share of finding tables.
   */
  readonly read: (grid: Grid, row: number, context: () => TableContext, policy: RoundingPolicy) => TableRead<M> | null;
}

export function defineKind<K extends TableKind, H, M>(spec: KindSpec<K, H, M>): RegisteredKind<K, M> {
  return {
    kind: spec.kind,
    read: (grid, row, context, policy) => {
      const header = spec.match(grid, row);
      return header === null ? null : spec.parse(context(), row, header, policy);
    },
  };
}
