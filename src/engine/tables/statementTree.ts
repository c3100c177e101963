/**
 * From statement rows to derivations, children first: each 산출기초 line against its
 * formula, each parent against its children in every amount column (the top level's
 * sum is the total), each item against its funding rows, and 비교증감 = 예산액 − 전년도
 * on every row that states it.
 */
import { explainFormula, parseBasisLine, type BasisLine } from '../basis/line';
import { isDashOnly, MONEY_SCALE, type ParsedFigure } from '../number';
import { abs, ZERO, type Rational } from '../rational';
import type { RoundingMode, RuleId } from '../findings';
import type { RoundingPolicy } from '../options';
import type { Derivation, Figure, ProductDerivation, Term } from '../checks/ledger';
import { amountFigure, readAmount, type TableContext } from './context';
import { lineModes, RoundingTally } from './rounding';
import type { StatementColumns } from './statement';

export interface StatementRow {
  readonly row: number;
  /** Depth of the row: ten per hierarchy column, plus the marker's rank inside 산출내역. */
  readonly level: number;
  readonly label: string;
  readonly labelCol: number;
  readonly funding: boolean;
  readonly note: boolean;
  /** The row's calculation (산출기초), as the checks need it; null when it has none. */
  readonly basis: RowCalc | null;
  readonly basisCol: number | null;
}

/** What the checks keep of a parsed 산출기초 line. */
export interface RowCalc {
  /** The line as written; parsed again only to explain a finding. */
  readonly text: string;
  /** The formula's exact value in 원, for an item line with a readable formula. */
  readonly exact: Rational | null;
  /** A figure stated after `=`. */
  readonly amount: ParsedFigure | null;
  readonly unreadable: boolean;
}

export function calcOf(line: BasisLine): RowCalc {
  const readable = line.formula !== null && line.kind === 'item';
  return {
    text: line.text,
    exact: readable ? (line.formula?.value ?? null) : null,
    amount: line.amount?.figure ?? null,
    unreadable: line.unreadable !== null || (readable && !line.formula?.value),
  };
}

export interface StatementTable {
  readonly derivations: Derivation[];
  readonly rounding: RoundingMode;
  readonly lastRow: number;
}

type Column = 'after' | 'before' | 'change';
const COLUMNS: readonly Column[] = ['after', 'before', 'change'];

/** A 산출기초 line's calculation, before the table's rounding is known. */
interface Line {
  readonly target: Figure;
  readonly exact: Rational;
  readonly step: bigint;
  readonly text: string;
}

interface Node {
  readonly row: StatementRow;
  readonly figures: Record<Column, Figure | null>;
  /** Null until a row is nested under it: most rows of a book are leaves. */
  children: Node[] | null;
  funding: Node[] | null;
  readonly line: Line | null;
  product: ProductDerivation | null;
}

export function buildStatement(
  ctx: TableContext,
  cols: StatementColumns,
  rows: readonly StatementRow[],
  lastRow: number,
  options: { rounding: RoundingPolicy } = { rounding: 'any' },
): StatementTable {
  const nodes = rows.filter((r) => !r.note).map((r) => toNode(ctx, cols, r));
  const tally = new RoundingTally();
  for (const n of nodes) if (n.line?.target.stated) tally.add(n.line.exact, n.line.target.stated, n.line.step);
  const rounding = tally.prevailing();
  const { mode, propose } = lineModes(options.rounding, rounding, tally.majority());
  for (const n of nodes) if (n.line) n.product = product(n.line, mode, propose);
  const derivations: Derivation[] = [];
  for (const root of nest(nodes)) emit(ctx, root, derivations, 'total');
  return { derivations, rounding, lastRow };
}

function toNode(ctx: TableContext, cols: StatementColumns, row: StatementRow): Node {
  const { grid } = ctx;
  // A figure's label names its row; the column is in its cell address (messages show both).
  const at = (col: number | null) => (col === null ? null : figureAt(ctx, row.row, col, row.label));
  const figures: Record<Column, Figure | null> = { after: at(cols.budget), before: at(cols.before), change: at(cols.change) };
  const basis = row.basis;
  if (!figures.after && basis?.amount && basis.amount.unit !== '%' && row.basisCol !== null) {
    figures.after = amountFigure(ctx, row.row, row.basisCol, basis.amount, row.label);
  }
  if (basis?.unreadable && row.basisCol !== null) {
    ctx.unreadable.push({ sheet: grid.name, cell: grid.address(row.row, row.basisCol), text: basis.text, reason: 'formula' });
  }
  let line: Line | null = null;
  if (basis?.exact && !row.funding) {
    const target = figures.after ?? virtual(ctx, row.label);
    line = { target, exact: basis.exact, step: stepOf(figures.after), text: basis.text };
    figures.after = target;
  }
  return { row, figures, children: null, funding: null, line, product: null };
}

