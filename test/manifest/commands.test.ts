/** The ribbon's function commands: what they run, what they tell, and event.completed() on every path. */
import { makeCommands, startRibbon, type CommandFunction } from '../../src/commands/commands';
import type { Finding } from '../../src/engine/findings';
import { HostError, type HostPort, type RibbonEvent } from '../../src/host/port';

const finding = (cell: string, severity: Finding['severity']): Finding => ({
  rule: 'total',
  severity,
  sheet: 'S',
  cell,
  expected: 1,
  actual: 2,
  unit: '천원',
  cause: cell,
  explain: '',
  message: '',
  table: 'A1:D9',
});

const NO_COVERAGE = { figures: 0, checked: 0, unchecked: [] };

function host(overrides: Partial<HostPort>): HostPort {
  return {
    displayLanguage: () => 'ko',
    verify: async () => ({ tables: [], findings: [], coverage: NO_COVERAGE, acceptances: [] }),
    select: async () => undefined,
    fix: async () => undefined,
    accept: async () => ({ sheet: 'S', cell: 'A1', rule: 'total', actual: null, at: '' }),
    clear: async () => undefined,
    ...overrides,
  };
}

const event = () =>
  ({ completed: jest.fn(), source: { id: 'x' } }) as unknown as Office.AddinCommands.Event & {
    completed: jest.Mock;
  };

/** Records what each command presented, and when relative to completed(). */
function recorder() {
  const shown: RibbonEvent[] = [];
  const present = jest.fn(async (e: RibbonEvent) => {
    shown.push(e);
  });
  return { shown, present };
}

describe('ribbon commands', () => {
  it('verify checks the whole workbook and presents its result before completing', async () => {
    const result = {
      tables: [],
      findings: [finding('D3', 'error'), finding('D4', 'error'), finding('D5', 'warning')],
      coverage: NO_COVERAGE,
      acceptances: [{ sheet: 'S', cell: 'D4', rule: 'total' as const, actual: 2, at: '' }],
    };
    const verify = jest.fn(async () => result);
    const { shown, present } = recorder();
    const e = event();
    e.completed.mockImplementation(() => expect(present).toHaveBeenCalledTimes(1));
    await makeCommands(host({ verify }), present).verify(e);
    expect(verify).toHaveBeenCalledWith('workbook', {
      language: 'ko',
      signal: expect.any(AbortSignal),
    });
    expect(shown).toEqual([{ kind: 'verified', result }]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('presents every failure in words, as a HostError, and completes the event', async () => {
    const failing = host({
      verify: async () =>
        Promise.reject(new HostError('protected', "시트 'S'이(가) 보호되어 있어")),
      clear: async () => Promise.reject(new Error('boom')),
    });
    const { shown, present } = recorder();
    const commands = makeCommands(failing, present);
    const [e1, e2] = [event(), event()];
    await commands.verify(e1);
    await commands.clear(e2);
    expect(e1.completed).toHaveBeenCalledTimes(1);
    expect(e2.completed).toHaveBeenCalledTimes(1);
    expect(shown.map((s) => s.kind)).toEqual(['failed', 'failed']);
    const errors = shown.map((s) => (s.kind === 'failed' ? s.error : null));
    expect(errors.every((x) => x instanceof HostError)).toBe(true);
    expect(errors.map((x) => x?.message)).toEqual([
      "시트 'S'이(가) 보호되어 있어",
      expect.stringContaining('boom'),
    ]);
  });

  it('completes the event even when presenting fails', async () => {
    const e = event();
    const present = jest.fn(async () => Promise.reject(new Error('no dialog')));
    await expect(makeCommands(host({}), present).clear(e)).rejects.toThrow('no dialog');
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('clear clears and presents that it did', async () => {
    const clear = jest.fn(async () => undefined);
    const { shown, present } = recorder();
    const e = event();
    await makeCommands(host({ clear }), present).clear(e);
    expect(clear).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([{ kind: 'cleared' }]);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('registers the functions as the page loads, before Office is ready, and runs them once it is', async () => {
    const associated = new Map<string, CommandFunction>();
    let ready: () => void = () => undefined;
    const office = {
      onReady: () => new Promise<void>((resolve) => (ready = resolve)),
      actions: { associate: (name: string, fn: CommandFunction) => associated.set(name, fn) },
      context: { requirements: { isSetSupported: () => false }, ui: {} },
    } as unknown as typeof Office;
    const made = jest.fn(() => ({ ...host({}), announce: jest.fn() }));
    startRibbon(office, { host: made, noticeUrl: 'https://x/notice.html' });
    expect([...associated.keys()]).toEqual(['verify', 'clear']);
    expect(made).not.toHaveBeenCalled();
    const e = event();
    const clicked = associated.get('clear')?.(e);
    ready();
    await clicked;
    expect(made).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
    for (const name of ['verify', 'clear']) delete (globalThis as Record<string, unknown>)[name];
  });
});
