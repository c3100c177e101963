/**
 * One pass over the derivations in dependency order (see ledger.ts), then a
 * search for a single culprit among plain inputs: when several identities fail
 * and one input (a prior-year figure, a funding share) explains all of them,
 * that input is the cell to flag rather than every figure computed from it.
 */
import { add, eq, sub, ZERO, type Rational } from '../rational';
import { linearAgrees, linearExpected, linearValue } from '../rules/linear';
import { ratioOutcome } from '../rules/ratio';
import { otherRounding, productOutcome } from '../rules/product';
import { rateOutcome, wordRateOutcome } from '../rules/changeRate';
import type { Derivation, Figure, LinearDerivation, RateDerivation, RawFinding } from './ledger';

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
  /** Each computed value (a figure no cell states) and the derivation that gave it. */
  readonly computedBy: Map<Figure, Derivation>;
  /** Identities left out only because their target was already flagged by a finer one. */
  readonly superseded: Derivation[];
  /** How far a value recomputed from rounded parts may lie from the truth (a banded sum's band). */
  readonly slack: Map<Figure, Rational>;
}

/** What one pass found, and what it checked (for coverage, DESIGN §1.2). */
export interface Evaluation {
  readonly findings: RawFinding[];
  /** Identities that held on the values so far. */
  readonly agreed: readonly Derivation[];
  readonly superseded: readonly Derivation[];
  readonly computedBy: ReadonlyMap<Figure, Derivation>;
  readonly confirmations: () => Confirmations;
}

export function evaluate(derivations: readonly Derivation[], overrides: Overrides = new Map()): RawFinding[] {
  return evaluateAll(derivations, overrides).findings;
}

