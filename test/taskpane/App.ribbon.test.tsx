/**
 * The pane in a runtime it shares with the ribbon (issue 12): what a ribbon
 * command did shows in the pane as its own result, and what the host said
 * beside a result (notes not written, merged cells unread) is shown in its words.
 */
import { act, screen, within } from '@testing-library/react';
import { RibbonChannel } from '../../src/excel/ribbonChannel';
import { HostError, type HostVerifyResult } from '../../src/host/port';
import { createFakeHost, FINDINGS } from './fakeHost';
import { renderApp } from './renderApp';

function sharedHost() {
  const channel = new RibbonChannel();
  const host = createFakeHost();
  host.onRibbonEvent = (listener) => channel.subscribe(listener);
  return { host, channel };
}

const result: HostVerifyResult = {
  tables: [],
  findings: FINDINGS,
  coverage: { figures: 10, checked: 10, unchecked: [] },
  acceptances: [],
  notices: [{ kind: 'notes-skipped', message: 'No note was added to D14: it holds a comment.' }],
};

describe('ribbon results in the pane', () => {
  it('a ribbon Verify that finished before the pane was drawn is shown when it is', async () => {
    const { host, channel } = sharedHost();
    channel.announce({ kind: 'verified', result });
    renderApp(host);
    expect(await screen.findByRole('list', { name: 'Findings' })).toBeTruthy();
    expect(screen.getByTestId('count-error').textContent).toBe('3 errors');
    expect(screen.getByText('No note was added to D14: it holds a comment.')).toBeTruthy();
    expect(host.callsOf('verify')).toHaveLength(0);
  });

  it('a ribbon failure is shown as the pane’s own error; a ribbon Clear empties the list', async () => {
    const { host, channel } = sharedHost();
    renderApp(host);
    act(() =>
      channel.announce({
        kind: 'failed',
        error: new HostError('protected', 'Sheet1 is protected'),
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Sheet1 is protected')).toBeTruthy();
    act(() => channel.announce({ kind: 'verified', result }));
    expect(await screen.findByRole('list', { name: 'Findings' })).toBeTruthy();
    act(() => channel.announce({ kind: 'cleared' }));
    expect(screen.queryByRole('list', { name: 'Findings' })).toBeNull();
    expect(screen.queryByText('No note was added to D14: it holds a comment.')).toBeNull();
  });
});
