/** A plain-text table whose columns line up, Hangul included. */
import { displayWidth, padEnd, padStart } from './width';

export type Align = 'left' | 'right';

/** One line per row; the last column is not padded, so long messages do not leave trailing blanks. */
export function renderTable(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string[] {
  const clean = (s: string): string => s.replace(/\s*\n\s*/g, ' ');
  const all = [headings, ...rows].map((row) => row.map(clean));
  const widths = headings.map((_, col) =>
    Math.max(...all.map((row) => displayWidth(row[col] ?? ''))),
  );
  const last = headings.length - 1;
  return all.map((row) =>
    row
      .map((text, col) => {
        if (col === last) return text;
        const width = widths[col] ?? 0;
        return align[col] === 'right' ? padStart(text, width) : padEnd(text, width);
      })
      .join('  ')
      .trimEnd(),
  );
}
