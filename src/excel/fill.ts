/**
 * A cell's fill as Office.js reports it, and how to put it back exactly.
 *
 * Office reports a theme colour as its base colour plus `tintAndShade` (and the
 * same for the pattern colour), so restoring colour then tint reproduces it;
 * setting a colour resets the tint, which is why the order below matters.
 */
import type { Severity } from '../engine/findings';

export interface FillFormat {
  readonly color: string;
  /** `None` is "no fill"; restoring it means clearing the fill, not painting white. */
  readonly pattern: string;
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

export function readFill(fill: Excel.RangeFill): FillFormat {
  return {
    color: fill.color,
    pattern: fill.pattern ?? 'None',
    tintAndShade: fill.tintAndShade ?? null,
    patternColor: fill.patternColor ?? null,
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

/** Queues the commands that give `target` the fill `f`. */
export function applyFill(target: Excel.RangeFill, f: FillFormat): void {
  target.clear();
  if (isNoFill(f)) return;
  target.color = f.color;
  if (f.pattern !== 'Solid') target.pattern = f.pattern as Excel.FillPattern;
  if (f.pattern !== 'Solid' && f.patternColor !== null) target.patternColor = f.patternColor;
  if (f.tintAndShade) target.tintAndShade = f.tintAndShade;
  if (f.pattern !== 'Solid' && f.patternTintAndShade)
    target.patternTintAndShade = f.patternTintAndShade;
}

export function isFillFormat(x: unknown): x is FillFormat {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  return typeof f.color === 'string' && typeof f.pattern === 'string';
}
