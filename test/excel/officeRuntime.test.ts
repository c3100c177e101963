/**
 * @jest-environment jsdom
 *
 * The composition of the Office host over the real globals: every request holds
 * while a cell is edited (delayForCellEdit), the requirement sets give the
 * declared notes level, and the self-test's environment names the host and
 * the Office.js the page loaded.
 */
import { createOfficeHost, detectNotesApi } from '../../src/excel/officeRuntime';

const requirements = (max: number) => ({
  isSetSupported: (name: string, version?: string | number) =>
    name === 'ExcelApi' && Number(String(version).slice(2)) <= max,
});

afterEach(() => {
  for (const name of ['Office', 'Excel']) delete (globalThis as Record<string, unknown>)[name];
});

describe('createOfficeHost', () => {
  it('runs every request with delayForCellEdit', async () => {
    const run = jest.fn(async () => undefined);
    Object.assign(globalThis, {
      Excel: { run },
      Office: { context: { requirements: requirements(18), displayLanguage: 'en-US' } },
    });
    await createOfficeHost()
      .clear()
      .catch(() => undefined);
    expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, expect.any(Function));
  });

  it('declares notes from ExcelApi 1.18, comments from 1.10, else none', () => {
    expect(detectNotesApi(requirements(18))).toBe('note');
    expect(detectNotesApi(requirements(13))).toBe('comment');
    expect(detectNotesApi(requirements(9))).toBe('none');
  });

  it('describes the host for the self-test, with the office.js the page loaded', async () => {
    const script = document.createElement('script');
    script.src = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    document.head.append(script);
    const diagnostics = { host: 'Excel', platform: 'OfficeOnline', version: '16.0.1' };
    Object.assign(globalThis, {
      Excel: { run: jest.fn() },
      Office: {
        context: { requirements: requirements(17), displayLanguage: 'ko-KR', diagnostics },
      },
    });
    const host = createOfficeHost() as unknown as {
      deps: { environment: () => [string, string][] };
    };
    const environment = Object.fromEntries(host.deps.environment());
    expect(environment).toMatchObject({
      Host: 'Excel',
      Platform: 'OfficeOnline',
      ExcelApi: '1.17',
      'Office.js': script.src,
    });
  });
});
