/** The production manifest's URLs come from one setting, ADDIN_URL. */
import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, required as webpack does
const { addinUrl, rewriteManifest, DEV_URL } = require('../../scripts/addin-url.js') as {
  addinUrl: (env: Record<string, string | undefined>) => string;
  rewriteManifest: (xml: string, url: string) => string;
  DEV_URL: string;
};

const xml = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

describe('production manifest', () => {
  it('rewrites every localhost URL to ADDIN_URL and the AppDomain to its origin', () => {
    const url = addinUrl({ ADDIN_URL: 'https://addins.example.go.kr/budget/' });
    const out = rewriteManifest(xml, url);
    expect(out).not.toContain(DEV_URL);
    expect(out).toContain('<AppDomain>https://addins.example.go.kr</AppDomain>');
    expect(out).toContain('DefaultValue="https://addins.example.go.kr/budget/taskpane.html"');
    expect(out).toContain(
      'DefaultValue="https://addins.example.go.kr/budget/assets/verify-80.png"',
    );
    expect(out.split('https://addins.example.go.kr').length).toBe(xml.split(DEV_URL).length);
  });

  it('defaults to the development URL and refuses anything but https', () => {
    expect(addinUrl({})).toBe(DEV_URL);
    expect(() => addinUrl({ ADDIN_URL: 'http://example.org' })).toThrow(/https/);
  });
});
