/**
 * Balances rolled forward (DESIGN §1.1, identities across rows): a closing balance is the
 * opening one plus the movements between them (`기초잔액 + 당기증가액 − 퇴직금지급액 =
 * 기말잔액`), and one period's opening is the previous period's closing — between the
 * period columns of one table (`당기 | 전기`), or between years down one table (a row a
 * year, `기초 | 기말` columns).
 */
import type { Derivation, Term } from '../../checks/ledger';
import type { BlockCells } from './cells';
import type { ColumnInfo } from './columnInfo';
import type { Block } from './read';
import { allRows, bareName, type TableRow } from './rows';
import { yearOf } from './columnInfo';

const OPENING = /^(기초|전기이월|전년도?이월|전년도?에서이월)(잔액|금액|금|액)?$/;
const CLOSING = /^(기말|차기이월|차년도?이월|다음연도이월|다음연도로이월)(잔액|금액|금|액)?$/;
/** Movements that leave the balance, when the document prints them as positive amounts. */
const OUTFLOW = /지급|지출|감소|상환|사용|처분|환입|반납|환급|인출/;

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
        const printedPositive = fig.stated !== null && fig.stated.num > 0n;
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
