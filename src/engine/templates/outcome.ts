/** What the planner returns: a plan and its preview, or a refusal. */
import { cellAddress } from '../address';
import type { PlannedCell, RowPlan } from './plan';
import type { Refusal } from './refusal';
import type { FollowingChange, JoinedUpdates } from './joined';

export interface InsertPreview {
  readonly mode: 'insert' | 'in-place';
  /** The row written, as Excel numbers it (1-based), for display. */
  readonly row: number;
  /** The text the new line will show (basis item), else null. */
  readonly text: string | null;
  /** The amount the new line will show, in its unit (basis item), else null. */
  readonly amount: number | null;
  /** Every formula written, with its cell. */
  readonly formulas: readonly { readonly cell: string; readonly formula: string }[];
  /** Where the line keeps its inputs (hidden helper cells), e.g. `F31:K31`; null when none. */
  readonly helpers: string | null;
  /** Figures above the new line written anew with its amount in (`D28 280,000천원 → 286,000천원`). */
  readonly changes: readonly FollowingChange[];
  /** Formulas above it that recompute by themselves. */
  readonly recomputes: readonly string[];
  /** Figures that would have to change and that Insert cannot write: the user is told before inserting. */
  readonly unresolved: readonly string[];
}

export type PlanOutcome =
  | { readonly ok: true; readonly plan: RowPlan; readonly preview: InsertPreview }
  | { readonly ok: false; readonly refusal: Refusal };

export function refused(refusal: Refusal): PlanOutcome {
  return { ok: false, refusal };
}

/** The preview's formula list, from the plan itself (so the two cannot disagree). */
export function formulasOf(plan: RowPlan): InsertPreview['formulas'] {
  const rows: { row: number; cells: readonly PlannedCell[] }[] = [{ row: plan.row, cells: plan.cells }, ...(plan.updates ?? [])];
  return rows.flatMap(({ row, cells }) =>
    cells.filter((c) => c.formula !== undefined).map((c) => ({ cell: cellAddress(row, c.col), formula: c.formula as string })),
  );
}

export function planned(
  plan: RowPlan,
  extra: Partial<Pick<InsertPreview, 'text' | 'amount' | 'helpers'>> & { readonly joined?: JoinedUpdates } = {},
): PlanOutcome {
  return {
    ok: true,
    plan,
    preview: {
      mode: plan.insertAt === null ? 'in-place' : 'insert',
      row: plan.row + 1,
      text: extra.text ?? null,
      amount: extra.amount ?? null,
      formulas: formulasOf(plan),
      helpers: extra.helpers ?? null,
      changes: extra.joined?.changes ?? [],
      recomputes: extra.joined?.recomputes ?? [],
      unresolved: extra.joined?.unresolved ?? [],
    },
  };
}
