/**
 * The ledger: every stated figure the engine found, and every derivation that
 * recomputes one of them from finer detail (DESIGN §3).
 *
 * Derivations are listed in dependency order (basis lines, then sums upward,
 * then across tables). Evaluation walks them once: a figure's *true* value is
 * its stated value until a derivation disagrees with it, and from then on the
 * recomputed value. So one typo in a leaf is one finding, and an error that
 * was carried upward flags each cell that is really wrong, pointing to its cause.
 */
import type { Rational } from '../rational';
import type { FigureStyle } from '../number';
import type { FigureUnit, RuleId } from '../findings';

/** Compared by identity: one object per stated figure. */
export interface Figure {
  readonly sheet: string;
  /** A1 address; '' for a value that no cell states (a computed basis total). */
  readonly cell: string;
  /** In 원 for amounts, in percent for rates; null for a computed value. */
  readonly stated: Rational | null;
  readonly unit: FigureUnit;
  /** 원 per shown unit (1000 for 천원; 1 for %). */
  readonly scale: bigint;
  /** How the cell writes its figure, for explanations in the document's notation. */
  readonly like: FigureStyle | null;
  /** What the figure is, for messages: a row label, a column header. */
  readonly label: string;
  /** A word the cell shows instead of a number where one is allowed (`순증`, `신규`, `-` for a rate). */
  readonly word?: string;
}

export interface Term {
  readonly coef: 1 | -1;
  readonly fig: Figure;
}

/** target = Σ coef·term. Sums, differences, settlement balances, cross-table equalities. */
export interface LinearDerivation {
  readonly kind: 'linear';
  readonly rule: RuleId;
  readonly target: Figure;
  readonly terms: readonly Term[];
  /**
   * How far the stated target may lie from the sum, in 원: the parts of a 백만원 table
   * were each rounded, so their total may differ from the sum of the rounded parts by
   * up to half a unit per part. Absent: exactly.
   */
  readonly band?: Rational;
  /** The identity as its header writes it (`㉳=㉰-㉱-㉲`), for messages. */
  readonly formula?: string;
}

/** A basis line: the stated amount against the exact value of its formula. */
export interface ProductDerivation {
  readonly kind: 'product';
  readonly rule: 'product';
  readonly target: Figure;
  /** Exact value of the formula, in 원. */
  readonly exact: Rational;
  /** 원 per unit of the stated figure (1,000 for 천원, and for a 원 figure that is a whole thousand). */
  readonly step: bigint;
  /** `any`: within one step either way; otherwise the rounding the line must follow. */
  readonly mode: 'any' | 'down' | 'half-up' | 'up';
  /** The mode used to propose a corrected figure. */
  readonly proposeMode: 'down' | 'half-up' | 'up';
  readonly explain: string;
  /** Cells of the target's sheet, besides the target, that hold the formula or its factors. */
  readonly sources?: readonly string[];
}

/** A change rate: (B − A) × 100 / A, rounded to the precision the cell shows. */
export interface RateDerivation {
  readonly kind: 'rate';
  readonly rule: 'change-rate';
  readonly target: Figure;
  readonly before: Figure;
  readonly after: Figure;
  readonly decimals: number;
}

/**
 * A ratio: target = part ÷ whole (× 100 for a percentage), rounded to the precision the
 * cell shows — a share of the total (구성비), an execution rate (집행률 = B/A), a header's
 * division (`B/A`).
 */
export interface RatioDerivation {
  readonly kind: 'ratio';
  readonly rule: 'share' | 'execution-rate' | 'header-formula';
  readonly target: Figure;
  readonly part: Figure;
  readonly whole: Figure;
  readonly decimals: number;
  /** × 100: the cell shows a percentage. */
  readonly percent: boolean;
}

export type Derivation = LinearDerivation | ProductDerivation | RateDerivation | RatioDerivation;

/** A disagreement found by evaluation, before it is worded for people. */
export interface RawFinding {
  readonly derivation: Derivation;
  /** Expected value in 원 (or percent); null when no figure can be proposed. */
  readonly expected: Rational | null;
  /** The cell the error was carried from, or the target's own cell. */
  readonly cause: string;
  /** The values the expected figure was computed from (stated, or recomputed where wrong). */
  readonly valueOf: (f: Figure) => Rational | null;
  /** Inputs that could each be the slip, when the target itself is confirmed elsewhere. */
  readonly suspects?: readonly Figure[];
  /** Set when the finding is a plain input pinned by the culprit search: the identity it was solved from. */
  readonly solvedFrom?: LinearDerivation;
}

/** A figure the engine could not check (unreadable line, error value). */
export interface Unreadable {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
  readonly reason: 'formula' | 'error-value' | 'figure' | 'internal';
  /** Cells whose identity could not be checked because this one cannot be read (a line's formula). */
  readonly blocks?: readonly string[];
}

/** Everything one table (or one workbook) contributes to the check. */
export interface Ledger {
  readonly derivations: Derivation[];
  readonly unreadable: Unreadable[];
}
