/** The ribbon's function commands: what they run, what they say, and event.completed() on every path. */
import { makeCommands, notificationFor } from '../../src/commands/commands';
import type { Finding } from '../../src/engine/findings';
import { HostError, type HostPort } from '../../src/host/port';

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

function host(overrides: Partial<HostPort>): HostPort {
  return {
    displayLanguage: () => 'ko',
    verify: async () => ({ tables: [], findings: [], coverage: { figures: 0, checked: 0, unchecked: [] }, acceptances: [] }),
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

describe('ribbon commands', () => {
  it('verify checks the whole workbook and reports the open counts', async () => {
    const verify = jest.fn(async () => ({
      tables: [],
      findings: [finding('D3', 'error'), finding('D4', 'error'), finding('D5', 'warning')],
      coverage: { figures: 0, checked: 0, unchecked: [] },
      acceptances: [{ sheet: 'S', cell: 'D4', rule: 'total' as const, actual: 2, at: '' }],
    }));
    const said: string[] = [];
    const e = event();
    await makeCommands(host({ verify }), (t) => said.push(t)).verify(e);
    expect(verify).toHaveBeenCalledWith('workbook', {
      language: 'ko',
      signal: expect.any(AbortSignal),
    });
    expect(said).toEqual(['검산 완료: 오류 1건, 경고 1건.']);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('completes the event when verify or clear fails, and says why', async () => {
    const failing = host({
      verify: async () =>
        Promise.reject(new HostError('protected', "시트 'S'이(가) 보호되어 있어")),
      clear: async () => Promise.reject(new Error('boom')),
    });
    const said: string[] = [];
    const commands = makeCommands(failing, (t) => said.push(t));
    const [e1, e2] = [event(), event()];
    await commands.verify(e1);
    await commands.clear(e2);
    expect(e1.completed).toHaveBeenCalledTimes(1);
    expect(e2.completed).toHaveBeenCalledTimes(1);
    expect(said).toEqual(["시트 'S'이(가) 보호되어 있어", 'boom']);
  });

  it('clear clears', async () => {
    const clear = jest.fn(async () => undefined);
    const e = event();
    await makeCommands(host({ clear }), () => undefined).clear(e);
    expect(clear).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it('notifies only where the host has NotificationMessages (Outlook), and is silent in Excel', () => {
    const replaceAsync = jest.fn();
    notificationFor({
      context: { mailbox: { item: { notificationMessages: { replaceAsync } } } },
    } as unknown as typeof Office)('hello');
    expect(replaceAsync).toHaveBeenCalledWith(
      'budget-verify',
      expect.objectContaining({ message: 'hello' }),
    );
    expect(() =>
      notificationFor({ context: {} } as unknown as typeof Office)('hello'),
    ).not.toThrow();
  });
});
