/**
 * 예산 총괄 (summary): 구분 | year A | year B | 증감 | rate. Rows are categories,
 * usually with a 계 row first. Identities: 계 = Σ categories per column,
 * 증감 = B − A, rate = (B − A)·100 / A at the precision shown.
 */
import { normalizeLabel, type Grid } from '../grid';
import { isDashOnly } from '../number';
import type { Derivation, Figure } from '../checks/ledger';
import { percentFigure, readAmount, readPercent, readParsed, type TableContext } from './context';
import { rat } from '../rational';
import { ratePrecision } from '../rules/changeRate';
import { defineKind, type NamedFigure } from './kind';

export interface SummaryColumns {
  readonly label: number;
  readonly before: number;
  readonly after: number;
  readonly change: number | null;
  readonly rate: number | null;
  readonly headerRows: number;
}

export interface SummaryRow {
  readonly row: number;
  readonly label: string;
  readonly isTotal: boolean;
  readonly before: Figure | null;
  readonly after: Figure | null;
  readonly change: Figure | null;
  readonly rate: Figure | null;
}

export interface SummaryTable {
  readonly rows: SummaryRow[];
  readonly columns: SummaryColumns;
  readonly lastRow: number;
}

const TOTAL_LABELS = new Set(['계', '합계', '총계', '총괄']);

export function matchSummaryHeader(grid: Grid, row: number): SummaryColumns | null {
  const cols = grid.filledColumns(row);
  const texts = cols.map((c) => normalizeLabel(grid.text(row, c)));
  const labelIdx = texts.findIndex((t) => t === '구분' || t.startsWith('구분('));
  if (labelIdx < 0) return null;
  const isRate = (t: string) => /\*100|×100|x100|률|율|\/A\b|%/.test(t) && !/^구분/.test(t);
  const changeIdx = texts.findIndex((t) => t.includes('증감') && !isRate(t));
  if (changeIdx < 0) return null;
  const rateIdx = texts.findIndex((t, i) => i !== changeIdx && isRate(t));
  const years: number[] = [];
  for (let i = labelIdx + 1; i < texts.length; i++) {
    if (i === changeIdx || i === rateIdx) continue;
    if (i < changeIdx || changeIdx < labelIdx) years.push(i);
  }
  const tagged = (re: RegExp) => years.find((i) => re.test(texts[i] ?? ''));
  let before = tagged(/\(A\)|전년|기정/);
  let after = tagged(/\(B\)|당해|금년|본년|요구|편성|확정/);
  if (before === undefined || after === undefined) {
    if (years.length < 2) return null;
    before = years[0];
    after = years[1];
  }
  if (before === undefined || after === undefined || before === after) return null;
  return {
    label: cols[labelIdx] as number,
    before: cols[before] as number,
    after: cols[after] as number,
    change: cols[changeIdx] ?? null,
    rate: rateIdx >= 0 ? (cols[rateIdx] ?? null) : null,
    headerRows: 1,
  };
}

export function parseSummary(ctx: TableContext, header: number, columns: SummaryColumns): SummaryTable {
  const { grid } = ctx;
  const rows: SummaryRow[] = [];
  let r = header + columns.headerRows;
  // A second header line ((A) / (B) under merged year headings) holds no figures.
  if (!hasFigure(ctx, r, columns) && !grid.isBlankRow(r) && !grid.text(r, columns.label)) r++;
  let lastRow = r - 1;
  for (; r < grid.bottom; r++) {
    if (grid.isBlankRow(r) || !hasFigure(ctx, r, columns)) break;
    const label = grid.text(r, columns.label);
    const name = (col: string) => `${label} · ${col}`;
    const heading = (c: number) => grid.text(header, c);
    rows.push({
      row: r,
      label,
      isTotal: TOTAL_LABELS.has(normalizeLabel(label)),
      before: readAmount(ctx, r, columns.before, name(heading(columns.before))),
      after: readAmount(ctx, r, columns.after, name(heading(columns.after))),
      change: columns.change === null ? null : readAmount(ctx, r, columns.change, name(heading(columns.change))),
      rate: columns.rate === null ? null : rateFigure(ctx, r, columns.rate, name(heading(columns.rate))),
    });
    lastRow = r;
  }
  return { rows, columns, lastRow };
}