/**
 * A line's check. Its explanation is written only if a finding needs it (a book has
 * tens of thousands of lines), and a class keeps that getter on the prototype rather
 * than a closure on every line.
 */
class LineCheck implements ProductDerivation {
  readonly kind = 'product' as const;
  readonly rule = 'product' as const;
  constructor(
    readonly target: Figure,
    readonly exact: Rational,
    readonly step: bigint,
    readonly mode: ProductDerivation['mode'],
    readonly proposeMode: ProductDerivation['proposeMode'],
    private readonly text: string,
  ) {}

  get explain(): string {
    const formula = parseBasisLine(this.text).formula;
    return formula ? explainFormula(formula) : '';
  }
}

function product(line: Line, mode: ProductDerivation['mode'], proposeMode: ProductDerivation['proposeMode']): ProductDerivation {
  return new LineCheck(line.target, line.exact, line.step, mode, proposeMode, line.text);
}

const DASH: ParsedFigure = Object.freeze({ value: ZERO, unit: null, decimals: 0, sign: null, grouped: false });

/** An amount cell; a lone dash is the document's zero (a new item has no prior-year amount). */
function figureAt(ctx: TableContext, row: number, col: number, label: string): Figure | null {
  const text = ctx.grid.text(row, col);
  if (text === '') return null;
  if (!/\d/.test(text) && isDashOnly(text)) return amountFigure(ctx, row, col, DASH, label);
  return readAmount(ctx, row, col, label);
}

/** 원 per unit of the stated figure; a 원 figure that is a whole thousand was rounded to 천원. */
function stepOf(amount: Figure | null): bigint {
  if (!amount?.stated || amount.unit === '%') return 1000n;
  if (amount.unit !== '원') return MONEY_SCALE[amount.unit];
  const s = abs(amount.stated);
  return s.den === 1n && s.num !== 0n && s.num % 1000n === 0n ? 1000n : 1n;
}

function virtual(ctx: TableContext, label: string): Figure {
  return { sheet: ctx.grid.name, cell: '', stated: null, unit: ctx.unit, scale: MONEY_SCALE[ctx.unit], like: null, label };
}

/** Nests rows by level; a funding row belongs to the item just above it, not to the tree. */
function nest(nodes: readonly Node[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  let lastItem: Node | null = null;
  for (const n of nodes) {
    if (n.row.funding && lastItem) {
      (lastItem.funding ??= []).push(n);
      continue;
    }
    while (stack.length && (stack[stack.length - 1] as Node).row.level >= n.row.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) (parent.children ??= []).push(n);
    else roots.push(n);
    stack.push(n);
    lastItem = n;
  }
  return roots;
}

/** Post-order, so evaluation meets every figure's finer detail before the figure itself. */
function emit(ctx: TableContext, node: Node, out: Derivation[], rule: RuleId): void {
  if (node.product) out.push(node.product);
  const { children, funding, figures } = node;
  if (children) for (const child of children) emit(ctx, child, out, 'subtotal');
  if (funding) for (const share of funding) changeOf(share, out);
  if (!figures.after && children?.some((c) => c.figures.after)) figures.after = virtual(ctx, node.row.label);
  if (children || funding) {
    for (const column of COLUMNS) {
      const target = figures[column];
      if (!target) continue;
      const kids = children ? termsOf(children, column) : [];
      if (kids.length) out.push({ kind: 'linear', rule, target, terms: kids });
      const shares = funding ? termsOf(funding, column) : [];
      if (shares.length) out.push({ kind: 'linear', rule: 'funding', target, terms: shares });
    }
  }
  changeOf(node, out);
}

function termsOf(nodes: readonly Node[], column: Column): Term[] {
  const out: Term[] = [];
  for (const n of nodes) {
    const fig = n.figures[column];
    if (fig) out.push({ coef: 1, fig });
  }
  return out;
}

/** 비교증감 = 예산액 − 전년도; with no prior-year amount the whole budget is the change. */
function changeOf(node: Node, out: Derivation[]): void {
  const { after, before, change } = node.figures;
  if (!change || !after) return;
  const terms: Term[] = before ? [{ coef: 1, fig: after }, { coef: -1, fig: before }] : [{ coef: 1, fig: after }];
  out.push({ kind: 'linear', rule: 'change', target: change, terms });
}
