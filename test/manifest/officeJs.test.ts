/**
 * Office.js comes from Microsoft's hosted CDN in every Office page and is never
 * copied into dist: the npm package's scripts lack APIs that current Excel
 * reports (no Worksheet.notes), so the add-in would crash with them, and the
 * store requires the CDN copy. Proved offline: the real webpack configuration
 * builds stub entries (its plugins, copies and templates unchanged), and the
 * output is read back.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type ConfigFactory = ((env: object, argv: { mode: string }) => Promise<webpack.Configuration>) & {
  OFFICE_JS: string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS build configuration, required as webpack does
const configFactory = require('../../webpack.config.js') as ConfigFactory;

/** Text that only Office.js itself (any of its scripts) contains. */
const OFFICE_JS_MARK = /OSF\._OfficeAppFactory|OSF\.DDA\.|Microsoft\.Office\.WebExtension/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const at = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(at) : [at];
  });
}

/** Each script's src, quoted or not (the production build minifies the HTML). */
function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

let out = '';

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'officejs-build-'));
  const stubs = fs.mkdtempSync(path.join(os.tmpdir(), 'officejs-stubs-'));
  const config = await configFactory({}, { mode: 'production' });
  const entry = Object.fromEntries(
    Object.keys(config.entry as Record<string, string>).map((name) => {
      const file = path.join(stubs, `${name}.js`);
      fs.writeFileSync(file, `document.title = ${JSON.stringify(name)};\n`);
      return [name, file];
    }),
  );
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      { ...config, context: ROOT, entry, devtool: false, output: { ...config.output, path: out } },
      (error, result) =>
        error || !result ? reject(error ?? new Error('no stats')) : resolve(result),
    ),
  );
  expect(stats.hasErrors()).toBe(false);
});

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('Office.js in the built add-in', () => {
  it('is the hosted CDN copy, in one home', () => {
    expect(configFactory.OFFICE_JS).toBe(CDN);
  });

  it.each(['taskpane.html', 'notice.html'])(
    '%s loads the CDN office.js before its own bundle, and no other copy',
    (page) => {
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      const srcs = scripts(html);
      expect(srcs[0]).toBe(CDN);
      expect(srcs.filter((s) => /office(\.debug)?\.js/i.test(s))).toEqual([CDN]);
      expect(srcs.slice(1).every((s) => !/^https?:/.test(s))).toBe(true);
      expect(html).not.toContain('<%');
    },
  );

  it('the browser page loads no Office.js at all', () => {
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(scripts(html).filter((s) => /office/i.test(s))).toEqual([]);
  });

  it('nothing under dist is a copy of Office.js', () => {
    const files = filesUnder(out);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const name = path.relative(out, file);
      expect({
        name,
        isOfficeJsName: /(^|[\\/])office[-_]?js[\\/]|office(\.debug)?\.js$/i.test(name),
      }).toEqual({
        name,
        isOfficeJsName: false,
      });
      if (/\.(js|html)$/.test(file)) {
        expect({ name, hasOfficeJs: OFFICE_JS_MARK.test(fs.readFileSync(file, 'utf8')) }).toEqual({
          name,
          hasOfficeJs: false,
        });
      }
    }
  });

  it('the marker would catch a copy of the npm package', () => {
    const copy = fs.readFileSync(require.resolve('@microsoft/office-js/dist/office.js'), 'utf8');
    expect(OFFICE_JS_MARK.test(copy)).toBe(true);
  });

  it('no source imports the npm package (it is for types only)', () => {
    const sources = filesUnder(path.join(ROOT, 'src')).filter((f) => /\.(ts|tsx|js)$/.test(f));
    expect(sources.length).toBeGreaterThan(50);
    const importing = sources.filter((f) =>
      /from\s+['"]@microsoft\/office-js|require\(\s*['"]@microsoft\/office-js/.test(
        fs.readFileSync(f, 'utf8'),
      ),
    );
    expect(importing).toEqual([]);
  });
});
