/**
 * @jest-environment jsdom
 *
 * The manifest, checked offline (office-addin-manifest validate needs a web
 * service): well-formed, the expected shape, every resid defined, every URL
 * https, every icon a real PNG of its size, every FunctionName registered.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startRibbon } from '../../src/commands/commands';

const ROOT = path.resolve(__dirname, '../..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (name: string) =>
  Array.from(doc.getElementsByTagName('*')).filter((e) => e.localName === name);
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
  });

  it('is an Excel task-pane add-in that may read and write the document', () => {
    const root = doc.documentElement;
    expect(root.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(all('Id')[0]?.textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(all('Version')[0]?.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttributeNS(XSI, 'type'))).toEqual(
      ['Workbook', 'Workbook'],
    );
    expect(all('Permissions')[0]?.textContent).toBe('ReadWriteDocument');
    expect(all('SourceLocation')[0]?.getAttribute('DefaultValue')).toMatch(/\/taskpane\.html$/);
  });

  it('speaks Korean by default and English where Office runs in English', () => {
    expect(all('DefaultLocale')[0]?.textContent).toBe('ko-KR');
    for (const el of [
      ...all('DisplayName'),
      ...all('Description').filter((d) => d.hasAttribute('DefaultValue')),
      ...all('String'),
    ]) {
      const overrides = Array.from(el.children).filter((c) => c.localName === 'Override');
      expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['en-US']);
      expect(overrides[0]?.getAttribute('Value')).toMatch(/[A-Za-z]/);
      expect(el.getAttribute('DefaultValue')).toMatch(/[가-힣]/);
    }
  });

  it('puts Verify, Findings and Clear in a group on the Home tab', () => {
    const tab = all('OfficeTab')[0];
    expect(tab?.getAttribute('id')).toBe('TabHome');
    const controls = all('Control').map((c) => {
      const action = Array.from(c.getElementsByTagName('*')).find((e) => e.localName === 'Action');
      const fn = Array.from(action?.getElementsByTagName('*') ?? []).find(
        (e) => e.localName === 'FunctionName',
      );
      return [c.getAttribute('id'), action?.getAttributeNS(XSI, 'type'), fn?.textContent ?? null];
    });
    expect(controls).toEqual([
      ['BudgetVerify.Verify', 'ExecuteFunction', 'verify'],
      ['BudgetVerify.Findings', 'ShowTaskpane', null],
      ['BudgetVerify.Clear', 'ExecuteFunction', 'clear'],
    ]);
  });

  it('defines every resid it uses, within the length limits', () => {
    const defined = new Map<string, Element>();
    for (const el of [...all('Image'), ...all('Url'), ...all('String')]) {
      const id = el.getAttribute('id');
      if (id) defined.set(id, el);
    }
    const used = Array.from(doc.getElementsByTagName('*'))
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(20);
    for (const resid of used) {
      expect({ resid, defined: defined.has(resid) }).toEqual({ resid, defined: true });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
    for (const s of all('ShortStrings').flatMap((p) => Array.from(p.children))) {
      expect((s.getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(125);
    }
    for (const s of all('LongStrings').flatMap((p) => Array.from(p.children))) {
      expect((s.getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(250);
    }
  });

  it('uses https for every URL', () => {
    const urls = [
      ...Array.from(doc.getElementsByTagName('*')).flatMap((e) => {
        const v = e.getAttribute('DefaultValue');
        return v && /^[a-z]+:\/\//i.test(v) ? [v] : [];
      }),
      ...all('AppDomain').map((e) => e.textContent ?? ''),
    ];
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it('points every icon at a PNG in assets/ of the size it is declared as', () => {
    const icons = [
      ...all('Image')
        .filter((e) => e.hasAttribute('DefaultValue'))
        .map((e) => ({
          url: e.getAttribute('DefaultValue') ?? '',
          id: e.getAttribute('id') ?? '',
        })),
      { url: all('IconUrl')[0]?.getAttribute('DefaultValue') ?? '', id: 'x.32' },
      { url: all('HighResolutionIconUrl')[0]?.getAttribute('DefaultValue') ?? '', id: 'x.64' },
    ];
    for (const { url, id } of icons) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      const size = Number(id.split('.').pop());
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // and each ribbon image is declared at 16, 32 and 80
    for (const image of all('Image').filter((e) => e.hasAttribute('size'))) {
      expect(['16', '32', '80']).toContain(image.getAttribute('size'));
    }
  });

  it('has every size of every icon in assets/', () => {
    for (const name of ['icon', 'verify', 'findings', 'clear']) {
      for (const size of [16, 32, 64, 80, 128]) {
        expect(pngSize(path.join(ROOT, 'assets', `${name}-${size}.png`))).toEqual({
          width: size,
          height: size,
        });
      }
    }
  });

  it('names only functions that the commands code registers as the page loads', () => {
    const associated: string[] = [];
    const office = {
      onReady: () => new Promise(() => undefined),
      actions: { associate: (name: string) => associated.push(name) },
    } as unknown as typeof Office;
    startRibbon(office, {
      host: () => {
        throw new Error('not made until a click');
      },
      noticeUrl: 'https://localhost:3000/notice.html',
    });
    const names = all('FunctionName').map((f) => f.textContent ?? '');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(associated).toContain(name);
      expect(typeof (globalThis as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('runs the pane and the ribbon in one long-lived runtime: taskpane.html', () => {
    const runtimes = all('Runtime');
    expect(runtimes.map((r) => [r.getAttribute('resid'), r.getAttribute('lifetime')])).toEqual([
      ['Taskpane.Url', 'long'],
    ]);
    // The Runtimes element sits in the Workbook host of VersionOverrides, before its form factor.
    const host = runtimes[0]?.parentElement?.parentElement;
    expect(host?.getAttributeNS(XSI, 'type')).toBe('Workbook');
    expect(runtimes[0]?.parentElement?.nextElementSibling?.localName).toBe('DesktopFormFactor');
    expect(all('FunctionFile')[0]?.getAttribute('resid')).toBe('Taskpane.Url');
    // Not required: a platform without a shared runtime still installs the add-in (dialog fallback).
    expect(all('Set').map((s) => s.getAttribute('Name'))).not.toContain('SharedRuntime');
    expect(xml).not.toContain('commands.html');
  });
});
