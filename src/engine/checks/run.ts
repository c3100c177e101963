/**
 * Runs the derivations group by group: figures that share an identity belong
 * to one group (one project's tables). Within a group, each slip's findings are
 * diagnosed on their own neighbourhood (clusters.ts), so a whole budget book with
 * many slips stays linear in its size.
 */
import { evaluateAll } from './evaluate';
import { diagnoseClusters } from './clusters';
import type { Derivation, Figure, RawFinding } from './ledger';

export function runChecks(derivations: readonly Derivation[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const group of groups(derivations)) {
    const { findings, agreed, confirmed } = evaluateAll(group);
    if (findings.length === 0) continue;
    // A loop, not push(...): a sheet wrong from top to bottom has more findings than a call has arguments.
    for (const f of diagnoseClusters(group, findings, agreed, confirmed)) out.push(f);
  }
  return out;
}

/** Connected components of the figures, by union-find over small integer ids (a book has a million figures). */
function groups(derivations: readonly Derivation[]): Derivation[][] {
  const ids = new Map<Figure, number>();
  const parent: number[] = [];
  const idOf = (f: Figure): number => {
    let id = ids.get(f);
    if (id === undefined) {
      id = parent.length;
      ids.set(f, id);
      parent.push(id);
    }
    return id;
  };
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[parent[i] as number] as number;
      parent[i] = up; // path halving
      i = up;
    }
    return i;
  };
  for (const d of derivations) {
    const target = find(idOf(d.target));
    for (const f of inputsOf(d)) {
      const other = find(idOf(f));
      if (other !== target) parent[other] = target;
    }
  }
  const byRoot = new Map<number, Derivation[]>();
  for (const d of derivations) {
    const root = find(idOf(d.target));
    const list = byRoot.get(root);
    if (list) list.push(d);
    else byRoot.set(root, [d]);
  }
  return [...byRoot.values()];
}

export function inputsOf(d: Derivation): Figure[] {
  if (d.kind === 'linear') return d.terms.map((t) => t.fig);
  if (d.kind === 'rate') return [d.before, d.after];
  return [];
}
