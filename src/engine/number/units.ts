/** The money units of a budget document and how many 원 each is worth. */
import { fromBigInt, mul, type Rational } from '../rational';
import type { ParsedFigure } from './figure';

export type MoneyUnit = '원' | '천원' | '만원' | '백만원' | '억원' | '조원';

export const MONEY_SCALE: Readonly<Record<MoneyUnit, bigint>> = Object.freeze({
  원: 1n,
  천원: 1000n,
  만원: 10000n,
  백만원: 1000000n,
  억원: 100000000n,
  // National accounts (재정통계) state totals in 조원.
  조원: 1000000000000n,
});

/** The largest money unit: a value past what it can state is past any budget (bounds.ts). */
export const LARGEST_MONEY_SCALE: bigint = MONEY_SCALE['조원'];

/** Longest first, so `백만원` is not read as `만원` after a stray `백`; `원` after every `…원`. */
export const UNITS: readonly (MoneyUnit | '%')[] = ['백만원', '천원', '만원', '억원', '조원', '원', '%'];

/**
 * The money units as a regular-expression alternation in the order above (a unit note,
 * a column header's unit): patterns that name a unit build on this one list.
 */
export const MONEY_UNIT_PATTERN: string = UNITS.filter((u) => u !== '%').join('|');

/** The figure in 원. A percentage has no money value: asking for one is a bug. */
export function toWon(figure: ParsedFigure, defaultUnit: MoneyUnit): Rational {
  const unit = figure.unit ?? defaultUnit;
  if (unit === '%') throw new TypeError('A percentage has no value in 원');
  return mul(figure.value, fromBigInt(MONEY_SCALE[unit]));
}
