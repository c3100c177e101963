/**
 * From basis lines to derivations: each line's amount against its formula, each
 * parent against its children, each category against its level-1 lines. The
 * category totals come out as figures for the cross-check with the summary.
 */
import { normalizeLabel } from '../grid';
import { explainFormula, parseBasisLine, type BasisLine } from '../basis/line';
import type { Formula } from '../basis/formula';
import type { Rational } from '../rational';
import { productStep } from '../rules/product';
import type { RoundingMode } from '../findings';
import type { RoundingPolicy } from '../options';
import type { Derivation, Figure, ProductDerivation } from '../checks/ledger';
import { amountFigure, computedFigure, readParsed, type TableContext } from './context';
import { lineModes, RoundingTally } from './rounding';
import { LineRanks, type LineStyle } from '../basis/levels';
import type { MoneyUnit, ParsedFigure } from '../number';

export interface BasisItem {
  readonly row: number;
  readonly textCol: number;
  readonly category: string;
  readonly line: BasisLine | null;
  /** How the line is marked, numbered or indented (basis/levels.ts). */
  readonly style: LineStyle | null;
  readonly amountCol: number | null;
  /** The amount when the amount cell holds one line per line of a cell of several lines. */
  readonly amount: ParsedFigure | null;
  /** A category row that states the category's own total. */
  readonly categoryTotal: boolean;
}

export interface BasisCategory {
  readonly name: string;
  readonly key: string;
  /** The category total: a stated figure, or a computed one (no cell). */
  readonly total: Figure;
}

export interface BasisTable {
  readonly derivations: Derivation[];
  readonly categories: BasisCategory[];
  readonly rounding: RoundingMode;
  readonly lastRow: number;
}

interface Node {
  readonly item: BasisItem;
  level: number;
  amount: Figure | null;
  readonly children: Node[];
  readonly funding: Node[];
  product: BasisLineCheck | null;
}

/**
 * A line's amount against its formula. Its explanation is written only when asked for
 * (a finding's message): a book has tens of thousands of lines and few findings. So the
 * check keeps the line's text, not its formula: the formula's tree (a leaf and a token
 * per number, a node per operator) was a fifth of what a book's tables kept until the
 * check was done, and reading the line again gives the same formula.
 */
class BasisLineCheck implements ProductDerivation {
  readonly kind = 'product';
  readonly rule = 'product';
  mode: ProductDerivation['mode'] = 'any';
  proposeMode: ProductDerivation['proposeMode'] = 'half-up';

  constructor(
    readonly target: Figure,
    readonly exact: Rational,
    readonly step: bigint,
    /** The line's text as it was read (`BasisLine.text`). */
    private readonly line: string,
    readonly sources: readonly string[] | undefined,
  ) {}

  /** The rounding the whole table shows, once every line is read. */
  settle(mode: ProductDerivation['mode'], proposeMode: ProductDerivation['proposeMode']): void {
    this.mode = mode;
    this.proposeMode = proposeMode;
  }

  get explain(): string {
    return explainFormula(parseBasisLine(this.line).formula as Formula);
  }
}

export function buildBasisLedger(
  ctx: TableContext,
  items: readonly BasisItem[],
  options: { rounding: RoundingPolicy; units?: ReadonlyMap<number, MoneyUnit> | undefined },
  lastRow: number,
): BasisTable {
  const units = options.units;
  const inUnitOf = (col: number): TableContext => {
    const unit = units?.get(col);
    return unit ? { ...ctx, unit } : ctx;
  };
  const nodes = items.map((item) => toNode(inUnitOf, item));
  const tally = new RoundingTally();
  for (const n of nodes) if (n.product && n.amount && n.amount.stated !== null) tally.add(n.product.exact, n.amount.stated, n.product.step);
  const rounding = tally.prevailing();
  const { mode, propose } = lineModes(options.rounding, rounding, tally.majority());
  for (const n of nodes) n.product?.settle(mode, propose);

  const derivations: Derivation[] = [];
  const categories: BasisCategory[] = [];
  let i = 0;
  while (i < nodes.length) {
    const name = nodes[i]?.item.category ?? '';
    const group: Node[] = [];
    while (i < nodes.length && (nodes[i] as Node).item.category === name) group.push(nodes[i++] as Node);
    const lines = group.filter((n) => !n.item.categoryTotal);
    const roots = nest(lines, new LineRanks(lines.map((n) => n.item.style)));
    for (const root of roots) emit(ctx, root, derivations);
    const stated = group.find((n) => n.item.categoryTotal && n.amount)?.amount ?? null;
    const total: Figure = stated ?? computedFigure(ctx, name);
    const terms = roots.filter((n) => n.amount).map((n) => ({ coef: 1 as const, fig: n.amount as Figure }));
    if (terms.length) derivations.push({ kind: 'linear', rule: 'subtotal', target: total, terms });
    if (name && terms.length) categories.push({ name, key: normalizeLabel(name), total });
  }
  return { derivations, categories, rounding, lastRow };
}

