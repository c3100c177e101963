/** Funding cells: a bracketed Hangul label and the figure after it, `(사비)427,660천원`. */
import type { ParsedFigure, ScannedFigure } from './figure';
import { scanFigure, stripNoise } from './scan';

const LABEL_PREFIX = /^\(\s*([\uAC00-\uD7A3\u3131-\u318E][\uAC00-\uD7A3\u3131-\u318E·ㆍ\s]*)\)/;

/**
 * A funding cell such as `(사비)427,660천원` or `(국비)`: the label, and the figure
 * after it when there is one. Null when the text does not start with a bracketed
 * Hangul label.
 */
export function parseLabelledFigure(
  text: string,
): { label: string; figure: ParsedFigure | null } | null {
  const found = scanLabelledFigure(text);
  return found && { label: found.label, figure: found.figure?.figure ?? null };
}

/**
 * `parseLabelledFigure` with offsets into the noise-free text `clean`, so that Fix can
 * replace just the figure.
 */
export function scanLabelledFigure(
  text: string,
): { clean: string; label: string; figure: ScannedFigure | null } | null {
  if (typeof text !== 'string') return null;
  const clean = stripNoise(text);
  const m = LABEL_PREFIX.exec(clean);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const found = scanFigure(clean, m[0].length);
  const whole = found !== null && found.end === clean.length;
  return { clean, label, figure: whole ? found : null };
}
