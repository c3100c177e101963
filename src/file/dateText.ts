/**
 * A date cell as the snapshot holds it: the ISO text of the date. Both readers come
 * here, exceljs's (cells.ts, with the Date it made) and the fast one (with the serial
 * number it read), so a date reads the same whichever read the book.
 */

/** `2021-03-01`, or with the time when there is one. exceljs gives dates in UTC. */
export function isoDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01, and from 1900's day 0 to 1904's. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;
const MS_PER_DAY = 86_400_000;

/** A serial date (as a cell stores one) as exceljs turns it into a Date, to the millisecond, then as text. */
export function serialDateText(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY);
  return isoDateText(new Date(ms));
}
