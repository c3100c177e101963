/**
 * The identities of a table read by its columns, per block:
 * - per row, each column's own: a header formula (`㉰=㉮-㉯`, `A-B`, `B/A`, `(B-A)*100/A`),
 *   a change between the years its header names, a change rate, a total column over
 *   its parts (`합계 = 일반회계 + 특별회계`), a share of the total row (`구성비`);
 * - per column of amounts, each parent against its rows and each total against the
 *   rows it closes;
 * children first, so a slip carried upward points at its cause.
 */
import type { Rational } from '../../rational';
import type { Derivation, Figure, RatioDerivation, Term } from '../../checks/ledger';
import { ratioOutcome } from '../../rules/ratio';
import type { RuleId } from '../../findings';
import { ratePrecision } from '../../rules/changeRate';
import type { TableContext } from '../context';
import type { ColumnInfo } from './columnInfo';
import type { Block } from './read';
import { allRows, bareName, type TableRow } from './rows';
import { cellFigures, type BlockCells } from './cells';
import { inferMembers } from './infer';
import { roundingBand } from './band';
import { acrossBlocks, flowIdentities, tableBalances } from './flow';

/** Roles whose figures add up down a column. */
const SUMMED = new Set<ColumnInfo['role']>(['amount', 'total', 'change', 'formula']);

export interface BlockIdentities {
  readonly derivations: Derivation[];
  /** The block's year pair, when its headers name one: what the summary profile reports. */
  readonly pair: { readonly prior: ColumnInfo; readonly current: ColumnInfo } | null;
  /** The block's figures, one object per cell, as the derivations hold them. */
  readonly cells: BlockCells;
  /** The block's columns whose figures add up down the column. */
  readonly summed: readonly ColumnInfo[];
}

/**
 * Every block's identities, then those that join blocks side by side (a balance rolled across
 * them); and the table's opening and closing balance, when it has one of each.
 */
export function tableIdentities(ctx: TableContext, blocks: readonly Block[]): { derivations: Derivation[]; balances: { opening: Figure; closing: Figure } | null } {
  const read = blocks.map((block) => ({ block, ...blockIdentities(ctx, block) }));
  const found = tableBalances(read);
  return {
    derivations: [...read.flatMap((r) => r.derivations), ...acrossBlocks(read)],
    balances: found && { opening: found.opening.fig, closing: found.closing.fig },
  };
}

export function blockIdentities(ctx: TableContext, block: Block): BlockIdentities {
  const cells = cellFigures(ctx, block);
  const out: Derivation[] = [];
  const pair = yearPair(block.columns);
  const rowIds = (r: TableRow) => rowIdentities(ctx, block, cells, r, pair, out);
  const totals = block.roots.filter((r) => r.total === 'total');
  const summed = block.columns.filter((c) => SUMMED.has(c.role) && (!c.formula || c.formula.kind === 'linear'));
  const tops = inferMembers(ctx, summed, cells, totals[0] ?? null, block.roots.filter((r) => r.total !== 'total'));
  const post = (n: TableRow): void => {
    for (const c of n.children) post(c);
    sums(ctx, block, cells, n, n.children, sumRule(n), out);
    rowIds(n);
  };
  for (const n of tops) post(n);
  for (const t of totals) {
    sums(ctx, block, cells, t, tops, 'total', out);
    rowIds(t);
  }
  shares(block, cells, allRows([...tops, ...totals]), totals[0] ?? null, pair, out);
  const flows = flowIdentities(block, cells, pair, summed);
  joinedTotals(block, cells, ctx, out);
  // A carry-over from a figure no identity derives goes first: the row's own change uses the
  // opening it fixes, so a slipped opening is pinned where it is, not at the change beside it.
  const derived = new Set([...out, ...flows].map((d) => d.target));
  const first = (d: Derivation) => d.rule === 'carry-over' && d.kind === 'linear' && d.terms.every((t) => !derived.has(t.fig));
  return { derivations: [...flows.filter(first), ...out, ...flows.filter((d) => !first(d))], pair, cells, summed };
}

