/**
 * Korean budget figures as they appear in a cell (`534,200`, `△106,540`,
 * `(106,540)`, `427,660천원`, `12.5%`), one role per file under `number/`:
 * units and scales, the bound of a figure, the figure's shape, its shared style, scanning text, a
 * cell's figure, labelled funding figures. This file gathers them for importers.
 */
export { LARGEST_MONEY_SCALE, MONEY_SCALE, MONEY_UNIT_PATTERN, toWon, type MoneyUnit } from './number/units';
export type { FigureSign, ParsedFigure, ScannedFigure } from './number/figure';
export { styleOf, type FigureStyle } from './number/style';
export { digitsEnd, isDashOnly, parseFigure, scanDigits, scanFigure, skipNoise, stripNoise, type Digits } from './number/scan';
export { cellFigure, displayScale, plainInteger, plainIntegerStyle } from './number/cell';
export { FIGURE_LIMIT, isAbsurd } from './number/bounds';
export { parseLabelledFigure, scanLabelledFigure } from './number/labelled';