/** The rate cell: a percentage, or the word documents write when there is no base year (`순증`). */
function rateFigure(ctx: TableContext, row: number, col: number, label: string): Figure | null {
  const text = ctx.grid.text(row, col);
  if (NEW_WORDS.test(text.replace(/\s/g, '')) || isDashOnly(text)) {
    return { ...percentFigure(ctx, row, col, rat(0), null, label), stated: null, word: text };
  }
  return readPercent(ctx, row, col, label);
}

const NEW_WORDS = /^(순증|신규|皆增|순감|皆減|폐지)$/;

function hasFigure(ctx: TableContext, row: number, columns: SummaryColumns): boolean {
  const g = ctx.grid;
  return [columns.before, columns.after].some((c) => g.text(row, c) !== '' && (isDashOnly(g.text(row, c)) || readParsedQuiet(ctx, row, c)));
}

function readParsedQuiet(ctx: TableContext, row: number, col: number): boolean {
  const before = ctx.unreadable.length;
  const ok = readParsed(ctx, row, col) !== null;
  ctx.unreadable.length = before;
  return ok;
}

/** Column totals first, then each row's change and rate; category B may already be derived from the basis. */
export function summaryDerivations(table: SummaryTable): Derivation[] {
  const out: Derivation[] = [];
  const totalRow = table.rows.find((r) => r.isTotal);
  const categories = table.rows.filter((r) => !r.isTotal);
  // A word in the rate column (순증) has no precision of its own: the column's shows it.
  const decimals = ratePrecision(table.rows.map((r) => r.rate?.like?.decimals));
  for (const row of categories) out.push(...rowDerivations(row, decimals));
  if (totalRow) {
    for (const key of ['before', 'after', 'change'] as const) {
      const target = totalRow[key];
      if (!target) continue;
      const terms = categories.flatMap((c) => (c[key] ? [{ coef: 1 as const, fig: c[key] as Figure }] : []));
      if (terms.length) out.push({ kind: 'linear', rule: 'total', target, terms });
    }
    out.push(...rowDerivations(totalRow, decimals));
  }
  return out;
}

function rowDerivations(row: SummaryRow, columnDecimals: number): Derivation[] {
  const out: Derivation[] = [];
  const { before, after, change, rate } = row;
  if (change && after && before) {
    out.push({ kind: 'linear', rule: 'change', target: change, terms: [{ coef: 1, fig: after }, { coef: -1, fig: before }] });
  } else if (change && after && !before) {
    out.push({ kind: 'linear', rule: 'change', target: change, terms: [{ coef: 1, fig: after }] });
  }
  if (rate && before && after) {
    const decimals = rate.like?.decimals ?? columnDecimals;
    out.push({ kind: 'rate', rule: 'change-rate', target: rate, before, after, decimals });
  }
  return out;
}

/** The summary's figures for the project: each category's current-year amount, and the 계's. */
function summaryNamed(table: SummaryTable): NamedFigure[] {
  const out: NamedFigure[] = [];
  for (const row of table.rows) {
    if (!row.after) continue;
    if (!row.isTotal) out.push({ role: 'category-current', key: normalizeLabel(row.label), fig: row.after });
  }
  const total = table.rows.find((r) => r.isTotal)?.after;
  if (total) out.push({ role: 'summary-total', fig: total });
  return out;
}

export const summaryKind = defineKind({
  kind: 'summary',
  match: matchSummaryHeader,
  parse: (ctx, row, cols) => {
    const model = parseSummary(ctx, row, cols);
    if (!model.rows.length) return null;
    return { model, lastRow: model.lastRow, rounding: 'exact', derivations: summaryDerivations(model), named: summaryNamed(model) };
  },
});