type Cells = BlockCells;

/**
 * The rule of a parent's sum: a group closed by a total's name (`합계`, `부채총계`) is a
 * total; a 소계, a group's `계` and a parent by its place in the hierarchy are subtotals.
 */
function sumRule(n: TableRow): RuleId {
  return n.total === 'subtotal' && /(합계|총계)$/.test(bareName(n.label)) ? 'total' : 'subtotal';
}

/**
 * `부채와 자본총계`: a total of totals named by joining their names — the sum of the rows
 * `부채총계` and `자본총계` of the block.
 */
function joinedTotals(block: Block, cells: Cells, ctx: TableContext, out: Derivation[]): void {
  const rows = allRows(block.roots);
  for (const r of rows) {
    const bare = bareName(r.label);
    // The ending first: the pattern's two open parts try every split of every label.
    if (!bare.endsWith('총계') && !bare.endsWith('합계')) continue;
    const m = /^(.+?)(?:와|과|및)(.+)(총계|합계)$/.exec(bare);
    if (!m) continue;
    const parts = [m[1], m[2]].map((name) => rows.find((x) => bareName(x.label) === `${name}${m[3]}`));
    if (parts.some((p) => !p)) continue;
    sums(ctx, block, cells, r, parts as TableRow[], 'total', out);
  }
}

/** Target = Σ parts down one column, for every column whose figures add up. */
function sums(ctx: TableContext, block: Block, cells: Cells, target: TableRow, parts: readonly TableRow[], rule: RuleId, out: Derivation[]): void {
  if (!parts.length) return;
  for (const col of block.columns) {
    if (!SUMMED.has(col.role) || (col.formula && col.formula.kind !== 'linear')) continue;
    const fig = cells.at(target.row, col.col);
    if (!fig || fig.stated === null) continue;
    const terms: Term[] = [];
    // A heading without an amount of its own (`영업외수익` over its 항) stands for its rows.
    const add = (p: TableRow): void => {
      const f = cells.at(p.row, col.col);
      if (f) terms.push({ coef: 1, fig: f });
      else for (const c of p.children) add(c);
    };
    for (const p of parts) add(p);
    if (!terms.length) continue;
    out.push({ kind: 'linear', rule, target: fig, terms, ...band(ctx, col, fig, terms) });
  }
}

/** The identities each column writes for one row. */
function rowIdentities(
  ctx: TableContext,
  block: Block,
  cells: Cells,
  row: TableRow,
  pair: BlockIdentities['pair'],
  out: Derivation[],
): void {
  const at = (col: ColumnInfo) => cells.at(row.row, col.col);
  for (const col of block.columns) {
    const target = at(col);
    if (!target) continue;
    const f = col.formula;
    if (f?.kind === 'linear') {
      const terms: Term[] = [];
      let known = true;
      for (const t of f.terms) {
        const cols = tagged(block, t.tag);
        if (!cols.length) known = false;
        for (const c of cols) {
          const fig = at(c);
          if (fig) terms.push({ coef: t.coef, fig });
        }
      }
      if (!known || !terms.length) continue;
      out.push({ kind: 'linear', rule: formulaRule(block, col), target, terms, formula: col.formulaText, ...band(ctx, col, target, terms) });
    } else if (f?.kind === 'ratio') {
      const part = single(block, f.part);
      const whole = single(block, f.whole);
      const p = part && at(part);
      const w = whole && at(whole);
      if (!p || !w || target.stated === null) continue;
      const rule = col.role === 'exec-rate' ? 'execution-rate' : col.role === 'share' ? 'share' : 'header-formula';
      out.push({ kind: 'ratio', rule, target, part: p, whole: w, decimals: decimalsOf(cells, col, target), percent: f.percent || target.unit === '%' });
    } else if (f?.kind === 'rate' || (col.role === 'rate' && !f)) {
      const before = f?.kind === 'rate' ? single(block, f.before) : pair?.prior;
      const after = f?.kind === 'rate' ? single(block, f.after) : pair?.current;
      const b = before && at(before);
      const a = after && at(after);
      if (!b || !a) continue;
      out.push({ kind: 'rate', rule: 'change-rate', target, before: b, after: a, decimals: decimalsOf(cells, col, target) });
    } else if (col.role === 'change' && pair) {
      const b = at(pair.prior);
      const a = at(pair.current);
      if (!a && !b) continue;
      const terms: Term[] = [];
      if (a) terms.push({ coef: 1, fig: a });
      if (b) terms.push({ coef: -1, fig: b });
      out.push({ kind: 'linear', rule: 'change', target, terms, ...band(ctx, col, target, terms) });
    } else if (col.role === 'total') {
      const parts = partsOf(block, col);
      const terms: Term[] = [];
      for (const p of parts) {
        const fig = at(p);
        if (fig) terms.push({ coef: 1, fig });
      }
      if (parts.length < 2 || !terms.length) continue;
      out.push({ kind: 'linear', rule: 'total', target, terms, ...band(ctx, col, target, terms) });
    }
  }
}

