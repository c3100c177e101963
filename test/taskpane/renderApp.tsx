/** Renders the pane against a fake host, with a user-event session. */
import './domPolyfills';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type AppProps } from '../../src/taskpane/App';
import { createFakeHost, type FakeHost } from './fakeHost';

// The first Fluent render in a jsdom file (style insertion, icon modules) can take
// seconds on a busy machine; the default 5 s made the first test of a file flaky.
jest.setTimeout(30_000);

export function renderApp(host: FakeHost = createFakeHost(), props: Omit<AppProps, 'host'> = {}) {
  const user = userEvent.setup();
  const utils = render(<App host={host} {...props} />);
  return { host, user, ...utils };
}

/** Clicks Verify (English UI) and waits until the findings are listed. */
export async function verifyNow(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Verify' }));
  await screen.findByRole('list', { name: 'Findings' });
}

/** The list row of the finding whose cell button has this accessible name. */
export function rowOf(cellButtonName: string): HTMLElement {
  const row = screen.getByRole('button', { name: cellButtonName }).closest('[role="listitem"]');
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${cellButtonName}`);
  return row;
}
