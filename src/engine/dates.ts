/**
 * Dates as a sheet shows them: a number under a date format, or text written as a date
 * (`2021-03-01`, the ISO text a reader gives a date cell, `2021.3.1.`, `3/1`, `12:30`,
 * `2021년 3월`). A date is never an amount: coverage does not count it as a figure, and a
 * statement's page footer may carry the print date beside its page number.
 */
import type { Grid } from './grid';

/** A number format that shows a date or a time (`yyyy-mm-dd`, `m/d`, `h:mm`), ignoring quoted text and colours. */
export function isDateFormat(format: string | null): boolean {
  if (!format || format === 'General') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(bare.replace(/[eE][+-]/g, ''));
}

/** `2021-03-01` (with the time, as ISO text, `2021-03-01T09:30:00`), `2021.3.1.`, `3/1`, `12:30`, `2021년 3월`. */
export function looksLikeDate(text: string): boolean {
  return /^\d{2,4}[-./]\s?\d{1,2}([-./]\s?\d{1,2})?\.?(T\d{2}:\d{2}(:\d{2})?)?$|^\d{1,2}:\d{2}|\d+\s*년\s*\d+\s*월/.test(text);
}

/** The cell shows a date: its text reads as one, or it is a number under a date format. */
export function isDateCell(grid: Grid, row: number, col: number): boolean {
  if (typeof grid.value(row, col) === 'number' && isDateFormat(grid.numberFormat(row, col))) return true;
  // Text written as a date starts with its digits: other text is not tried against the patterns (this runs on every row of a statement).
  const text = grid.text(row, col);
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 && looksLikeDate(text);
}
