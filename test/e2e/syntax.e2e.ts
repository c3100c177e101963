/**
 * The built bundles parse in the WebViews Office runs add-ins in: Office on Mac
 * uses the system's WebKit, and older macOS versions' Safari parses ES2021 but
 * not ES2022 (class fields, static blocks). webpack.config.js compiles our code
 * and the dependencies that ship newer syntax down to ES2021; this reads what
 * `npm run test:e2e` built (dist/addin) and parses every bundle at that level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

const DIST = join(__dirname, '../../dist/addin');

describe('bundle syntax', () => {
  const bundles = readdirSync(DIST).filter((f) => f.endsWith('.js'));

  it('builds the pane, its worker and the browser page', () => {
    expect(bundles.some((f) => f.startsWith('taskpane.'))).toBe(true);
    expect(bundles.some((f) => f.startsWith('budget-verify.'))).toBe(true);
    expect(bundles.some((f) => f.startsWith('web.'))).toBe(true);
  });

  it.each(readdirSync(DIST).filter((f) => f.endsWith('.js')))('%s parses as ES2021', (file) => {
    const source = readFileSync(join(DIST, file), 'utf8');
    expect(() => parse(source, { ecmaVersion: 2021, sourceType: 'script' })).not.toThrow();
  });

  it('the check would catch ES2022 syntax', () => {
    expect(() =>
      parse('class A { static { this.x = 1; } }', { ecmaVersion: 2021, sourceType: 'script' }),
    ).toThrow();
    expect(() => parse('class A { x = 1 }', { ecmaVersion: 2021, sourceType: 'script' })).toThrow();
  });
});
