/** Office's light and dark themes mapped onto Fluent's web themes. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type PaneTheme = 'light' | 'dark';

export function fluentTheme(theme: PaneTheme | undefined): Theme {
  return theme === 'dark' ? webDarkTheme : webLightTheme;
}

/**
 * For the composition root: Office gives a theme as colours
 * (`Office.context.officeTheme.bodyBackgroundColor`, `#rrggbb`), not as a name.
 * A dark background means a dark theme.
 */
export function paneThemeFromBackground(color: string | undefined | null): PaneTheme {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((color ?? '').trim());
  if (!m) return 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16) / 255) as [
    number,
    number,
    number,
  ];
  // Relative luminance (sRGB, approximate): below the midpoint reads as dark.
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? 'dark' : 'light';
}
