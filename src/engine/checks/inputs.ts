/**
 * The figures a derivation computes its target from: the one home of which fields those
 * are for each kind of identity. A module of its own so that the checks (checked.ts), the
 * culprit search (clusters.ts) and the repairs (repair.ts) use it without importing run.ts,
 * which imports them.
 */
import type { Derivation, Figure, Term } from './ledger';

export function inputsOf(d: Derivation): Figure[] {
  const out: Figure[] = [];
  eachInput(d, (f) => out.push(f));
  return out;
}

/** Each figure a derivation computes its target from, with no list made (for the walks over every derivation of a book). */
export function eachInput(d: Derivation, use: (f: Figure) => void): void {
  if (d.kind === 'linear') {
    const { terms } = d;
    for (let i = 0; i < terms.length; i++) use((terms[i] as Term).fig);
  } else if (d.kind === 'rate') {
    use(d.before);
    use(d.after);
  } else if (d.kind === 'ratio') {
    use(d.part);
    use(d.whole);
  }
}
