/** How a figure is written, without its value, shared among the figures written alike. */
import type { FigureSign, ParsedFigure } from './figure';
import { UNITS, type MoneyUnit } from './units';

/** How a figure is written, without its value: all a checked figure keeps of its cell's notation. */
export type FigureStyle = Omit<ParsedFigure, 'value'>;

const styles = new Map<number, FigureStyle>();
const STYLE_UNITS: readonly (MoneyUnit | '%' | null)[] = [null, ...UNITS];
const STYLE_SIGNS: readonly (FigureSign | null)[] = [null, '△', '▲', '-', '−', '()'];

/**
 * The figure's style, one shared object per combination: a book has a million
 * figures written in a handful of ways, and each figure keeps its style until
 * the check is done (a copy each was a fifth of the engine's memory).
 */
export function styleOf(figure: ParsedFigure): FigureStyle {
  const { unit, decimals, sign, grouped, unitSpaced, signSpaced } = figure;
  const u = STYLE_UNITS.indexOf(unit);
  const s = STYLE_SIGNS.indexOf(sign);
  if (u < 0 || s < 0 || decimals >= 64) return { unit, decimals, sign, grouped, unitSpaced, signSpaced };
  const spaced = (flag: boolean | undefined) => (flag === undefined ? 2 : flag ? 1 : 0);
  const key = ((((u * 8 + s) * 2 + (grouped ? 1 : 0)) * 3 + spaced(unitSpaced)) * 3 + spaced(signSpaced)) * 64 + decimals;
  let style = styles.get(key);
  if (!style) {
    style = Object.freeze({ unit, decimals, sign, grouped, unitSpaced, signSpaced });
    styles.set(key, style);
  }
  return style;
}