/** A line's node: its amount read in the unit of the column it stands in, and its formula's check. */
function toNode(inUnitOf: (col: number) => TableContext, item: BasisItem): Node {
  const ctx = inUnitOf(item.amountCol ?? item.textCol);
  const line = item.line;
  const label = line?.label || item.category;
  let amount: Figure | null = null;
  if (item.amount && item.amountCol !== null) {
    if (item.amount.unit !== '%') amount = amountFigure(ctx, item.row, item.amountCol, item.amount, label);
  } else if (item.amountCol !== null) {
    const reported = ctx.unreadable.length;
    const parsed = readParsed(ctx, item.row, item.amountCol);
    if (parsed && parsed.unit !== '%') amount = amountFigure(ctx, item.row, item.amountCol, parsed, label);
    const unread = ctx.unreadable[reported];
    // The line's formula cannot be checked against an amount that cannot be read.
    if (unread && line?.formula && item.textCol !== item.amountCol) {
      ctx.unreadable[reported] = { ...unread, blocks: [ctx.grid.address(item.row, item.textCol)] };
    }
  } else if (line?.amount && line.amount.figure.unit !== '%') {
    amount = amountFigure(ctx, item.row, item.textCol, line.amount.figure, label);
  }
  if (line?.unreadable) {
    ctx.unreadable.push({ sheet: ctx.grid.name, cell: ctx.grid.address(item.row, item.textCol), text: line.text, reason: 'formula' });
  }
  let product: BasisLineCheck | null = null;
  if (line?.formula && line.kind !== 'note') {
    // Evaluated once, when the line was read: a formula with no value is no formula (formula.ts).
    const exact = line.formula.value;
    const target = amount ?? computedFigure(ctx, label);
    // The formula's own cell takes part in the check when the amount stands in another.
    const sources = item.amountCol !== null && item.amountCol !== item.textCol ? [ctx.grid.address(item.row, item.textCol)] : undefined;
    product = new BasisLineCheck(target, exact, productStep(amount), line.text, sources);
  }
  return { item, level: 0, amount: product ? product.target : amount, children: [], funding: [], product };
}


/**
 * Nests lines by their styles (basis/levels.ts); funding lines (`(국비) …`) hang on their
 * parent separately, and notes are nobody's children.
 */
function nest(nodes: readonly Node[], ranks: LineRanks): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  let above: number | null = null;
  for (const n of nodes) {
    if (n.item.line?.kind === 'note') continue;
    n.level = ranks.rank(n.item.style, above);
    if (n.item.style !== null && !n.item.style.startsWith('indent:')) above = n.level;
    while (stack.length && (stack[stack.length - 1] as Node).level >= n.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (n.item.line?.funding && parent) parent.funding.push(n);
    else if (parent) parent.children.push(n);
    else roots.push(n);
    if (!n.item.line?.funding) stack.push(n);
  }
  return roots;
}

/**
 * Post-order: a line's own formula, its children, then its sums. A line with children and
 * no amount of its own (a heading, a label whose formula is on the lines below) stands
 * for their sum, a value no cell states.
 */
function emit(ctx: TableContext, node: Node, out: Derivation[]): void {
  if (node.product) out.push(node.product);
  // A line with no lines under it (most of them) has nothing to sum: no lists to filter.
  if (node.children.length === 0 && node.funding.length === 0) return;
  for (const child of node.children) emit(ctx, child, out);
  for (const f of node.funding) if (f.product) out.push(f.product);
  const kids = node.children.filter((c) => c.amount);
  if (!node.amount && kids.length) node.amount = computedFigure(ctx, node.item.line?.label ?? '');
  if (!node.amount) return;
  if (kids.length) {
    out.push({ kind: 'linear', rule: 'subtotal', target: node.amount, terms: kids.map((c) => ({ coef: 1 as const, fig: c.amount as Figure })) });
  }
  const shares = node.funding.filter((f) => f.amount);
  if (shares.length) {
    out.push({ kind: 'linear', rule: 'funding', target: node.amount, terms: shares.map((f) => ({ coef: 1 as const, fig: f.amount as Figure })) });
  }
}
