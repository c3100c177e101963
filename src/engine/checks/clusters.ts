/**
 * The culprit search, one slip at a time. A whole budget book is one group of
 * identities (every sum runs up to the department total), and it can hold many
 * independent slips. Findings that share a figure (a cluster) come from one slip
 * or a few nearby ones; each cluster is diagnosed on its own neighbourhood — the
 * identities that touch any of its figures — so a slip's culprit is found whatever
 * else is wrong in the book, and the search costs the size of the neighbourhood,
 * not of the book.
 */
import { diagnose } from './culprit';
import type { Confirmations } from './evaluate';
import type { Derivation, Figure, RawFinding } from './ledger';

export function diagnoseClusters(
  group: readonly Derivation[],
  findings: readonly RawFinding[],
  agreed: readonly Derivation[],
  confirmed: Confirmations,
): RawFinding[] {
  const groups = clusters(findings);
  const around = neighbourhoods(group, groups);
  const agreedTargets = new Set(agreed.map((d) => d.target));
  const out: RawFinding[] = [];
  for (const [k, cluster] of groups.entries()) {
    const diagnoses = diagnose(around[k] ?? [], cluster, agreedTargets, confirmed);
    const cleared = new Set<Figure>();
    const suspected = new Map<RawFinding, readonly Figure[]>();
    for (const diagnosis of diagnoses) {
      if (diagnosis.kind === 'suspects') {
        suspected.set(diagnosis.root, diagnosis.suspects);
        continue;
      }
      const { culprit } = diagnosis;
      for (const t of diagnosis.clears) cleared.add(t);
      out.push({
        derivation: { ...culprit.via, target: culprit.figure },
        expected: culprit.expected,
        cause: culprit.figure.cell,
        solvedFrom: culprit.via,
        valueOf: (f) => f.stated,
      });
    }
    for (const f of cluster) {
      if (cleared.has(f.derivation.target)) continue;
      const suspects = suspected.get(f);
      out.push(suspects ? { ...f, expected: null, suspects } : f);
    }
  }
  return out;
}

function figuresOf(d: Derivation): Figure[] {
  if (d.kind === 'linear') return [d.target, ...d.terms.map((t) => t.fig)];
  if (d.kind === 'rate') return [d.target, d.before, d.after];
  if (d.kind === 'ratio') return [d.target, d.part, d.whole];
  return [d.target];
}

/** Findings that share a figure (a target or an input), in their original order. */
function clusters(findings: readonly RawFinding[]): RawFinding[][] {
  const parent = findings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const owner = new Map<Figure, number>();
  findings.forEach((f, i) => {
    for (const fig of figuresOf(f.derivation)) {
      const j = owner.get(fig);
      if (j === undefined) owner.set(fig, i);
      else parent[find(i)] = find(j);
    }
  });
  const byRoot = new Map<number, RawFinding[]>();
  findings.forEach((f, i) => {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(f);
    else byRoot.set(root, [f]);
  });
  return [...byRoot.values()];
}

/**
 * For each cluster, every identity that touches one of its figures, in dependency
 * order: one pass over the book, whatever the number of clusters.
 */
function neighbourhoods(group: readonly Derivation[], groups: readonly (readonly RawFinding[])[]): Derivation[][] {
  const owner = new Map<Figure, number[]>();
  groups.forEach((cluster, k) => {
    for (const f of cluster) {
      for (const fig of figuresOf(f.derivation)) {
        const list = owner.get(fig);
        if (!list) owner.set(fig, [k]);
        else if (!list.includes(k)) list.push(k);
      }
    }
  });
  const out: Derivation[][] = groups.map(() => []);
  for (const d of group) {
    for (const fig of figuresOf(d)) {
      for (const k of owner.get(fig) ?? []) {
        const list = out[k] as Derivation[];
        if (list[list.length - 1] !== d) list.push(d);
      }
    }
  }
  return out;
}
