/** A figure as a cell writes it: its exact value and its notation. */
import type { Rational } from '../rational';
import type { MoneyUnit } from './units';

export type FigureSign = '△' | '▲' | '-' | '−' | '()';

export interface ParsedFigure {
  /** The number as written, in its own unit (not converted to 원); negative when marked. */
  readonly value: Rational;
  /** A unit written in the cell (glued or spaced), else null. */
  readonly unit: MoneyUnit | '%' | null;
  /** Digits written after the decimal point (0 for `1,000`). */
  readonly decimals: number;
  /** How a negative was written. */
  readonly sign: FigureSign | null;
  /** Thousands separators used. */
  readonly grouped: boolean;
  /** A space between the number and its unit (`1,000 천원`); lets notation round-trip. */
  readonly unitSpaced?: boolean;
  /** A space between the sign and the number (`▲ 300`). */
  readonly signSpaced?: boolean;
}

/** A figure found inside a longer text, with its offsets (sign, brackets and unit included). */
export interface ScannedFigure {
  readonly figure: ParsedFigure;
  readonly start: number;
  readonly end: number;
}
