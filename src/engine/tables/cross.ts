/**
 * Reconciles the tables of one project with each other, finest first:
 * summary B per category ← basis category totals; 사업비 ← summary 계 (B);
 * schedule 계 ← 사업비 (or the summary's 계). Builds the project's derivations
 * in that dependency order.
 */
import { normalizeLabel } from '../grid';
import type { Derivation, Figure } from '../checks/ledger';
import type { FoundTable } from './detect';
import { summaryDerivations } from './summary';
import { overviewDerivations } from './overview';
import { scheduleDerivations } from './schedule';

type Of<K extends FoundTable['kind']> = Extract<FoundTable, { kind: K }>;

export function projectDerivations(tables: readonly FoundTable[]): Derivation[] {
  const of = <K extends FoundTable['kind']>(kind: K) => tables.filter((t): t is Of<K> => t.kind === kind);
  const out: Derivation[] = [];
  const categories = new Map<string, Figure>();
  for (const basis of of('basis')) {
    out.push(...basis.model.derivations);
    for (const c of basis.model.categories) if (!categories.has(c.key)) categories.set(c.key, c.total);
  }
  let summaryTotal: Figure | null = null;
  for (const summary of of('summary')) {
    for (const row of summary.model.rows) {
      const source = categories.get(normalizeLabel(row.label));
      if (!row.isTotal && row.after && source) out.push(cross(row.after, source));
    }
    out.push(...summaryDerivations(summary.model));
    summaryTotal = summaryTotal ?? summary.model.rows.find((r) => r.isTotal)?.after ?? null;
  }
  let budget: Figure | null = null;
  for (const overview of of('overview')) {
    const own = overview.model.budget;
    if (own && summaryTotal) out.push(cross(own, summaryTotal));
    out.push(...overviewDerivations(overview.model));
    budget = budget ?? own;
  }
  for (const schedule of of('schedule')) {
    out.push(...scheduleDerivations(schedule.model));
    const reference = budget ?? summaryTotal;
    if (schedule.model.total && reference) out.push(cross(schedule.model.total, reference));
  }
  for (const settlement of of('settlement')) out.push(...settlement.model.derivations);
  // A whole budget book: hundreds of thousands of derivations, too many to spread into push().
  for (const statement of of('statement')) {
    const list = statement.model.derivations;
    for (let i = 0; i < list.length; i++) out.push(list[i] as Derivation);
  }
  return out;
}

function cross(target: Figure, source: Figure): Derivation {
  return { kind: 'linear', rule: 'cross-total', target, terms: [{ coef: 1, fig: source }] };
}

/**
 * Which tables form one project: on each sheet a new 사업개요 starts a new project
 * (tables above the first one join it). A workbook with at most one table of each
 * kind is one project even when its tables sit on separate sheets.
 */
export function projects(tables: readonly FoundTable[]): FoundTable[][] {
  const kinds = new Map<string, number>();
  for (const t of tables) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
  if ([...kinds.values()].every((n) => n <= 1)) return tables.length ? [[...tables]] : [];
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
