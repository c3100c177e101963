/**
 * 산출근거 in columns: `항목 | 단가 | 수량 | 횟수 | … | 금액`, with `소계` rows closing
 * a group and a `합계` / `계` row for the table. 금액 = 단가 × counts, in the
 * amount column's unit, rounded the way the table rounds.
 */
import { anyLabel, normalizeLabel, type Grid } from '../grid';
import { MONEY_SCALE, MONEY_UNIT_PATTERN, type MoneyUnit } from '../number';
import { div, formatRational, mul, rat, type Rational } from '../rational';
import type { RoundingPolicy } from '../options';
import type { Derivation, Figure, ProductDerivation } from '../checks/ledger';
import { amountFigure, computedFigure, readParsed, type TableContext } from './context';
import { lineModes, RoundingTally } from './rounding';
import type { BasisTable } from './basisTree';
import { productStep } from '../rules/product';
import { defineKind } from './kind';

export interface ColumnarBasis {
  readonly label: number;
  readonly price: number;
  readonly priceUnit: MoneyUnit;
  readonly counts: readonly { col: number; percent: boolean; name: string }[];
  readonly amount: number;
  readonly amountUnit: MoneyUnit | null;
}

const UNIT_IN_HEADER = new RegExp(`\\((${MONEY_UNIT_PATTERN})\\)`);

/** The unit a column's header names (`금액(원)`, `단가(천원)`, `산출기초(원)`), or null: the table's. */
export function headerUnit(text: string): MoneyUnit | null {
  return (UNIT_IN_HEADER.exec(text)?.[1] as MoneyUnit | undefined) ?? null;
}

const PRICE = /^단가/;

export function matchColumnarHeader(grid: Grid, row: number): ColumnarBasis | null {
  const cols = grid.filledColumns(row);
  // Most rows have no 단가: looked for before the row's labels are listed.
  // The rest, with its closures, in a function of its own (anyLabel in grid.ts says why).
  if (!anyLabel(grid, row, cols, PRICE)) return null;
  return columnarHeaderAt(grid, row, cols);
}

function columnarHeaderAt(grid: Grid, row: number, cols: readonly number[]): ColumnarBasis | null {
  const texts = cols.map((c) => grid.label(row, c));
  const priceIdx = texts.findIndex((t) => PRICE.test(t));
  const amountIdx = texts.findIndex((t, i) => i > priceIdx && /^(금액|예산액|소요액|산출액|계)/.test(t));
  if (priceIdx < 0 || amountIdx < 0) return null;
  const labelIdx = texts.findIndex((t, i) => i < priceIdx && /산출|내역|항목|구분|품명|세부|명칭/.test(t));
  const counts = [];
  for (let i = priceIdx + 1; i < amountIdx; i++) {
    const t = texts[i] ?? '';
    counts.push({ col: cols[i] as number, percent: /%|율|비율/.test(t), name: grid.text(row, cols[i] as number) });
  }
  return {
    label: cols[labelIdx >= 0 ? labelIdx : 0] as number,
    price: cols[priceIdx] as number,
    priceUnit: headerUnit(texts[priceIdx] ?? '') ?? '원',
    counts,
    amount: cols[amountIdx] as number,
    amountUnit: headerUnit(texts[amountIdx] ?? ''),
  };
}

export function parseColumnarBasis(
  ctx: TableContext,
  header: number,
  cols: ColumnarBasis,
  options: { rounding: RoundingPolicy },
): BasisTable {
  const { grid } = ctx;
  const amountCtx: TableContext = cols.amountUnit ? { ...ctx, unit: cols.amountUnit } : ctx;
  const products: ProductDerivation[] = [];
  const sums: Derivation[] = [];
  let group: Figure[] = [];
  const subtotals: Figure[] = [];
  const all: Figure[] = [];
  let lastRow = header;
  for (let r = header + 1; r < grid.bottom; r++) {
    if (grid.isBlankRow(r)) break;
    const label = grid.text(r, cols.label);
    if (label.startsWith('□')) break;
    lastRow = r;
    const parsed = readParsed(amountCtx, r, cols.amount);
    const amount = parsed && parsed.unit !== '%' ? amountFigure(amountCtx, r, cols.amount, parsed, label) : null;
    const key = normalizeLabel(label);
    if (key === '소계') {
      if (amount && group.length) sums.push(sumOf('subtotal', amount, group));
      if (amount) subtotals.push(amount);
      group = [];
      continue;
    }
    if (['합계', '계', '총계'].includes(key)) {
      const parts = subtotals.length ? [...subtotals, ...group] : all;
      if (amount && parts.length) sums.push(sumOf('total', amount, parts));
      continue;
    }
    const product = productOf(ctx, r, cols, amount, label);
    if (product) products.push(product);
    if (amount) {
      group.push(amount);
      all.push(amount);
    } else if (!product) {
      group = []; // a group heading row
    }
  }
  const tally = new RoundingTally();
  for (const p of products) if (p.target.stated !== null) tally.add(p.exact, p.target.stated, p.step);
  const rounding = tally.prevailing();
  const { mode, propose } = lineModes(options.rounding, rounding, tally.majority());
  const derivations: Derivation[] = [...products.map((p) => ({ ...p, mode, proposeMode: propose })), ...sums];
  return { derivations, categories: [], rounding, lastRow };
}

function sumOf(rule: 'subtotal' | 'total', target: Figure, parts: readonly Figure[]): Derivation {
  return { kind: 'linear', rule, target, terms: parts.map((fig) => ({ coef: 1 as const, fig })) };
}

function productOf(ctx: TableContext, r: number, cols: ColumnarBasis, amount: Figure | null, label: string): ProductDerivation | null {
  const price = readParsed(ctx, r, cols.price);
  if (!price || price.unit === '%') return null;
  const priceUnit = price.unit ?? cols.priceUnit;
  let exact: Rational = mul(price.value, rat(MONEY_SCALE[priceUnit]));
  const parts = [`${formatRational(price.value, 3, { group: true, negative: '△' })}${priceUnit}`];
  const sources = [ctx.grid.address(r, cols.price)];
  for (const count of cols.counts) {
    const c = readParsed(ctx, r, count.col);
    if (!c) continue; // an empty count column does not take part
    sources.push(ctx.grid.address(r, count.col));
    const percent = count.percent || c.unit === '%';
    exact = mul(exact, percent ? div(c.value, rat(100)) : c.value);
    parts.push(`${formatRational(c.value, 3, { group: true })}${percent ? '%' : ''}`);
  }
  const target: Figure = amount ?? computedFigure(ctx, label);
  const explain = `${parts.join(' × ')} = ${formatRational(exact, 3, { group: true, negative: '△' })}원`;
  return { kind: 'product', rule: 'product', target, exact, step: productStep(amount), mode: 'any', proposeMode: 'half-up', explain, sources };
}

export const columnarBasisKind = defineKind({
  kind: 'basis',
  match: matchColumnarHeader,
  parse: (ctx, row, cols, policy) => {
    const model = parseColumnarBasis(ctx, row, cols, { rounding: policy });
    return { model, lastRow: model.lastRow, rounding: model.rounding, derivations: model.derivations, named: [] };
  },
});
