/**
 * From statement rows to derivations, children first: each 산출기초 line against its
 * formula, each parent against its children in every amount column (the top level's
 * sum is the total), each item against its funding rows, and 비교증감 = 예산액 − 전년도
 * on every row that states it.
 *
 * Rows are taken one at a time, and a row's sums are written as soon as its subtree
 * is complete (the next row at its level or above). A whole book is one table of
 * hundreds of thousands of rows: holding every row until the end made them all
 * outlive the young generation, and the garbage collector's cost grew faster than
 * the book.
 */
import { explainFormula, parseBasisLine, type BasisLine } from '../basis/line';
import { isDashOnly, MONEY_SCALE, type ParsedFigure } from '../number';
import { ZERO, type Rational } from '../rational';
import { productStep } from '../rules/product';
import { isCellAt } from '../checks/cellFigure';
import type { RoundingMode } from '../findings';
import type { RoundingPolicy } from '../options';
import type { Derivation, Figure, ProductDerivation, Term } from '../checks/ledger';
import { amountFigure, readAmount, type TableContext } from './context';
import { lineModes, RoundingTally } from './rounding';
import type { StatementColumns } from './statementColumns';

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
    unreadable: line.unreadable !== null || (readable && line.formula?.value == null),
  };
}

export interface StatementTable {
  readonly derivations: Derivation[];
  readonly rounding: RoundingMode;
  readonly lastRow: number;
}

type Column = 'after' | 'before' | 'change';
const COLUMNS: readonly Column[] = ['after', 'before', 'change'];

interface Node {
  readonly row: StatementRow;
  readonly figures: Record<Column, Figure | null>;
  /** The terms its complete children contribute, by column; null while it has none. */
  kids: Record<Column, Term[]> | null;
  /** Funding rows, in order; null while it has none. */
  funding: Node[] | null;
}

/**
 * Builds a statement table's derivations from its rows, in order. The order is the
 * one evaluation needs: a line's check where its row starts, a row's sums and change
 * when its subtree is complete.
 */
export class StatementBuilder {
  private readonly derivations: Derivation[] = [];
  private readonly lines: LineCheck[] = [];
  private readonly tally = new RoundingTally();
  private readonly stack: Node[] = [];
  private lastItem: Node | null = null;

  constructor(
    private readonly ctx: TableContext,
    private readonly cols: StatementColumns,
  ) {}

  add(row: StatementRow): void {
    if (row.note) return;
    // A funding row belongs to the item just above it, not to the tree.
    if (row.funding && this.lastItem) {
      (this.lastItem.funding ??= []).push(this.toNode(row));
      return;
    }
    // The rows this one closes are complete before its own line is checked.
    const { stack } = this;
    while (stack.length && (stack[stack.length - 1] as Node).row.level >= row.level) this.complete();
    const node = this.toNode(row);
    stack.push(node);
    this.lastItem = node;
  }

  /** The derivations, once every row is in: lines take the rounding the whole table shows. */
  finish(lastRow: number, policy: RoundingPolicy): StatementTable {
    while (this.stack.length) this.complete();
    const rounding = this.tally.prevailing();
    const { mode, propose } = lineModes(policy, rounding, this.tally.majority());
    for (const line of this.lines) line.settle(mode, propose);
    return { derivations: this.derivations, rounding, lastRow };
  }

  private toNode(row: StatementRow): Node {
    const { ctx, cols } = this;
    const { grid } = ctx;
    // A figure's label names its row; the column is in its cell address (messages show both).
    const figures: Record<Column, Figure | null> = {
      after: figureAt(ctx, row.row, cols.budget, row.label),
      before: cols.before === null ? null : figureAt(ctx, row.row, cols.before, row.label),
      change: cols.change === null ? null : figureAt(ctx, row.row, cols.change, row.label),
    };
    const basis = row.basis;
    if (!figures.after && basis?.amount && basis.amount.unit !== '%' && row.basisCol !== null) {
      figures.after = amountFigure(ctx, row.row, row.basisCol, basis.amount, row.label);
    }
    if (basis?.unreadable && row.basisCol !== null) {
      ctx.unreadable.push({ sheet: grid.name, cell: grid.address(row.row, row.basisCol), text: basis.text, reason: 'formula' });
    }
    if (basis && basis.exact !== null && !row.funding) {
      const target = figures.after ?? virtual(ctx, row.label);
      const step = productStep(figures.after);
      if (target.stated !== null) this.tally.add(basis.exact, target.stated, step);
      // The 산출기초 cell takes part in the check when the amount stands in its own column.
      const source = row.basisCol !== null && !isCellAt(target, row.row, row.basisCol) ? grid.address(row.row, row.basisCol) : null;
      const line = new LineCheck(target, basis.exact, step, basis.text, source);
      this.lines.push(line);
      this.derivations.push(line);
      figures.after = target;
    }
    return { row, figures, kids: null, funding: null };
  }