/** The findings, and the derivations that were checked and agreed. */
export function evaluateAll(derivations: readonly Derivation[], overrides: Overrides = new Map()): Evaluation {
  const state: State = {
    agreed: [], truth: new Map(), alt: new Map(), flagged: new Map(), findings: [], computedBy: new Map(), superseded: [], slack: new Map(),
  };
  const statedOf = (f: Figure): Rational | null => overrides.get(f) ?? f.stated;
  // Only a failing identity asks for confirmations: a clean book never builds them.
  let confirmed: Confirmations | null = null;
  const confirmations = () => (confirmed ??= confirmedByStated(derivations, statedOf));
  const valueOf = (f: Figure): Rational | null => state.truth.get(f) ?? statedOf(f);

  // Indexed loops here and in linearValue: they run once per derivation of a book, and
  // for-of left an iterator result per step to the garbage collector.
  for (let i = 0; i < derivations.length; i++) {
    const d = derivations[i] as Derivation;
    if (state.flagged.has(d.target)) {
      state.superseded.push(d); // one finding per cell: the first (finest) derivation wins
      continue;
    }
    const stated = statedOf(d.target);
    if (d.kind === 'rate' && d.target.word !== undefined) {
      const word = wordRate(d, valueOf);
      if (word === 'agrees') state.agreed.push(d);
      else if (word !== null) {
        const finding: RawFinding = { derivation: d, expected: word, cause: d.target.cell, valueOf };
        state.flagged.set(d.target, finding);
        state.findings.push(finding);
      }
      continue;
    }
    // A sum that holds (nearly every one of a book) is known without an outcome to build.
    if (d.kind === 'linear' && stated !== null && linearHolds(d, stated, valueOf, state.slack)) {
      state.agreed.push(d);
      continue;
    }
    const outcome = check(d, stated, valueOf, state.slack);
    if (outcome === 'skip') continue;
    if (stated === null) {
      // A computed value no cell states (a basis category total): it only carries truth upward.
      state.computedBy.set(d.target, d);
      if (outcome.expected !== null) state.truth.set(d.target, outcome.expected);
      if (d.kind === 'linear' && outcome.expected !== null) inheritAlternatives(d, outcome.expected, valueOf, state);
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
    if (outcome.expected !== null && carries(d, confirmations(), finding.cause !== d.target.cell)) {
      state.truth.set(d.target, outcome.expected);
      // A sum of rounded parts is known only to its band: the sums above it allow that much more.
      if (d.kind === 'linear' && d.band !== undefined) state.slack.set(d.target, add(d.band, termsSlack(d, state.slack)));
    }
    if (d.kind === 'product' && outcome.expected !== null) {
      const other = otherRounding(d, outcome.expected);
      if (other !== null) state.alt.set(d.target, [{ value: other, line: d.target, lineValue: other }]);
    }
  }
  return {
    findings: state.findings.map((f) => settled(f, state)),
    agreed: state.agreed,
    superseded: state.superseded,
    computedBy: state.computedBy,
    confirmations,
  };
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
  if (base === null) return false;
  for (const t of d.terms) {
    const current = valueOf(t.fig);
    for (const alt of state.alt.get(t.fig) ?? []) {
      if (current === null) continue;
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
    if (current === null) continue;
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
  if (f.derivation.kind !== 'product' || truth === undefined || f.expected === null || eq(truth, f.expected)) return f;
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
export interface Confirmations {
  get(fig: Figure): readonly Derivation[] | undefined;
}

/**
 * Built over the whole book once a slip is found, but asked only about the figures around
 * the slips: so each figure keeps its one identity as it is, and two or more in a list of
 * their own size, copied one longer for each identity added (a figure has a few). A list
 * pushed to grows to 17 slots or more: about 180 bytes for each of a 500k-row book's
 * million figures, held to the end of the check.
 */
export class ConfirmationIndex implements Confirmations {
  private readonly byFigure = new Map<Figure, Derivation | Derivation[]>();

  add(fig: Figure, d: Derivation): void {
    const known = this.byFigure.get(fig);
    if (known === undefined) this.byFigure.set(fig, d);
    else this.byFigure.set(fig, Array.isArray(known) ? longer(known, d) : [known, d]);
  }

  get(fig: Figure): readonly Derivation[] | undefined {
    const known = this.byFigure.get(fig);
    return known === undefined || Array.isArray(known) ? known : [known];
  }
}

/** The list and `d` in a new list of exactly their length. */
function longer(list: readonly Derivation[], d: Derivation): Derivation[] {
  const out = new Array<Derivation>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i] as Derivation;
  out[list.length] = d;
  return out;
}

function confirmedByStated(derivations: readonly Derivation[], statedOf: (f: Figure) => Rational | null): Confirmations {
  const out = new ConfirmationIndex();
  for (const d of derivations) {
    if (d.kind !== 'linear') continue;
    const target = statedOf(d.target);
    const sum = linearValue(d, statedOf);
    if (target === null || sum === null || !linearAgrees(d, target, sum)) continue;
    out.add(d.target, d);
    for (const t of d.terms) out.add(t.fig, d);
  }
  return out;
}

type Outcome = 'skip' | { agrees: boolean; expected: Rational | null };

/**
 * One identity on the values given, nothing carried: what the repair search (repair.ts) asks
 * of each identity as it tries corrections. A figure no cell states takes `valueOf` too.
 */
export function outcomeOn(d: Derivation, valueOf: (f: Figure) => Rational | null): Outcome {
  if (d.kind === 'rate' && d.target.word !== undefined) {
    const word = wordRate(d, valueOf);
    if (word === null) return 'skip';
    return word === 'agrees' ? { agrees: true, expected: null } : { agrees: false, expected: word };
  }
  return check(d, valueOf(d.target), valueOf, new Map());
}

/** The slack the terms of a banded sum bring: nothing for an exact sum. */
function termsSlack(d: LinearDerivation, slack: ReadonlyMap<Figure, Rational>): Rational {
  let out = ZERO;
  if (d.band === undefined || slack.size === 0) return out;
  for (const t of d.terms) {
    const s = slack.get(t.fig);
    if (s !== undefined) out = add(out, s);
  }
  return out;
}

/** A sum's stated target agrees with its terms' values so far, within the slack its terms bring. */
function sumHolds(d: LinearDerivation, stated: Rational, sum: Rational, slack: ReadonlyMap<Figure, Rational>): boolean {
  return linearAgrees(d, stated, sum, termsSlack(d, slack));
}

/** `check` of a sum with a stated target, when all that is asked is whether it holds. */
function linearHolds(d: LinearDerivation, stated: Rational, valueOf: (f: Figure) => Rational | null, slack: ReadonlyMap<Figure, Rational>): boolean {
  const sum = linearValue(d, valueOf);
  return sum !== null && sumHolds(d, stated, sum, slack);
}

/** One identity on the values so far: each rule's own check (rules/). */
function check(
  d: Derivation,
  stated: Rational | null,
  valueOf: (f: Figure) => Rational | null,
  slack: ReadonlyMap<Figure, Rational>,
): Outcome {
  switch (d.kind) {
    case 'linear': {
      const sum = linearValue(d, valueOf);
      if (sum === null) return 'skip';
      return { agrees: stated !== null && sumHolds(d, stated, sum, slack), expected: linearExpected(d, sum) };
    }
    case 'product':
      return stated === null ? { agrees: true, expected: d.exact } : productOutcome(d, stated);
    case 'rate': {
      const before = valueOf(d.before);
      const after = valueOf(d.after);
      if (stated === null || before === null || after === null) return 'skip';
      return rateOutcome(d, stated, before, after);
    }
    case 'ratio': {
      const part = valueOf(d.part);
      const whole = valueOf(d.whole);
      if (stated === null || part === null || whole === null) return 'skip';
      return ratioOutcome(d, stated, part, whole);
    }
  }
}

/** `순증` (or `-`) stands for a rate only when the earlier amount is 0; otherwise the rate is due. */
function wordRate(d: RateDerivation, valueOf: (f: Figure) => Rational | null): 'agrees' | Rational | null {
  const before = valueOf(d.before);
  const after = valueOf(d.after);
  if (before === null || after === null) return null;
  return wordRateOutcome(d, before, after);
}

/**
 * The cause of a disagreement: when the target agrees with the *stated* values of
 * its inputs, the error was carried from a flagged input; point at that input's cause.
 */
function causeOf(d: Derivation, stated: Rational, statedOf: (f: Figure) => Rational | null, state: State): string {
  const own = d.target.cell;
  if (d.kind === 'product') return own;
  if (d.kind === 'rate') {
    const before = statedOf(d.before);
    const after = statedOf(d.after);
    if (before === null || after === null || !rateOutcome(d, stated, before, after).agrees) return own;
    for (const f of [d.before, d.after]) {
      const hit = state.flagged.get(f);
      if (hit) return hit.cause;
    }
    return own;
  }
  if (d.kind === 'ratio') {
    const part = statedOf(d.part);
    const whole = statedOf(d.whole);
    if (part === null || whole === null || !ratioOutcome(d, stated, part, whole).agrees) return own;
    for (const f of [d.part, d.whole]) {
      const hit = state.flagged.get(f);
      if (hit) return hit.cause;
    }
    return own;
  }
  const carried = linearValue(d, statedOf);
  if (carried === null || !linearAgrees(d, stated, carried)) return own;
  for (const t of d.terms) {
    const hit = state.flagged.get(t.fig);
    if (hit) return hit.cause;
  }
  return own;
}
