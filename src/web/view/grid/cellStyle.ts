/**
 * A cell's exceljs style as CSS for the grid: fill, font, alignment, borders.
 * Memoised per style object (exceljs shares one among cells loaded with the
 * same style), so a scroll re-renders without recomputing.
 */
import type { CSSProperties } from 'react';
import type { Border, Borders, Fill, Style } from 'exceljs';
import { cssColor, type ExcelColor } from './colors';

function fillCss(fill: Fill | undefined, theme: readonly string[]): CSSProperties {
  if (!fill) return {};
  if (fill.type === 'gradient') {
    const first = fill.stops[0];
    const colour = cssColor(first?.color as ExcelColor | undefined, theme);
    return colour ? { background: colour } : {};
  }
  if (fill.pattern === 'none') return {};
  const fg = cssColor(fill.fgColor as ExcelColor | undefined, theme) ?? '#000000';
  if (fill.pattern === 'solid') return { background: fg };
  // Other patterns (gray125, darkGray, stripes…) as fine stripes of the two colours.
  const bg = cssColor(fill.bgColor as ExcelColor | undefined, theme) ?? '#FFFFFF';
  return { background: `repeating-linear-gradient(45deg, ${fg} 0 1px, ${bg} 1px 3px)` };
}

const BORDER_WIDTH: Record<string, string> = {
  thin: '1px',
  hair: '1px',
  dotted: '1px',
  dashed: '1px',
  medium: '2px',
  thick: '3px',
  double: '3px',
};

function borderCss(
  border: Partial<Border> | undefined,
  theme: readonly string[],
): string | undefined {
  if (!border?.style) return undefined;
  const width = BORDER_WIDTH[border.style] ?? '1px';
  const line = /dot/i.test(border.style)
    ? 'dotted'
    : /dash/i.test(border.style)
      ? 'dashed'
      : border.style === 'double'
        ? 'double'
        : 'solid';
  return `${width} ${line} ${cssColor(border.color as ExcelColor | undefined, theme) ?? '#000000'}`;
}

function bordersCss(
  borders: Partial<Borders> | undefined,
  theme: readonly string[],
): CSSProperties {
  if (!borders) return {};
  const css: CSSProperties = {};
  const top = borderCss(borders.top, theme);
  const right = borderCss(borders.right, theme);
  const bottom = borderCss(borders.bottom, theme);
  const left = borderCss(borders.left, theme);
  if (top) css.borderTop = top;
  if (right) css.borderRight = right;
  if (bottom) css.borderBottom = bottom;
  if (left) css.borderLeft = left;
  return css;
}

const JUSTIFY: Record<string, CSSProperties['justifyContent']> = {
  left: 'flex-start',
  center: 'center',
  centerContinuous: 'center',
  right: 'flex-end',
  fill: 'flex-start',
  justify: 'flex-start',
  distributed: 'center',
};

const ALIGN: Record<string, CSSProperties['alignItems']> = {
  top: 'flex-start',
  middle: 'center',
  bottom: 'flex-end',
  justify: 'center',
  distributed: 'center',
};

function compute(style: Partial<Style>, theme: readonly string[]): CSSProperties {
  const css: CSSProperties = { ...fillCss(style.fill, theme), ...bordersCss(style.border, theme) };
  const font = style.font;
  if (font?.bold) css.fontWeight = 700;
  if (font?.italic) css.fontStyle = 'italic';
  if (font?.underline || font?.strike)
    css.textDecoration = [font.underline ? 'underline' : '', font.strike ? 'line-through' : '']
      .join(' ')
      .trim();
  const colour = cssColor(font?.color as ExcelColor | undefined, theme);
  if (colour) css.color = colour;
  if (font?.size && font.size !== 11)
    css.fontSize = `${Math.min(18, Math.max(9, font.size * (4 / 3) * 0.85))}px`;
  const align = style.alignment;
  if (align?.horizontal) css.justifyContent = JUSTIFY[align.horizontal];
  if (align?.vertical) css.alignItems = ALIGN[align.vertical];
  if (align?.wrapText) css.whiteSpace = 'normal';
  if (align?.indent) css.paddingLeft = `${4 + align.indent * 9}px`;
  return css;
}

const cache = new WeakMap<object, CSSProperties>();

/** CSS for a style; the same object for the same style object. */
export function styleCss(
  style: Partial<Style> | undefined,
  theme: readonly string[],
): CSSProperties {
  if (!style) return {};
  const cached = cache.get(style);
  if (cached) return cached;
  const css = compute(style, theme);
  cache.set(style, css);
  return css;
}
