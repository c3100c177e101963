/**
 * Writing a figure the way the document writes it (`△2,590`, `427,660천원`, `(106,540)`),
 * for Fix. A fix changes the number and nothing else a reviewer would notice.
 */
import { parseBasisLine } from './basis/line';
import { displayScale, parseFigure, scanLabelledFigure, type ParsedFigure } from './number';
import { abs, cmp, fromBigInt, groupThousands, mul, rat, roundHalfUp, toBigInt } from './rational';
import type { CellValue } from './snapshot';

/** Decimal places of a number as JavaScript prints it (`19.94` → 2). */
function decimalsOf(value: number): number {
  const plain = String(Math.abs(value));
  const dot = plain.indexOf('.');
  return dot < 0 || plain.includes('e') ? 0 : plain.length - dot - 1;
}

/**
 * `value` (in the figure's own unit) written like `like`: its decimals, grouping,
 * unit and negative sign. Without a model: grouped, △ for negatives, the decimals
 * the number has. Throws RangeError for a non-finite value (misuse).
 */
export function formatFigure(value: number, like: ParsedFigure | null): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} as a figure`);
  const decimals = like ? like.decimals : decimalsOf(value);
  const scaled = toBigInt(roundHalfUp(mul(rat(value), fromBigInt(10n ** BigInt(decimals)))));
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const intDigits = digits.slice(0, digits.length - decimals);
  // A model under 1,000 shows no separators whether or not the document uses them.
  const grouped = like === null || like.grouped || !hasThousands(like);
  const body =
    (grouped ? groupThousands(intDigits) : intDigits) +
    (decimals > 0 ? `.${digits.slice(-decimals)}` : '');
  const unit = like?.unit ? `${like.unitSpaced ? ' ' : ''}${like.unit}` : '';
  if (!negative) return body + unit;
  const sign = like?.sign ?? '△';
  if (sign === '()') return `(${body}${unit})`;
  return `${sign}${like?.signSpaced ? ' ' : ''}${body}${unit}`;
}

function hasThousands(like: ParsedFigure): boolean {
  return cmp(abs(like.value), 1000) >= 0;
}

export type FixContent = { kind: 'number'; value: number } | { kind: 'text'; text: string };

/** Text Excel would take for a formula or a command if it began a cell. */
const RISKY_START = /^[=+\-@]/;

/**
 * What to write into a cell to make it show `expected` (in the unit the cell shows).
 * A number cell gets the number; a text figure keeps its notation (conversion noise
 * such as `(x-)` is dropped); a funding cell `(사비)427,660천원` or a basis line
 * `… = 61,000천원` gets only its figure replaced. Text never starts with `=`, `+`,
 * `-` or `@` unless the original did; such a figure is written as a number instead.
 */
export function fixContent(cell: { value: CellValue; text: string }, expected: number): FixContent {
  // A number shown in thousands (`#,##0,`) is stored in 원: write the figure the way it is kept.
  const scale = displayScale(cell.value, cell.text);
  const stored = scale === 1 ? expected : Number((expected * scale).toPrecision(15));
  const asNumber: FixContent = { kind: 'number', value: stored };
  if (typeof cell.value !== 'string' || !Number.isFinite(expected)) return asNumber;
  const original = cell.value;
  const text = rewrite(original, expected);
  if (text === null) return asNumber;
  const first = text.trimStart()[0];
  if (first !== undefined && RISKY_START.test(first) && original.trimStart()[0] !== first)
    return asNumber;
  return { kind: 'text', text };
}

function rewrite(original: string, expected: number): string | null {
  const figure = parseFigure(original);
  if (figure) {
    const text = formatFigure(expected, figure);
    if (!RISKY_START.test(text)) return text;
    // A bare `-300` is a number in Excel's eyes: write it as one. With a unit, keep the
    // text but mark the negative the document's other way when `-` would be new.
    if (figure.unit === null) return null;
    return original.trimStart().startsWith('-')
      ? text
      : formatFigure(expected, { ...figure, sign: '△' });
  }
  const labelled = scanLabelledFigure(original);
  if (labelled?.figure) {
    const { clean, figure: found } = labelled;
    return (
      clean.slice(0, found.start) + formatFigure(expected, found.figure) + clean.slice(found.end)
    );
  }
  const line = parseBasisLine(original);
  if (line.amount) {
    const { start, end, figure: stated } = line.amount;
    return original.slice(0, start) + formatFigure(expected, stated) + original.slice(end);
  }
  return null;
}
