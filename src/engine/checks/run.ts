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
    out.push(...diagnoseClusters(group, findings, agreed, confirmed));
  }
  return out;
}

function groups(derivations: readonly Derivation[]): Derivation[][] {
  const parent = new Map<Figure, Figure>();
  const find = (f: Figure): Figure => {
    let root = f;
    while (parent.get(root) && parent.get(root) !== root) root = parent.get(root) as Figure;
    parent.set(f, root);
    return root;
  };
  const union = (a: Figure, b: Figure) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const d of derivations) {
    find(d.target);
    for (const f of inputsOf(d)) union(d.target, f);
  }
  const byRoot = new Map<Figure, Derivation[]>();
  for (const d of derivations) {
    const root = find(d.target);
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
