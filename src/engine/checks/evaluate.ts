/**
 * One pass over the derivations in dependency order (see ledger.ts), then a
 * search for a single culprit among plain inputs: when several identities fail
 * and one input (a prior-year figure, a funding share) explains all of them,
 * that input is the cell to flag rather than every figure computed from it.
 */
import {
  add, ceil, cmp, div, eq, floor, isInteger, mul, rat, roundHalfUp, sub, truncate, ZERO,
  type Rational,
} from '../rational';
import type { Derivation, Figure, LinearDerivation, ProductDerivation, RateDerivation, RawFinding, Term } from './ledger';

export type Overrides = ReadonlyMap<Figure, Rational>;

interface State {
  /** An array, not a set: nothing asks it about one derivation, and a million adds to a set cost. */
  readonly agreed: Derivation[];
  readonly truth: Map<Figure, Rational>;
  /**
   * Values a figure may truly have besides its truth: a mistyped line's other
   * rounding, and the sums a computed total takes with them. Each comes with
   * the mistyped line it depends on, so a parent that settles it can say which.
   */
  readonly alt: Map<Figure, Alternative[]>;
  readonly flagged: Map<Figure, RawFinding>;
  readonly findings: RawFinding[];
}

export function evaluate(derivations: readonly Derivation[], overrides: Overrides = new Map()): RawFinding[] {
  return evaluateAll(derivations, overrides).findings;
}

/** The findings, and the derivations that were checked and agreed. */
export function evaluateAll(
  derivations: readonly Derivation[],
  overrides: Overrides = new Map(),
): { findings: RawFinding[]; agreed: readonly Derivation[]; confirmations: () => Confirmations } {
  const state: State = { agreed: [], truth: new Map(), alt: new Map(), flagged: new Map(), findings: [] };
  const statedOf = (f: Figure): Rational | null => overrides.get(f) ?? f.stated;
  // Only a failing identity asks for confirmations: a clean book never builds them.
  let confirmed: Confirmations | null = null;
  const confirmations = () => (confirmed ??= confirmedByStated(derivations, statedOf));
  const valueOf = (f: Figure): Rational | null => state.truth.get(f) ?? statedOf(f);

  // Indexed loops here and in linearValue: they run once per derivation of a book, and
  // for-of left an iterator result per step to the garbage collector.
  for (let i = 0; i < derivations.length; i++) {
    const d = derivations[i] as Derivation;
    if (state.flagged.has(d.target)) continue; // one finding per cell: the first (finest) derivation wins
    const stated = statedOf(d.target);
    if (d.kind === 'rate' && d.target.word !== undefined) {
      const word = wordRate(d, valueOf);
      if (word === 'agrees') state.agreed.push(d);
      else if (word) {
        const finding: RawFinding = { derivation: d, expected: word, cause: d.target.cell, valueOf };
        state.flagged.set(d.target, finding);
        state.findings.push(finding);
      }
      continue;
    }
    const outcome = check(d, stated, valueOf);
    if (outcome === 'skip') continue;
    if (stated === null) {
      // A computed value no cell states (a basis category total): it only carries truth upward.
      if (outcome.expected) state.truth.set(d.target, outcome.expected);
      if (d.kind === 'linear' && outcome.expected) inheritAlternatives(d, outcome.expected, valueOf, state);
      continue;
    }
    if (outcome.agrees) {
      state.agreed.push(d);
      continue;
    }
    if (d.kind === 'linear' && agreesWithAlternatives(d, stated, valueOf, state)) {
      state.agreed.push(d);
      continue;
    }
    const finding: RawFinding = { derivation: d, expected: outcome.expected, cause: causeOf(d, stated, statedOf, state), valueOf };
    state.flagged.set(d.target, finding);
    state.findings.push(finding);
    if (outcome.expected && carries(d, confirmations(), finding.cause !== d.target.cell)) state.truth.set(d.target, outcome.expected);
    if (d.kind === 'product' && outcome.expected) {
      const other = otherRounding(d, outcome.expected);
      if (other) state.alt.set(d.target, [{ value: other, line: d.target, lineValue: other }]);
    }
  }
  return { findings: state.findings.map((f) => settled(f, state)), agreed: state.agreed, confirmations };
}

/** The other whole figure within one step of the exact value, when the value is not whole. */
function otherRounding(d: ProductDerivation, proposed: Rational): Rational | null {
  const step = rat(d.step);
  const q = div(d.exact, step);
  if (isInteger(q)) return null;
  const lo = mul(rat(floor(q)), step);
  const hi = mul(rat(ceil(q)), step);
  return eq(proposed, lo) ? hi : lo;
}

interface Alternative {
  readonly value: Rational;
  /** The mistyped line this alternative rests on, and the figure it then has. */
  readonly line: Figure;
  readonly lineValue: Rational;
}

/**
 * A sum that holds once one mistyped line takes its other rounding: the parent
 * is right, and it tells which rounding that line should have had.
 */
