/**
 * Figures for people: thousands separators and `△` for negatives, the way the
 * budget documents write them (`△106,540`), with the unit glued on (`60,000천원`).
 */
import type { FigureUnit } from '../engine/index';
import { groupThousands } from './numberFormat';

/** `-106540` → `△106,540`; `-19.94` → `△19.94`; up to four decimals, trailing zeros dropped. */
export function formatFigure(value: number | null): string {
  if (value === null) return '';
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value)
    .toFixed(4)
    .replace(/\.?0+$/, '');
  const [whole = '0', frac] = fixed.split('.');
  const grouped = groupThousands(whole);
  const body = frac ? `${grouped}.${frac}` : grouped;
  return value < 0 && body !== '0' ? `△${body}` : body;
}

export function formatFigureWithUnit(value: number | null, unit: FigureUnit | null): string {
  if (value === null) return '';
  return `${formatFigure(value)}${unit ?? ''}`;
}

/** An Excel number format showing `value` as formatFigure does (for the report sheet). */
export function figureNumberFormat(value: number): string {
  const decimals = Math.min(
    4,
    (Math.abs(value).toFixed(4).replace(/0+$/, '').split('.')[1] ?? '').length,
  );
  const body = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return `${body};"△"${body}`;
}