  /** The top row's subtree is complete: its sums, its funding, its change; then it is a term of its parent. */
  private complete(): void {
    const node = this.stack.pop() as Node;
    const parent = this.stack[this.stack.length - 1];
    const out = this.derivations;
    const { kids, funding, figures } = node;
    if (funding) for (const share of funding) changeOf(share, out);
    if (!figures.after && kids?.after.length) figures.after = virtual(this.ctx, node.row.label);
    if (kids || funding) {
      for (const column of COLUMNS) {
        const target = figures[column];
        if (!target) continue;
        const terms = kids?.[column];
        // A copy the size of the list: the list grew by pushes, with room to spare.
        if (terms?.length) out.push({ kind: 'linear', rule: parent ? 'subtotal' : 'total', target, terms: terms.slice() });
        const shares = funding && termsOf(funding, column);
        if (shares?.length) out.push({ kind: 'linear', rule: 'funding', target, terms: shares });
      }
    }
    changeOf(node, out);
    if (!parent) return;
    const into = (parent.kids ??= { after: [], before: [], change: [] });
    for (const column of COLUMNS) {
      const fig = figures[column];
      if (fig) into[column].push({ coef: 1, fig });
    }
  }
}

/**
 * A line's check. Its explanation is written only if a finding needs it (a book has
 * tens of thousands of lines), and a class keeps that getter on the prototype rather
 * than a closure on every line. The rounding is settled once the whole table is read.
 */
export class LineCheck implements ProductDerivation {
  // On the prototype too: two fields fewer on each of a book's lines.
  get kind(): 'product' {
    return 'product';
  }

  get rule(): 'product' {
    return 'product';
  }

  mode: ProductDerivation['mode'] = 'any';
  proposeMode: ProductDerivation['proposeMode'] = 'half-up';

  constructor(
    readonly target: Figure,
    readonly exact: Rational,
    readonly step: bigint,
    private readonly text: string,
    private readonly source: string | null,
  ) {}

  get sources(): readonly string[] | undefined {
    return this.source === null ? undefined : [this.source];
  }

  settle(mode: ProductDerivation['mode'], proposeMode: ProductDerivation['proposeMode']): void {
    this.mode = mode;
    this.proposeMode = proposeMode;
  }

  get explain(): string {
    const formula = parseBasisLine(this.text).formula;
    return formula ? explainFormula(formula) : '';
  }
}

const DASH: ParsedFigure = Object.freeze({ value: ZERO, unit: null, decimals: 0, sign: null, grouped: false });

/** An amount cell; a lone dash is the document's zero (a new item has no prior-year amount). */
export function figureAt(ctx: TableContext, row: number, col: number, label: string): Figure | null {
  const text = ctx.grid.text(row, col);
  if (text === '') return null;
  if (!/\d/.test(text) && isDashOnly(text)) return amountFigure(ctx, row, col, DASH, label);
  return readAmount(ctx, row, col, label);
}


function virtual(ctx: TableContext, label: string): Figure {
  return { sheet: ctx.grid.name, cell: '', stated: null, unit: ctx.unit, scale: MONEY_SCALE[ctx.unit], like: null, label };
}

function termsOf(nodes: readonly Node[], column: Column): Term[] {
  const out: Term[] = [];
  for (const n of nodes) {
    const fig = n.figures[column];
    if (fig) out.push({ coef: 1, fig });
  }
  return out.slice(); // the size of the list (see complete)
}

/** 비교증감 = 예산액 − 전년도; with no prior-year amount the whole budget is the change. */
function changeOf(node: Node, out: Derivation[]): void {
  const { after, before, change } = node.figures;
  if (!change || !after) return;
  const terms: Term[] = before ? [{ coef: 1, fig: after }, { coef: -1, fig: before }] : [{ coef: 1, fig: after }];
  out.push({ kind: 'linear', rule: 'change', target: change, terms });
}
