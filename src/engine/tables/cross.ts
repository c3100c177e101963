/**
 * Reconciles the tables of one project with each other, finest first: a summary
 * category's current-year amount ← the basis category's total; 사업비 ← the summary's
 * 계; the schedule's 계 and a 사업비 named in the text ← 사업비 (or the summary's 계); a
 * year's opening balance ← the previous year's closing (tables a year each, oldest first).
 * Tables name the figures that take part (kind.ts `named`); this file knows only
 * roles, and builds the project's derivations in dependency order.
 */
import type { TableKind } from '../findings';
import type { Derivation, Figure } from '../checks/ledger';
import type { FoundTable } from './detect';
import type { NamedFigure } from './kind';

/** The order a project's tables contribute their identities: finer detail first. */
const STAGE: Readonly<Record<TableKind, number>> = {
  basis: 0, summary: 1, overview: 2, schedule: 3, settlement: 4, statement: 5, subjects: 5, mention: 6, columns: 7,
};

export function projectDerivations(tables: readonly FoundTable[]): Derivation[] {
  const ordered = byYear([...tables].sort((a, b) => STAGE[a.kind] - STAGE[b.kind]));
  const all = ordered.flatMap((t) => t.named);
  const closings = new Map<string, Figure>();
  for (const n of all) if (n.role === 'closing' && n.key !== undefined && !closings.has(n.key)) closings.set(n.key, n.fig);
  const first = (role: NamedFigure['role']) => all.find((n) => n.role === role)?.fig ?? null;
  const categoryTotals = new Map<string, Figure>();
  for (const n of all) if (n.role === 'category-total' && n.key !== undefined && !categoryTotals.has(n.key)) categoryTotals.set(n.key, n.fig);
  const summaryTotal = first('summary-total');
  const budget = first('budget');
  const sourceOf = (n: NamedFigure): Figure | null => {
    switch (n.role) {
      case 'category-current':
        return n.key === undefined ? null : (categoryTotals.get(n.key) ?? null);
      case 'budget':
        return summaryTotal;
      case 'schedule-total':
      case 'budget-mention':
        return budget ?? summaryTotal;
      case 'opening':
        return n.key === undefined ? null : (closings.get(String(Number(n.key) - 1)) ?? null);
      default:
        return null;
    }
  };
  // The schedule's own steps are finer than the 사업비 it must also match.
  const afterOwn = (n: NamedFigure) => n.role === 'schedule-total';
  const out: Derivation[] = [];
  for (const t of ordered) {
    for (const n of t.named) if (!afterOwn(n)) pushCross(out, n, sourceOf(n));
    // A whole budget book: hundreds of thousands of derivations, too many to spread into push().
    const own = t.derivations;
    for (let i = 0; i < own.length; i++) out.push(own[i] as Derivation);
    for (const n of t.named) if (afterOwn(n)) pushCross(out, n, sourceOf(n));
  }
  return out;
}

function pushCross(out: Derivation[], n: NamedFigure, source: Figure | null): void {
  if (!source || source === n.fig) return;
  const rule = n.role === 'opening' ? 'carry-over' : 'cross-total';
  out.push({ kind: 'linear', rule, target: n.fig, terms: [{ coef: 1, fig: source }] });
}

/**
 * Tables a year each (they name a balance's opening and closing) in the order of their years,
 * in the places they hold among the others: last year's closing is checked by its own table
 * before this year's opening takes it, and this year's own identities use that opening after.
 */
function byYear(tables: FoundTable[]): FoundTable[] {
  const yearOf = (t: FoundTable) => Number(t.named.find((n) => n.role === 'opening')?.key ?? NaN);
  const slots = tables.flatMap((t, i) => (Number.isNaN(yearOf(t)) ? [] : [i]));
  const dated = slots.map((i) => tables[i] as FoundTable).sort((a, b) => yearOf(a) - yearOf(b));
  slots.forEach((slot, k) => (tables[slot] = dated[k] as FoundTable));
  return tables;
}

/**
 * At most one table of each kind: the workbook is one project, across its sheets. Asked
 * by the command line too, which checks a large book's sheets in parts (cli/shares.ts):
 * its parts agree with the whole only when no part joins sheets the whole keeps apart.
 */
export function oneProject(tables: readonly { readonly kind: TableKind }[]): boolean {
  const seen = new Set<TableKind>();
  for (const t of tables) {
    if (seen.has(t.kind)) return false;
    seen.add(t.kind);
  }
  return true;
}

/**
 * Which tables form one project: on each sheet a new 사업개요 starts a new project
 * (tables above the first one join it). A workbook with at most one table of each
 * kind is one project even when its tables sit on separate sheets.
 */
export function projects(tables: readonly FoundTable[]): FoundTable[][] {
  if (oneProject(tables)) return tables.length ? [[...tables]] : [];
  const out: FoundTable[][] = [];
  const bySheet = new Map<string, FoundTable[]>();
  for (const t of tables) {
    // Appended in place: a sheet may stack thousands of projects.
    const list = bySheet.get(t.sheet);
    if (list) list.push(t);
    else bySheet.set(t.sheet, [t]);
  }
  for (const list of bySheet.values()) {
    let current: FoundTable[] = [];
    let seenOverview = false;
    for (const t of list) {
      if (t.kind === 'overview' && seenOverview) {
        out.push(current);
        current = [];
      }
      if (t.kind === 'overview') seenOverview = true;
      current.push(t);
    }
    if (current.length) out.push(current);
  }
  return out;
}
