/**
 * The identities of a 과목 table (DESIGN §1.1), children first:
 *
 * - each basis line against its formula (its formula cell takes part when its amount
 *   stands in another cell), a line with lines under it against their sum;
 * - a 과목's lines against its 예산액 — or, in a revision (추경) whose lines give the
 *   change, against its 비교증감: decided by what the table's 과목 consistently show, the
 *   way tables/rounding.ts decides a rounding, never by one 과목 alone;
 * - a 과목 against its 과목 children in 비교증감, and in 예산액 and 전년도 unless the table
 *   is a revision that prints only the changed children (then both columns miss the same
 *   unprinted amount, and neither is a sum of what is printed);
 * - 비교증감 = 예산액 − 전년도.
 */
import { abs, add, cmp, isZero, rat, sub, ZERO, type Rational } from '../rational';
import { productStep } from '../rules/product';
import { isCellAt } from '../checks/cellFigure';
import type { Derivation, Figure, Term } from '../checks/ledger';
import { amountFigure, computedFigure, readParsed, type TableContext } from './context';
import { figureAt, LineCheck } from './statementTree';
import { lineModes, RoundingTally } from './rounding';
import type { RoundingPolicy } from '../options';
import type { RoundingMode } from '../findings';
import type { SubjectColumns } from './subjectHeader';
import type { LineNode, SubjectForest, SubjectNode } from './subjectTree';

type Column = 'after' | 'before' | 'change';
type Figures = Record<Column, Figure | null>;

export interface SubjectChecks {
  readonly derivations: Derivation[];
  readonly rounding: RoundingMode;
  /** What the lines of a 과목 add up to: its 예산액, or in a revision its 비교증감. */
  readonly linesGive: 'budget' | 'change';
}

export function subjectChecks(ctx: TableContext, lineCtx: TableContext, cols: SubjectColumns, forest: SubjectForest, policy: RoundingPolicy): SubjectChecks {
  const figures = new Map<SubjectNode, Figures>();
  const tally = new RoundingTally();
  const lines: LineCheck[] = [];
  const readLine = (n: LineNode): void => {
    readLineFigures(lineCtx, n, tally, lines);
    n.children.forEach(readLine);
  };
  const readSubject = (n: SubjectNode): void => {
    const row = n.entry.row;
    const label = n.entry.label;
    figures.set(n, {
      after: figureAt(ctx, row, cols.budget, label),
      before: cols.before === null ? null : figureAt(ctx, row, cols.before, label),
      change: cols.change === null ? null : figureAt(ctx, row, cols.change, label),
    });
    n.lines.forEach(readLine);
    n.subjects.forEach(readSubject);
  };
  forest.roots.forEach(readSubject);
  forest.loose.forEach(readLine);
  const rounding = tally.prevailing();
  const { mode, propose } = lineModes(policy, rounding, tally.majority());
  for (const line of lines) line.settle(mode, propose);

  const linesGive = decideLinesGive(forest.roots, figures);
  const out: Derivation[] = [];
  const emitLine = (n: LineNode): void => {
    if (n.product) out.push(n.product);
    n.children.forEach(emitLine);
    const kids = n.children.filter((c) => c.amount);
    if (!kids.length) return;
    n.amount ??= computedFigure(lineCtx, n.entry.line.label);
    out.push({ kind: 'linear', rule: 'subtotal', target: n.amount, terms: termsOf(kids.map((c) => c.amount)) });
  };
  const emitSubject = (n: SubjectNode): void => {
    n.subjects.forEach(emitSubject);
    n.lines.forEach(emitLine);
    const own = figures.get(n) as Figures;
    const top = n.lines.filter((l) => l.amount && !l.entry.line.funding);
    const target = linesGive === 'change' ? (own.change ?? own.after) : own.after;
    if (top.length && !n.subjects.length && target) out.push(linesSum(target, top.map((l) => l.amount as Figure)));
    if (n.subjects.length) out.push(...subjectSums(own, n.subjects.map((k) => figures.get(k) as Figures), linesGive === 'change'));
    if (own.change && own.after) {
      const terms: Term[] = own.before ? [{ coef: 1, fig: own.after }, { coef: -1, fig: own.before }] : [{ coef: 1, fig: own.after }];
      out.push({ kind: 'linear', rule: 'change', target: own.change, terms });
    }
  };
  forest.roots.forEach(emitSubject);
  forest.loose.forEach(emitLine);
  return { derivations: out, rounding, linesGive };
}

