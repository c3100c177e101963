/** The money units of a budget document and how many 원 each is worth. */
import { mul, type Rational } from '../rational';
import type { ParsedFigure } from './figure';

export type MoneyUnit = '원' | '천원' | '만원' | '백만원' | '억원';

export const MONEY_SCALE: Readonly<Record<MoneyUnit, bigint>> = Object.freeze({
  원: 1n,
  천원: 1000n,
  만원: 10000n,
  백만원: 1000000n,
  억원: 100000000n,
});

/** Longest first, so `백만원` is not read as `만원` after a stray `백`. */
export const UNITS: readonly (MoneyUnit | '%')[] = ['백만원', '천원', '만원', '억원', '원', '%'];

/** The figure in 원. A percentage has no money value: asking for one is a bug. */
export function toWon(figure: ParsedFigure, defaultUnit: MoneyUnit): Rational {
  const unit = figure.unit ?? defaultUnit;
  if (unit === '%') throw new TypeError('A percentage has no value in 원');
  return mul(figure.value, { num: MONEY_SCALE[unit], den: 1n });
}
