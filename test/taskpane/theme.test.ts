import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentTheme, paneThemeFromBackground } from '../../src/taskpane/theme';

describe('theme', () => {
  it('maps the pane theme to Fluent web themes, light by default', () => {
    expect(fluentTheme('dark')).toBe(webDarkTheme);
    expect(fluentTheme('light')).toBe(webLightTheme);
    expect(fluentTheme(undefined)).toBe(webLightTheme);
  });

  it("reads dark or light from Office's body background colour", () => {
    expect(paneThemeFromBackground('#262626')).toBe('dark'); // Office "Black"
    expect(paneThemeFromBackground('#404040')).toBe('dark'); // Office "Dark Gray"
    expect(paneThemeFromBackground('#FFFFFF')).toBe('light'); // Office "White" / "Colorful"
    expect(paneThemeFromBackground('#e6e6e6')).toBe('light');
    expect(paneThemeFromBackground(undefined)).toBe('light');
    expect(paneThemeFromBackground('not a colour')).toBe('light');
  });
});
