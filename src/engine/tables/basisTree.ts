/**
 * From basis lines to derivations: each line's amount against its formula, each
 * parent against its children, each category against its level-1 lines. The
 * category totals come out as figures for the cross-check with the summary.
 */
import { normalizeLabel } from '../grid';
import { evaluateFormula, explainFormula, type BasisLine } from '../basis/line';
import { productStep } from '../rules/product';
import type { RoundingMode } from '../findings';
import type { RoundingPolicy } from '../options';
import type { Derivation, Figure, ProductDerivation } from '../checks/ledger';
import { amountFigure, computedFigure, readParsed, type TableContext } from './context';
import { lineModes, RoundingTally } from './rounding';

export interface BasisItem {
  readonly row: number;
  readonly textCol: number;
  readonly category: string;
  readonly line: BasisLine | null;
  readonly amountCol: number | null;
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
  readonly level: number;
  readonly amount: Figure | null;
  readonly children: Node[];
  readonly funding: Node[];
  product: ProductDerivation | null;
}

export function buildBasisLedger(
  ctx: TableContext,
  items: readonly BasisItem[],
  options: { rounding: RoundingPolicy },
  lastRow: number,
): BasisTable {
  const nodes = items.map((item) => toNode(ctx, item));
  const tally = new RoundingTally();
  for (const n of nodes) if (n.product && n.amount?.stated) tally.add(n.product.exact, n.amount.stated, n.product.step);
  const rounding = tally.prevailing();
  const { mode, propose } = lineModes(options.rounding, rounding, tally.majority());
  for (const n of nodes) if (n.product) n.product = { ...n.product, mode, proposeMode: propose };

  const derivations: Derivation[] = [];
  const categories: BasisCategory[] = [];
  let i = 0;
  while (i < nodes.length) {
    const name = nodes[i]?.item.category ?? '';
    const group: Node[] = [];
    while (i < nodes.length && (nodes[i] as Node).item.category === name) group.push(nodes[i++] as Node);
    const roots = nest(group.filter((n) => !n.item.categoryTotal));
    for (const root of roots) emit(root, derivations);
    const stated = group.find((n) => n.item.categoryTotal && n.amount)?.amount ?? null;
    const total: Figure = stated ?? computedFigure(ctx, name);
    const terms = roots.filter((n) => n.amount).map((n) => ({ coef: 1 as const, fig: n.amount as Figure }));
    if (terms.length) derivations.push({ kind: 'linear', rule: 'subtotal', target: total, terms });
    if (name && terms.length) categories.push({ name, key: normalizeLabel(name), total });
  }
  return { derivations, categories, rounding, lastRow };
}

function toNode(ctx: TableContext, item: BasisItem): Node {
  const line = item.line;
  const label = line?.label || item.category;
  let amount: Figure | null = null;
  if (item.amountCol !== null) {
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
  let product: ProductDerivation | null = null;
  if (line?.formula && line.kind === 'item') {
    const exact = evaluateFormula(line.formula);
    const target = amount ?? computedFigure(ctx, label);
    // The formula's own cell takes part in the check when the amount stands in another.
    const sources = item.amountCol !== null && item.amountCol !== item.textCol ? [ctx.grid.address(item.row, item.textCol)] : undefined;
    product = {
      kind: 'product', rule: 'product', target, exact, step: productStep(amount), mode: 'any', proposeMode: 'half-up',
      explain: explainFormula(line.formula), sources,
    };
  }
  const level = line?.kind === 'heading' ? 0 : (line?.level ?? 1);
  return { item, level, amount: product ? product.target : amount, children: [], funding: [], product };
}


/** Nests lines by level; funding lines (`(국비) …`) hang on their parent separately. */
function nest(nodes: readonly Node[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const n of nodes) {
    if (n.item.line?.kind === 'note') continue;
    while (stack.length && (stack[stack.length - 1] as Node).level >= n.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (n.item.line?.funding && parent) parent.funding.push(n);
    else if (parent) parent.children.push(n);
    else roots.push(n);
    if (!n.item.line?.funding) stack.push(n);
  }
  return roots;
}

/** Post-order: a line's own formula, its children, then its sums. */
function emit(node: Node, out: Derivation[]): void {
  if (node.product) out.push(node.product);
  for (const child of node.children) emit(child, out);
  for (const f of node.funding) if (f.product) out.push(f.product);
  if (!node.amount) return;
  const kids = node.children.filter((c) => c.amount);
  if (kids.length) {
    out.push({ kind: 'linear', rule: 'subtotal', target: node.amount, terms: kids.map((c) => ({ coef: 1 as const, fig: c.amount as Figure })) });
  }
  const shares = node.funding.filter((f) => f.amount);
  if (shares.length) {
    out.push({ kind: 'linear', rule: 'funding', target: node.amount, terms: shares.map((f) => ({ coef: 1 as const, fig: f.amount as Figure })) });
  }
}