function agreesWithAlternatives(
  d: LinearDerivation,
  stated: Rational,
  valueOf: (f: Figure) => Rational | null,
  state: State,
): boolean {
  const base = linearValue(d, valueOf);
  if (!base) return false;
  for (const t of d.terms) {
    const current = valueOf(t.fig);
    for (const alt of state.alt.get(t.fig) ?? []) {
      if (!current) continue;
      const shift = sub(alt.value, current);
      if (!eq(t.coef === 1 ? add(base, shift) : sub(base, shift), stated)) continue;
      state.truth.set(t.fig, alt.value);
      state.truth.set(alt.line, alt.lineValue);
      state.alt.delete(t.fig);
      state.alt.delete(alt.line);
      return true;
    }
  }
  return false;
}

/** A computed total takes each alternative of its terms (one mistyped line at a time). */
function inheritAlternatives(d: LinearDerivation, total: Rational, valueOf: (f: Figure) => Rational | null, state: State): void {
  const out: Alternative[] = [];
  for (const t of d.terms) {
    const current = valueOf(t.fig);
    if (!current) continue;
    for (const alt of state.alt.get(t.fig) ?? []) {
      const shift = sub(alt.value, current);
      out.push({ ...alt, value: t.coef === 1 ? add(total, shift) : sub(total, shift) });
    }
  }
  if (out.length) state.alt.set(d.target, out.slice(0, 16));
}

/** A line's finding proposes the rounding its parent confirmed, once that is known. */
function settled(f: RawFinding, state: State): RawFinding {
  const truth = state.truth.get(f.derivation.target);
  if (f.derivation.kind !== 'product' || !truth || !f.expected || eq(truth, f.expected)) return f;
  return { ...f, expected: truth };
}

/**
 * Whether a recomputed value replaces the stated one for the identities above it.
 * A value recomputed from finer detail (a formula, another table) always does. A
 * figure that disagrees with its inputs but agrees, as stated, with another
 * identity may be right while an input is wrong: carrying the recomputed value
 * would then flag correct cells. An error already carried from below goes on up.
 */
function carries(d: Derivation, confirmed: Confirmations, carried: boolean): boolean {
  if (d.kind === 'product' || d.rule === 'cross-total' || carried) return true;
  return !(confirmed.get(d.target) ?? []).some((other) => other !== d);
}

/** For each figure, the identities that hold exactly on the stated values and involve it. */
export type Confirmations = ReadonlyMap<Figure, readonly Derivation[]>;

function confirmedByStated(derivations: readonly Derivation[], statedOf: (f: Figure) => Rational | null): Confirmations {
  const out = new Map<Figure, Derivation[]>();
  const add = (f: Figure, d: Derivation) => {
    const list = out.get(f);
    if (list) list.push(d);
    else out.set(f, [d]);
  };
  for (const d of derivations) {
    if (d.kind !== 'linear') continue;
    const target = statedOf(d.target);
    const sum = linearValue(d, statedOf);
    if (target === null || sum === null || !eq(target, sum)) continue;
    add(d.target, d);
    for (const t of d.terms) add(t.fig, d);
  }
  return out;
}

type Outcome = 'skip' | { agrees: boolean; expected: Rational | null };

function check(
  d: Derivation,
  stated: Rational | null,
  valueOf: (f: Figure) => Rational | null,
): Outcome {
  switch (d.kind) {
    case 'linear': {
      const expected = linearValue(d, valueOf);
      if (!expected) return 'skip';
      return { agrees: stated !== null && eq(stated, expected), expected };
    }
    case 'product':
      return stated === null ? { agrees: true, expected: d.exact } : productOutcome(d, stated);
    case 'rate':
      return rateOutcome(d, stated, valueOf(d.before), valueOf(d.after));
  }
}

export function linearValue(d: LinearDerivation, valueOf: (f: Figure) => Rational | null): Rational | null {
  let sum = ZERO;
  for (let i = 0; i < d.terms.length; i++) {
    const t = d.terms[i] as Term;
    const v = valueOf(t.fig);
    if (v === null) return null;
    sum = t.coef === 1 ? add(sum, v) : sub(sum, v);
  }
  return sum;
}

/** Rounds q to an integer the way the document rounds (negatives mirror positives). */
export function roundBy(q: Rational, mode: 'down' | 'half-up' | 'up'): bigint {
  if (mode === 'down') return truncate(q);
  if (mode === 'half-up') return roundHalfUp(q);
  return cmp(q, rat(0)) >= 0 ? ceil(q) : floor(q);
}

function productOutcome(d: ProductDerivation, stated: Rational): Outcome {
  if (d.exact.den === 1n && stated.den === 1n) return wholeProductOutcome(d, stated.num);
  const step = rat(d.step);
  const q = div(d.exact, step);
  const propose = mul(rat(roundBy(q, d.proposeMode)), step);
  if (isInteger(q)) return { agrees: eq(stated, d.exact), expected: d.exact };
  if (d.mode === 'any') {
    const ok = eq(stated, mul(rat(floor(q)), step)) || eq(stated, mul(rat(ceil(q)), step));
    return { agrees: ok, expected: propose };
  }
  const required = mul(rat(roundBy(q, d.mode)), step);
  return { agrees: eq(stated, required), expected: required };
}

