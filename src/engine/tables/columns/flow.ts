/**
 * Balances rolled forward (DESIGN §1.1, identities across rows): a closing balance is the
 * opening one plus the movements between them (`기초잔액 + 당기증가액 − 퇴직금지급액 =
 * 기말잔액`), and one period's opening is the previous period's closing — between the
 * period columns of one table (`당기 | 전기`), or between years down one table (a row a
 * year, `기초 | 기말` columns).
 */
import type { Derivation, Figure, Term } from '../../checks/ledger';
import { sign } from '../../rational';
import type { BlockCells } from './cells';
import type { ColumnInfo } from './columnInfo';
import type { Block } from './read';
import { allRows, bareName, type TableRow } from './rows';
import { yearOf } from './columnInfo';

import { CLOSING, OPENING, OUTFLOW } from './balance';

export function flowIdentities(block: Block, cells: BlockCells, pair: { prior: ColumnInfo; current: ColumnInfo } | null, summed: readonly ColumnInfo[]): Derivation[] {
  const out: Derivation[] = [];
  const rows = allRows(block.roots).sort((a, b) => a.row - b.row);
  const opening = rows.find((r) => OPENING.test(bareName(r.label)));
  const closing = rows.find((r) => CLOSING.test(bareName(r.label)) && (!opening || r.row > opening.row));
  if (opening && closing) {
    const moves = rows.filter((r) => r.row > opening.row && r.row < closing.row && r.total === null && !r.children.length);
    // 당기 | 전기: this period's opening is the previous period's closing — checked before the
    // current period's balance uses it, so a slip in it is pinned where it is.
    const carried = pair && cells.at(opening.row, pair.current.col);
    const from = pair && cells.at(closing.row, pair.prior.col);
    // The previous period's balance first: its closing is what the carry-over takes.
    const ordered = pair ? [...summed].sort((a, b) => Number(b === pair.prior) - Number(a === pair.prior)) : summed;
    for (const col of ordered) {
      if (carried && from && col === pair?.current) out.push({ kind: 'linear', rule: 'carry-over', target: carried, terms: [{ coef: 1, fig: from }] });
      const target = cells.at(closing.row, col.col);
      const start = cells.at(opening.row, col.col);
      if (!target || !start) continue;
      const terms: Term[] = [{ coef: 1, fig: start }];
      for (const m of moves) {
        const fig = cells.at(m.row, col.col);
        if (!fig) continue;
        const printedPositive = fig.stated !== null && sign(fig.stated) > 0;
        terms.push({ coef: OUTFLOW.test(m.label) && printedPositive ? -1 : 1, fig });
      }
      out.push({ kind: 'linear', rule: 'execution-balance', target, terms });
    }
  }
  if (pair && /기초|전기이월|전년도?이월/.test(pair.prior.text) && /기말|차기이월|차년도?이월/.test(pair.current.text)) {
    out.push(...yearsDown(rows, cells, pair));
  }
  return out;
}

/** A row a year and kind (`2008년 | 장기`): its 기초 is the 기말 of the same kind a year before. */
function yearsDown(rows: readonly TableRow[], cells: BlockCells, pair: { prior: ColumnInfo; current: ColumnInfo }): Derivation[] {
  const out: Derivation[] = [];
  const keyed = new Map<string, TableRow>();
  const keyOf = (r: TableRow): { year: number; kind: string } | null => {
    const at = r.path.findIndex((t) => yearOf(t.replace(/\s+/g, '')) !== null);
    if (at < 0) return null;
    const year = yearOf((r.path[at] as string).replace(/\s+/g, '')) as number;
    return { year, kind: r.path.filter((_, k) => k !== at).join('|') };
  };
  for (const r of rows) {
    const key = keyOf(r);
    if (key) keyed.set(`${key.year}|${key.kind}`, r);
  }
  for (const r of rows) {
    const key = keyOf(r);
    const before = key && keyed.get(`${key.year - 1}|${key.kind}`);
    if (!before) continue;
    const target = cells.at(r.row, pair.prior.col);
    const source = cells.at(before.row, pair.current.col);
    if (target && source) out.push({ kind: 'linear', rule: 'carry-over', target, terms: [{ coef: 1, fig: source }] });
  }
  return out;
}

/**
 * Side by side (`모금 | 지출`): the opening balance in one block, the closing in another. The
 * closing is the opening plus every block's movements between them — a block's top rows, so
 * its total stands for its members — less those of a block of outflows. Only over blocks of
 * one column of figures each, so which figure is which is never a guess.
 */
interface BlockRead {
  readonly block: Block;
  readonly cells: BlockCells;
  readonly summed: readonly ColumnInfo[];
}

interface Balance {
  readonly b: BlockRead;
  readonly row: TableRow;
  readonly fig: Figure;
}

/**
 * The table's one opening and one closing balance, each in a block of one column of figures
 * (so which figure is the balance is never a guess); null when there is not exactly one of each.
 */
export function tableBalances(blocks: readonly BlockRead[]): { opening: Balance; closing: Balance } | null {
  const sole = blocks.filter((b) => b.summed.length === 1);
  const find = (re: RegExp): Balance[] =>
    sole.flatMap((b) =>
      allRows(b.block.roots)
        .filter((r) => re.test(bareName(r.label)))
        .map((row) => ({ b, row, fig: b.cells.at(row.row, (b.summed[0] as ColumnInfo).col) }))
        .filter((x): x is Balance => x.fig !== null),
    );
  const openings = find(OPENING);
  const closings = find(CLOSING);
  const opening = openings[0];
  const closing = closings[0];
  if (openings.length !== 1 || closings.length !== 1 || !opening || !closing || closing.row.row <= opening.row.row) return null;
  return { opening, closing };
}

export function acrossBlocks(blocks: readonly BlockRead[]): Derivation[] {
  const sole = blocks.filter((b) => b.summed.length === 1);
  const found = tableBalances(blocks);
  if (!found || found.opening.b === found.closing.b) return [];
  const { opening, closing } = found;
  const figureOf = (b: BlockRead, r: TableRow) => b.cells.at(r.row, (b.summed[0] as ColumnInfo).col);
  const target = closing.fig;
  const start = opening.fig;
  const terms: Term[] = [{ coef: 1, fig: start }];
  for (const b of sole) {
    const out = OUTFLOW.test(b.block.name ?? '');
    for (const r of b.block.roots) {
      if (r.row <= opening.row.row || r.row >= closing.row.row || r.total === 'total' || r === opening.row || r === closing.row) continue;
      const fig = figureOf(b, r);
      if (!fig) continue;
      const printedPositive = fig.stated !== null && sign(fig.stated) > 0;
      terms.push({ coef: (out || OUTFLOW.test(r.label)) && printedPositive ? -1 : 1, fig });
    }
  }
  return terms.length > 1 ? [{ kind: 'linear', rule: 'execution-balance', target, terms }] : [];
}
