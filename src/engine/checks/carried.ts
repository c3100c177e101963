/**
 * An error carried through an identity that holds (DESIGN §3). A 소계 printed 2,000 over
 * parts that sum to 0 is flagged; its row's 증감 = 예산 − 결산 was computed from the 2,000 and
 * so disagrees with the 증감 of the parts. That 증감 is wrong only because the 소계 is: with
 * the 소계's own figure in its place, the identity that gives the 증감 gives exactly what its
 * parts say. Its finding then points at the 소계 as its cause instead of standing as a second
 * error of its own.
 */
import { eq, type Rational } from '../rational';
import { linearValue } from '../rules/linear';
import type { Confirmations } from './evaluate';
import type { Figure, RawFinding } from './ledger';

export function carriedThrough(findings: readonly RawFinding[], confirmed: Confirmations): RawFinding[] {
  const roots = new Map<Figure, RawFinding>();
  for (const f of findings) if (isRoot(f)) roots.set(f.derivation.target, f);
  if (roots.size < 2) return [...findings];
  return findings.map((f) => {
    if (!isRoot(f) || f.derivation.kind !== 'linear') return f;
    const own = f.expected ?? linearValue(f.derivation, f.valueOf);
    if (own === null) return f;
    const target = f.derivation.target;
    for (const h of confirmed.get(target) ?? []) {
      if (h === f.derivation || h.kind !== 'linear' || h.target !== target) continue;
      for (const t of h.terms) {
        const from = roots.get(t.fig);
        const value = from && from !== f ? truthOf(from) : null;
        if (!from || value === null) continue;
        const through = linearValue(h, (x) => (x === t.fig ? value : x.stated));
        // Carried: it should state what its parts say, and no part of it is suspect.
        if (through !== null && eq(through, own)) return { derivation: f.derivation, expected: own, cause: from.cause, valueOf: f.valueOf };
      }
    }
    return f;
  });
}

function isRoot(f: RawFinding): boolean {
  return f.cause === f.derivation.target.cell && !f.solvedFrom;
}

/** The figure a flagged cell should hold: its proposed figure, or what its parts say. */
function truthOf(f: RawFinding): Rational | null {
  if (f.expected !== null) return f.expected;
  return f.derivation.kind === 'linear' ? linearValue(f.derivation, f.valueOf) : null;
}