/** A percentage column whose total row shows 100 (or 1) is a share of the total, whatever its header. */
function isWhole(f: Figure | null): boolean {
  const v = f?.stated;
  return v === 100 || v === 1; // the canonical form: a whole value is a plain number
}

/** Each row's share of the total row, in every share column (구성비) that has no formula of its own. */
function shares(block: Block, cells: Cells, rows: readonly TableRow[], total: TableRow | null, pair: BlockIdentities['pair'], out: Derivation[]): void {
  if (!total) return;
  for (const col of block.columns) {
    if (col.formula || !(col.role === 'share' || (col.role === 'percent' && isWhole(cells.at(total.row, col.col))))) continue;
    // A share shown as a fraction (1 for the whole) or as a percentage (100).
    const totalShare = cells.at(total.row, col.col)?.stated;
    const asPercent = totalShare !== 1;
    const shareOf = (row: TableRow, base: ColumnInfo): RatioDerivation | null => {
      const target = cells.at(row.row, col.col);
      const part = cells.at(row.row, base.col);
      const whole = cells.at(total.row, base.col);
      if (!target || target.stated === null || !part || !whole) return null;
      const percent = target.unit === '%' || asPercent;
      return { kind: 'ratio', rule: 'share', target, part, whole, decimals: decimalsOf(cells, col, target), percent };
    };
    const base = baseOf(block, col, pair, (candidate) => agreeing(rows.map((r) => shareOf(r, candidate))));
    if (!base) continue;
    for (const r of rows) {
      const d = shareOf(r, base);
      if (d) out.push(d);
    }
  }
}

/** How many of these ratios hold on the stated figures. */
function agreeing(list: readonly (RatioDerivation | null)[]): number {
  let n = 0;
  for (const d of list) {
    if (!d || d.target.stated === null || d.part.stated === null || d.whole.stated === null) continue;
    if (ratioOutcome(d, d.target.stated, d.part.stated, d.whole.stated).agrees) n++;
  }
  return n;
}

/**
 * The amount column a share column is the share of. Documents put it beside the amount
 * (`2003년 | 구성비 | 2002년 | 구성비`), after the total column's parts (`합계 | 일반 | 특별 |
 * 구성비`: the 합계's), or after a change (the current year's): of these candidates, the one
 * the stated shares bear out on most rows.
 */
function baseOf(block: Block, share: ColumnInfo, pair: BlockIdentities['pair'], score: (c: ColumnInfo) => number): ColumnInfo | null {
  const i = block.columns.indexOf(share);
  const candidates: ColumnInfo[] = [];
  const beside = block.columns[i - 1];
  if (beside && (beside.role === 'amount' || beside.role === 'total') && beside.col === share.col - 1) candidates.push(beside);
  for (const c of block.columns.slice(0, i)) if (c.role === 'total') candidates.push(c);
  if (pair) candidates.push(pair.current);
  for (let k = i - 1; k >= 0; k--) {
    const c = block.columns[k] as ColumnInfo;
    if (c.role === 'amount' || c.role === 'total') {
      candidates.push(c);
      break;
    }
  }
  let best: ColumnInfo | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const n = score(c);
    if (n > bestScore) {
      best = c;
      bestScore = n;
    }
  }
  return best;
}