/** A line's amount (its own cell, or inside its text) and its formula's check. */
function readLineFigures(ctx: TableContext, n: LineNode, tally: RoundingTally, lines: LineCheck[]): void {
  const { entry } = n;
  const { grid } = ctx;
  const label = entry.line.label;
  if (entry.amountCol !== null) {
    const parsed = entry.amount ?? readParsed(ctx, entry.row, entry.amountCol);
    if (parsed && parsed.unit !== '%') n.amount = amountFigure(ctx, entry.row, entry.amountCol, parsed, label);
    else if (!parsed) n.amount = figureAt(ctx, entry.row, entry.amountCol, label);
  } else if (entry.line.amount && entry.line.amount.figure.unit !== '%') {
    n.amount = amountFigure(ctx, entry.row, entry.textCol, entry.line.amount.figure, label);
  }
  const textCell = grid.address(entry.row, entry.textCol);
  if (entry.line.unreadable) {
    const blocks = n.amount && !isCellAt(n.amount, entry.row, entry.textCol) ? [n.amount.cell] : undefined;
    ctx.unreadable.push({ sheet: grid.name, cell: textCell, text: entry.text, reason: 'formula', ...(blocks ? { blocks } : {}) });
    return;
  }
  const formula = entry.line.formula;
  if (!formula || entry.line.kind === 'note') return;
  const target = n.amount ?? computedFigure(ctx, label);
  const step = productStep(n.amount);
  if (target.stated !== null) tally.add(formula.value, target.stated, step);
  const check = new LineCheck(target, formula.value, step, entry.text.trim(), isCellAt(target, entry.row, entry.textCol) ? null : textCell);
  lines.push(check);
  n.amount = target;
  n.product = check;
}

/**
 * Whether lines give the 예산액 or the change: each 과목 with lines votes for the column
 * its lines come nearest to (both on a tie); the change wins only with more votes.
 */
function decideLinesGive(roots: readonly SubjectNode[], figures: ReadonlyMap<SubjectNode, Figures>): 'budget' | 'change' {
  let budget = 0;
  let change = 0;
  const visit = (n: SubjectNode): void => {
    n.subjects.forEach(visit);
    const own = figures.get(n) as Figures;
    if (!n.lines.length || n.subjects.length || own.change?.stated == null || own.after?.stated == null) return;
    let sum: Rational = ZERO;
    for (const l of n.lines) {
      const v = lineValue(l);
      if (v === null) return;
      sum = add(sum, v);
    }
    const toBudget = abs(sub(sum, own.after.stated));
    const toChange = abs(sub(sum, own.change.stated));
    const c = cmp(toChange, toBudget);
    if (c <= 0) change++;
    if (c >= 0) budget++;
  };
  roots.forEach(visit);
  return change > budget ? 'change' : 'budget';
}

/** What a line stands for, as stated: its amount, else its formula, else its lines. */
function lineValue(n: LineNode): Rational | null {
  if (n.entry.line.funding) return ZERO;
  if (n.amount && n.amount.stated !== null) return n.amount.stated;
  if (n.product) return n.product.exact;
  if (!n.children.length) return ZERO;
  let sum: Rational = ZERO;
  for (const c of n.children) {
    const v = lineValue(c);
    if (v === null) return null;
    sum = add(sum, v);
  }
  return sum;
}

/**
 * A 과목's lines against its figure. Lines in a finer unit than the figure (a basis in 원
 * under 천원 figures) sum to it within less than one unit of the figure, as a line's
 * amount agrees with its formula.
 */
function linesSum(target: Figure, amounts: readonly Figure[]): Derivation {
  const finer = amounts.some((a) => a.scale < target.scale);
  const band = finer ? rat(target.scale * 1000n - 1n, 1000n) : undefined;
  return { kind: 'linear', rule: 'subtotal', target, terms: termsOf(amounts), ...(band !== undefined ? { band } : {}) };
}

function subjectSums(own: Figures, kids: readonly Figures[], revision: boolean): Derivation[] {
  const out: Derivation[] = [];
  const sum = (column: Column): void => {
    const target = own[column];
    const parts = kids.map((k) => k[column]).filter((f): f is Figure => f !== null);
    if (target && parts.length) out.push({ kind: 'linear', rule: 'subtotal', target, terms: termsOf(parts) });
  };
  // A revision prints only the changed 과목: 예산액 and 전년도 are sums of what is printed
  // when either is, as stated (both miss the same unprinted amount otherwise).
  if (!revision || printsEveryChild(own, kids)) {
    sum('after');
    sum('before');
  }
  sum('change');
  return out;
}

function printsEveryChild(own: Figures, kids: readonly Figures[]): boolean {
  const rest = (column: 'after' | 'before'): Rational | null => {
    let left = own[column]?.stated ?? null;
    for (const k of kids) {
      const v = k[column]?.stated ?? null;
      if (left === null || v === null) return null;
      left = sub(left, v);
    }
    return left;
  };
  const after = rest('after');
  const before = rest('before');
  return (after !== null && isZero(after)) || (before !== null && isZero(before));
}

function termsOf(figs: readonly (Figure | null)[]): Term[] {
  const out: Term[] = [];
  for (const fig of figs) if (fig) out.push({ coef: 1, fig });
  return out;
}
