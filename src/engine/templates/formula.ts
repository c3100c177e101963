/**
 * The only place formula text is made. Every builder takes row and column
 * numbers (and our own constants), never text from a cell or from the user, so
 * nothing a user typed can become part of a formula.
 */
import { cellAddress } from '../address';
import { MONEY_SCALE, type MoneyUnit } from '../number';
import type { Rounding } from './sites';
import { rateFormula } from '../rules/changeRate';

export function ref(row: number, col: number): string {
  return cellAddress(row, col);
}

/** `D29:D31,D33`: consecutive rows as ranges, in row order. */
export function rowList(col: number, rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    const from = sorted[i] as number;
    const to = sorted[j] as number;
    parts.push(from === to ? ref(from, col) : `${ref(from, col)}:${ref(to, col)}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** `=SUM(D29:D31,D33)`; `=0` for no rows (an empty group sums to nothing). */
export function sumFormula(col: number, rows: readonly number[]): string {
  return rows.length ? `=SUM(${rowList(col, rows)})` : '=0';
}

/** A formula as Excel may hand it back (`=sum( $D$29:D31 )`), for comparing with ours. */
export function normalizeFormula(formula: string | null | undefined): string {
  return typeof formula === 'string' ? formula.replace(/[\s$]/g, '').toUpperCase() : '';
}

const ROUND_FN: Readonly<Record<Rounding, string>> = { down: 'ROUNDDOWN', 'half-up': 'ROUND', up: 'ROUNDUP' };

/**
 * The amount of a product line in `amountUnit`: `ROUNDDOWN(G30*H30*J30/1000,0)`.
 * `factors` are cell references; `percents` how many of them are percentages
 * (each divides by 100). Integers stay integers until the one division, so
 * Excel's binary arithmetic cannot tip a whole result below itself.
 */
export function productExpr(
  factors: readonly string[],
  priceUnit: MoneyUnit,
  amountUnit: MoneyUnit,
  percents: number,
  rounding: Rounding,
): string {
  const up = MONEY_SCALE[priceUnit];
  const down = MONEY_SCALE[amountUnit] * 100n ** BigInt(percents);
  const product = factors.length ? factors.join('*') : '0';
  let expr = product;
  if (up > down && up % down === 0n) expr = `${product}*${up / down}`;
  else if (down > up && down % up === 0n) expr = `${product}/${down / up}`;
  else if (up !== down) expr = `${product}*${up}/${down}`;
  return `${ROUND_FN[rounding]}(${expr},0)`;
}

/** `IF(B23=0,IF(C23=0,"-","순증"),ROUND((C23-B23)*100/B23,0))`: no #DIV/0!, the document's words for no base year. */
export function rateExpr(row: number, before: number, after: number, decimals: number): string {
  return rateFormula(ref(row, before), ref(row, after), decimals);
}

/** Excel's TEXT of a number the way the documents write it: grouped, with the decimals it has. */
export function textOf(refText: string, decimals: number): string {
  return `TEXT(${refText},"${decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0'}")`;
}

/** Negatives with △, as the documents print them. */
export function amountFormat(decimals = 0, unit: MoneyUnit | null = null): string {
  const body = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const suffix = unit ? `"${unit}"` : '';
  return `${body}${suffix};"△"${body}${suffix}`;
}

/** Helper cells: their values feed the line's text and amount but show nothing (and so do not read as an amount). */
export const HIDDEN_FORMAT = ';;;';

/** A count in percent, shown with a literal `%` (95 → `95%`), so that no binary fraction enters the product. */
export const PERCENT_COUNT_FORMAT = '0"%"';

/** Decimal places a typed number has (`1.045` → 3). */
export function decimalsOf(value: number): number {
  const plain = String(Math.abs(value));
  const dot = plain.indexOf('.');
  return dot < 0 || plain.includes('e') ? 0 : plain.length - dot - 1;
}