/** The parts a total column adds up: the amount columns beside it (shares skipped), right first. */
function partsOf(block: Block, total: ColumnInfo): ColumnInfo[] {
  const i = block.columns.indexOf(total);
  const walk = (step: 1 | -1): ColumnInfo[] => {
    const out: ColumnInfo[] = [];
    for (let k = i + step; k >= 0 && k < block.columns.length; k += step) {
      const c = block.columns[k] as ColumnInfo;
      if (c.role === 'share' || c.role === 'percent') continue;
      if (c.role !== 'amount' || c.formula) break;
      if (total.header.span && (c.col < total.header.span[0] || c.col > total.header.span[1])) break;
      out.push(c);
    }
    return out;
  };
  const right = walk(1);
  return right.length >= 2 ? right : walk(-1);
}

/** The columns a tag names: the column that defines it, or every column under a group that does. */
function tagged(block: Block, tag: string): ColumnInfo[] {
  return block.columns.filter((c) => c.tag === tag);
}

function single(block: Block, tag: string): ColumnInfo | null {
  const cols = tagged(block, tag);
  return cols.length === 1 ? (cols[0] as ColumnInfo) : null;
}

/**
 * A header's linear formula is a change when it takes one year from another
 * (`증감 (B-A)` over `2020예산액 (A)` and `2021예산액 (B)`), a balance when its header
 * says 잔액, and otherwise the header's own identity.
 */
function formulaRule(block: Block, col: ColumnInfo): RuleId {
  const own = col.header.own.replace(/\s+/g, '');
  const f = col.formula;
  if (f?.kind !== 'linear') return 'header-formula';
  if (/잔액/.test(own)) return 'execution-balance';
  if (/증감|대비/.test(own) && f.terms.length === 2) {
    const cols = f.terms.map((t) => single(block, t.tag));
    const timed = cols.every((c) => c !== null && (c.year !== null || c.when !== null));
    if (timed) return 'change';
  }
  return 'header-formula';
}

/**
 * The prior and the current year among the amount columns, from their headers: the
 * latest year and the one before it; else `전년`/`기정` against `금년`/`경정`; else tags
 * A and B as the documents use them; else none.
 */
export function yearPair(columns: readonly ColumnInfo[]): BlockIdentities['pair'] {
  const amounts = columns.filter((c) => c.role === 'amount' && !c.formula);
  const dated = amounts.filter((c) => c.year !== null);
  if (dated.length >= 2) {
    const current = dated.reduce((a, b) => ((b.year as number) > (a.year as number) ? b : a));
    const before = dated.filter((c) => (c.year as number) < (current.year as number));
    if (before.length) {
      const prior = before.reduce((a, b) => ((b.year as number) > (a.year as number) ? b : a));
      return { prior, current };
    }
  }
  const prior = amounts.find((c) => c.when === 'prior');
  const current = amounts.find((c) => c.when === 'current');
  if (prior && current) return { prior, current };
  const a = amounts.find((c) => c.tag === 'A');
  const b = amounts.find((c) => c.tag === 'B');
  if (a && b) return { prior: a, current: b };
  return null;
}

/** A rate's decimals: as its cell shows them, else as its column does. */
function decimalsOf(cells: Cells, col: ColumnInfo, target: Figure): number {
  return target.like?.decimals ?? ratePrecision(cells.column(col.col).map((f) => f.like?.decimals));
}

/** The band a sum of rounded figures allows (band.ts), as the derivation's optional field. */
function band(ctx: TableContext, col: ColumnInfo, target: Figure, terms: readonly Term[]): { band?: Rational } {
  const b = roundingBand(col.unit ?? ctx.unit, target, terms.length);
  return b === null ? {} : { band: b };
}
