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

/** A kind's header as the registry holds it: opaque, handed back to the kind's own `parse`. */
declare const headerBrand: unique symbol;
export type OpaqueHeader = { readonly [headerBrand]: true };

/**
 * A kind with its header type hidden: what the registry lists. The scan calls `match`
 * at each row and, once a header matched, `parse` with that header and the context (the
 * unit note above the row), which is built only then: most rows match no kind. The two
 * are the kind's own functions, not a function made here around them: the scan calls
 * them for every row and every kind, and one wrapper shared by all kinds made each of
 * its calls go to any of ten functions, a share of finding tables of its own.
 */
export interface RegisteredKind<K extends TableKind, M> {
  readonly kind: K;
  readonly match: (grid: Grid, row: number) => OpaqueHeader | null;
  readonly parse: (ctx: TableContext, row: number, header: OpaqueHeader, policy: RoundingPolicy) => TableRead<M> | null;
}

export function defineKind<K extends TableKind, H, M>(spec: KindSpec<K, H, M>): RegisteredKind<K, M> {
  // Only this kind's `match` makes the headers its `parse` is given, so the types meet.
  return spec as unknown as RegisteredKind<K, M>;
}
