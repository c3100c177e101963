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
import { repairInSequence } from './repair';
import { carriedThrough } from './carried';
import { eachInput } from './inputs';
import type { Confirmations } from './evaluate';
import type { Derivation, Figure, RawFinding } from './ledger';

export function diagnoseClusters(
  group: readonly Derivation[],
  findings: readonly RawFinding[],
  agreed: readonly Derivation[],
  confirmed: Confirmations,
): RawFinding[] {
  const groups = clusters(findings);
  const { around, position } = neighbourhoods(group, groups);
  const agreedTargets = agreedTargetsAround(agreed, around);
  const outputs = groups.map((cluster, k) => diagnoseOne(around[k] ?? [], cluster, agreedTargets, confirmed));
  // Left with several findings: several wrong figures may explain them with fewer (repair.ts).
  const repairs = new Repairs(position, groups, around, outputs);
  for (const k of groups.keys()) if ((outputs[k]?.length ?? 0) >= 2) repairs.tryFrom(k);
  return carriedThrough(outputs.flat(), confirmed);
}

function diagnoseOne(
  around: readonly Derivation[],
  cluster: readonly RawFinding[],
  agreedTargets: ReadonlySet<Figure>,
  confirmed: Confirmations,
): RawFinding[] {
  const out: RawFinding[] = [];
  const cleared = new Set<Figure>();
  const suspected = new Map<RawFinding, readonly Figure[]>();
  for (const diagnosis of diagnose(around, cluster, agreedTargets, confirmed)) {
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
  return out;
}

/**
 * Repairs in sequence over clusters. A repair of one cluster may correct a figure of
 * another (a 소계 and the one part under it, both mistyped: the part's change fails in one
 * cluster, the 소계's change and the total in another, joined only by the sum that holds):
 * the clusters it reaches are then repaired together, and their findings replaced when the
 * repair needs fewer corrections than they have findings.
 */
class Repairs {
  private readonly clusterOf = new Map<Figure, number>();
  private readonly done = new Set<number>();

  constructor(
    private readonly position: ReadonlyMap<Derivation, number>,
    groups: readonly (readonly RawFinding[])[],
    private readonly around: readonly (readonly Derivation[])[],
    private readonly outputs: RawFinding[][],
  ) {
    groups.forEach((cluster, k) => {
      for (const f of cluster) for (const fig of figuresOf(f.derivation)) this.clusterOf.set(fig, k);
    });
  }

  tryFrom(k: number): void {
    if (this.done.has(k)) return;
    let members = [k];
    for (let round = 0; round < 3; round++) {
      const repair = repairInSequence(this.neighbourhoodOf(members));
      if (!repair) return;
      const reached = new Set(members);
      for (const fig of repair.corrections.keys()) {
        const other = this.clusterOf.get(fig);
        if (other !== undefined && !this.done.has(other)) reached.add(other);
      }
      if (reached.size > members.length) {
        members = [...reached];
        continue;
      }
      const replaces = members.reduce((n, m) => n + (this.outputs[m]?.length ?? 0), 0);
      if (repair.corrections.size >= replaces) return;
      for (const m of members) {
        this.outputs[m] = [];
        this.done.add(m);
      }
      this.outputs[k] = repair.findings;
      return;
    }
  }

  /** The identities around several clusters, in the book's dependency order. */
  private neighbourhoodOf(members: readonly number[]): Derivation[] {
    if (members.length === 1) return [...(this.around[members[0] as number] ?? [])];
    const all = new Set(members.flatMap((m) => this.around[m] ?? []));
    return [...all].sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
  }
}

/**
 * The figures of the neighbourhoods that an identity which holds has for its target: all the
 * culprit search asks of the book's agreed identities (culprit.ts asks about the targets of a
 * neighbourhood's identities), without a set of every agreed target of the book.
 */
function agreedTargetsAround(agreed: readonly Derivation[], around: readonly (readonly Derivation[])[]): Set<Figure> {
  const near = new Set<Figure>();
  for (const list of around) for (const d of list) near.add(d.target);
  const out = new Set<Figure>();
  for (const d of agreed) if (near.has(d.target)) out.add(d.target);
  return out;
}

/** The target and the inputs, for the findings' few derivations (the book's every one is walked with eachInput). */
function figuresOf(d: Derivation): Figure[] {
  const out = [d.target];
  eachInput(d, (f) => out.push(f));
  return out;
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
function neighbourhoods(group: readonly Derivation[], groups: readonly (readonly RawFinding[])[]): Neighbourhoods {
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
  const around: Derivation[][] = groups.map(() => []);
  const position = new Map<Derivation, number>();
  // Every identity of the book is walked: its figures visited in place by one function,
  // not a list made for each (a million lists on a 500k-row book).
  let current: Derivation | null = null;
  let at = 0;
  const touch = (fig: Figure): void => {
    const ks = owner.get(fig);
    if (ks === undefined) return;
    const d = current as Derivation;
    for (const k of ks) {
      const list = around[k] as Derivation[];
      if (list[list.length - 1] === d) continue;
      list.push(d);
      position.set(d, at);
    }
  };
  group.forEach((d, i) => {
    current = d;
    at = i;
    touch(d.target);
    eachInput(d, touch);
  });
  return { around, position };
}

/**
 * Each cluster's identities, and the place in the book's dependency order of every identity
 * in one (merged neighbourhoods are put back in that order): a map of the neighbourhoods
 * only, not of the book's every identity.
 */
interface Neighbourhoods {
  readonly around: Derivation[][];
  readonly position: ReadonlyMap<Derivation, number>;
}