/**
 * `productOutcome` for a whole exact value and a whole stated figure (nearly every line
 * of a book), in BigInt arithmetic on the magnitude: no rationals allocated per line.
 * Every mode mirrors negatives, so the sign is put back at the end.
 */
function wholeProductOutcome(d: ProductDerivation, stated: bigint): Outcome {
  const exact = d.exact.num;
  const rest = exact % d.step;
  if (rest === 0n) return { agrees: stated === exact, expected: d.exact };
  const negative = exact < 0n;
  const size = negative ? -exact : exact;
  const down = size - (negative ? -rest : rest); // toward zero
  const up = down + d.step; // away from zero
  const twiceRest = 2n * (negative ? -rest : rest);
  const rounded = (mode: 'down' | 'half-up' | 'up'): bigint => {
    const magnitude = mode === 'down' ? down : mode === 'up' ? up : twiceRest >= d.step ? up : down;
    return negative ? -magnitude : magnitude;
  };
  if (d.mode === 'any') {
    const lo = negative ? -up : down;
    const hi = negative ? -down : up;
    return { agrees: stated === lo || stated === hi, expected: { num: rounded(d.proposeMode), den: 1n } };
  }
  const required = rounded(d.mode);
  return { agrees: stated === required, expected: { num: required, den: 1n } };
}

/** `순증` (or `-`) stands for a rate only when the earlier amount is 0; otherwise the rate is due. */
function wordRate(d: RateDerivation, valueOf: (f: Figure) => Rational | null): 'agrees' | Rational | null {
  const before = valueOf(d.before);
  const after = valueOf(d.after);
  if (before === null || after === null) return null;
  if (cmp(before, rat(0)) === 0) return 'agrees';
  // A discontinued item (B = 0) is written `순감` or `-` as often as −100.
  if (cmp(after, rat(0)) === 0 && /^(순감|皆減|폐지|-|－|–)$/.test((d.target.word ?? '').trim())) return 'agrees';
  const precision = rat(10n ** BigInt(d.decimals));
  const exact = div(mul(sub(after, before), rat(100)), before);
  return div(rat(roundHalfUp(mul(exact, precision))), precision);
}

/**
 * The stated rate agrees when it is the rate of amounts each within one unit of
 * the stated ones (they were themselves rounded), at the precision shown.
 */
function rateOutcome(
  d: RateDerivation,
  stated: Rational | null,
  before: Rational | null,
  after: Rational | null,
): Outcome {
  if (stated === null || before === null || after === null) return 'skip';
  const unit = rat(d.before.scale);
  const a = div(before, unit);
  const b = div(after, unit);
  if (cmp(a, rat(0)) === 0) return { agrees: false, expected: null };
  const precision = rat(10n ** BigInt(d.decimals));
  const exact = div(mul(sub(b, a), rat(100)), a);
  const expected = div(rat(roundHalfUp(mul(exact, precision))), precision);
  if (eq(stated, expected)) return { agrees: true, expected };
  const one = rat(1);
  const corners = [
    rateOf(sub(a, one), sub(b, one)), rateOf(sub(a, one), add(b, one)),
    rateOf(add(a, one), sub(b, one)), rateOf(add(a, one), add(b, one)),
  ].filter((r): r is Rational => r !== null);
  let lo = exact;
  let hi = exact;
  for (const r of corners) {
    if (cmp(r, lo) < 0) lo = r;
    if (cmp(r, hi) > 0) hi = r;
  }
  const s = mul(stated, precision);
  const agrees = cmp(rat(roundHalfUp(mul(lo, precision))), s) <= 0 && cmp(s, rat(roundHalfUp(mul(hi, precision)))) <= 0;
  return { agrees, expected };
}

function rateOf(a: Rational, b: Rational): Rational | null {
  if (cmp(a, rat(0)) === 0) return null;
  return div(mul(sub(b, a), rat(100)), a);
}

/**
 * The cause of a disagreement: when the target agrees with the *stated* values of
 * its inputs, the error was carried from a flagged input; point at that input's cause.
 */
function causeOf(d: Derivation, stated: Rational, statedOf: (f: Figure) => Rational | null, state: State): string {
  const own = d.target.cell;
  if (d.kind === 'product') return own;
  if (d.kind === 'rate') {
    const asStated = rateOutcome(d, stated, statedOf(d.before), statedOf(d.after));
    if (asStated === 'skip' || !asStated.agrees) return own;
    for (const f of [d.before, d.after]) {
      const hit = state.flagged.get(f);
      if (hit) return hit.cause;
    }
    return own;
  }
  const carried = linearValue(d, statedOf);
  if (!carried || !eq(carried, stated)) return own;
  for (const t of d.terms) {
    const hit = state.flagged.get(t.fig);
    if (hit) return hit.cause;
  }
  return own;
}
