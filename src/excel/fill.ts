/**
 * A cell's fill as Office.js reports it, and how to put it back exactly.
 *
 * Excel reports a fill in more than one shape. A cell with no fill may come back
 * with pattern `None` or with no pattern at all (null), and its tints null or 0;
 * a solid fill with pattern `Solid` or null. readFill turns every shape into one
 * record: no pattern with a white colour and no tint is "no fill", no pattern
 * with any other colour is that colour, solid.
 *
 * The colours Excel reports are those the cell shows: a theme colour made lighter
 * reads as the lighter colour with its `tintAndShade` beside it, and setting
 * `tintAndShade` lightens or darkens the colour the cell shows at that moment.
 * So a restore writes the colours read and never their tints (which would tint
 * twice): the cell shows exactly what it showed. Office.js cannot set a theme
 * colour, so a restored theme colour is the same colour, as a plain one.
 */
import type { Severity } from '../engine/findings';

export interface FillFormat {
  /** The colour the cell shows (#RRGGBB). */
  readonly color: string;
  /** `None` is "no fill"; restoring it means clearing the fill, not painting white. */
  readonly pattern: string;
  /** As read, for the record; never written back (see the header). */
  readonly tintAndShade: number | null;
  readonly patternColor: string | null;
  readonly patternTintAndShade: number | null;
}

/** What readFill accepts: a loaded RangeFill, or its plain data. */
export interface FillReading {
  readonly color: string | null;
  readonly pattern: string | null;
  readonly tintAndShade: number | null;
  readonly patternColor: string | null;
  readonly patternTintAndShade: number | null;
}

export const FILL_PROPERTIES = 'color,pattern,tintAndShade,patternColor,patternTintAndShade';

/** Highlight colours by severity (Excel's own "Bad" and "Neutral" cell styles). */
export const HIGHLIGHT: Readonly<Record<Severity, string>> = Object.freeze({
  error: '#FFC7CE',
  warning: '#FFEB9C',
});

const WHITE = '#FFFFFF';

/** Every shape Excel reports a single cell's fill in, as one record (see the header). */
export function readFill(fill: FillReading): FillFormat {
  const color = (fill.color ?? WHITE).toUpperCase();
  const tint = fill.tintAndShade ?? null;
  const pattern = fill.pattern ?? (color === WHITE && !tint ? 'None' : 'Solid');
  return {
    color,
    pattern,
    tintAndShade: tint,
    patternColor: pattern === 'None' ? null : (fill.patternColor?.toUpperCase() ?? null),
    patternTintAndShade: fill.patternTintAndShade ?? null,
  };
}

export function isNoFill(f: FillFormat): boolean {
  return f.pattern === 'None';
}

/** A cell still shows our highlight if it is a plain solid fill in that colour. */
export function showsHighlight(f: FillFormat, colour: string): boolean {
  return f.pattern === 'Solid' && sameColour(f.color, colour) && !f.tintAndShade;
}

/**
 * Whether a cell shows the fill `f`: same pattern and the same colours shown. The
 * tints are not compared: a restore writes the colours shown, not the tints.
 */
export function looksLike(now: FillFormat, f: FillFormat): boolean {
  if (isNoFill(f) || isNoFill(now)) return isNoFill(f) && isNoFill(now);
  if (now.pattern !== f.pattern || !sameColour(now.color, f.color)) return false;
  return f.pattern === 'Solid' || sameColour(now.patternColor, f.patternColor);
}

export function sameColour(a: string | null, b: string | null): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

/** A stable key, to group cells whose original fills are identical. */
export function fillKey(f: FillFormat): string {
  if (isNoFill(f)) return 'none';
  return JSON.stringify([
    f.color.toUpperCase(),
    f.pattern,
    f.tintAndShade,
    f.patternColor?.toUpperCase() ?? null,
    f.patternTintAndShade,
  ]);
}

/**
 * Queues the commands that make `target` show the fill `f`: its colours as
 * shown, never a tint on top of them (see the header).
 */
export function applyFill(target: Excel.RangeFill, f: FillFormat): void {
  target.clear();
  if (isNoFill(f)) return;
  target.color = f.color;
  if (f.pattern !== 'Solid') target.pattern = f.pattern as Excel.FillPattern;
  if (f.pattern !== 'Solid' && f.patternColor !== null) target.patternColor = f.patternColor;
}

export function isFillFormat(x: unknown): x is FillFormat {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  return typeof f.color === 'string' && typeof f.pattern === 'string';
}
