/**
 * Numbers the way budget documents write them: thousands separators, and △ for a
 * negative figure (the documents never use a minus sign for a shown amount).
 */
import type { FigureUnit } from '../engine/findings';

// en-US grouping on purpose: Korean documents use the same comma separators, and
// the pane must not switch to a user's locale that groups with dots or spaces.
const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: true });

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = grouping.format(Math.abs(value));
  // Only a figure that is still negative after formatting gets the triangle:
  // −0.0000001 shows as 0, never as △0.
  return value < 0 && text !== '0' ? `△${text}` : text;
}

/** A figure with the unit the cell shows: `60,000천원`, `△20%`; an em dash when there is none. */
export function formatFigure(value: number | null, unit: FigureUnit | null): string {
  if (value === null) return '—';
  return `${formatNumber(value)}${unit ?? ''}`;
}
