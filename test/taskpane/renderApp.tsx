/** Renders the pane against a fake host, with a user-event session. */
import './domPolyfills';
import { act, render, screen, waitFor, within } from '@testing-library/react';
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

/**
 * Accept through its dialog: the reason, the reviewer's name (typed over the
 * remembered one when `reviewer` is given), then the dialog's Accept.
 */
export async function acceptWith(
  user: ReturnType<typeof userEvent.setup>,
  ref: string,
  reason: string,
  reviewer?: string,
): Promise<void> {
  await user.click(screen.getByRole('button', { name: `Accept ${ref}` }));
  const dialog = await openedDialog();
  await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), reason);
  if (reviewer !== undefined) {
    const name = within(dialog).getByRole('textbox', { name: /^Reviewer/ });
    await user.clear(name);
    await user.type(name, reviewer);
  }
  await user.click(within(dialog).getByRole('button', { name: 'Accept' }));
  await dialogClosed();
}

/**
 * The open dialog once its fields can be reached (its first render, and the
 * modal taking over from the pane, can take over a second on a busy machine).
 *
 * jsdom has no layout, so Tabster (Fluent's focus manager) finds no visible field
 * in the dialog and Fluent focuses the surface itself, which Tabster does not take
 * as entering the modal: its next sweep marks the surface aria-hidden. A browser
 * focuses the first field (the e2e tests accept through the dialog in Chromium);
 * here the test does, as the user's first click into the dialog would.
 */
export async function openedDialog(): Promise<HTMLElement> {
  let opened: HTMLElement | null = null;
  await waitFor(
    () => {
      opened = screen.getByRole('dialog', { hidden: true });
      expect(within(opened).getAllByRole('textbox', { hidden: true }).length).toBeGreaterThan(0);
    },
    { timeout: 10_000 },
  );
  const first = within(opened as unknown as HTMLElement).getAllByRole('textbox', { hidden: true })[0] as HTMLElement;
  act(() => first.focus());
  let dialog: HTMLElement | null = null;
  await waitFor(
    () => {
      dialog = screen.getByRole('dialog');
      expect(within(dialog).getAllByRole('textbox').length).toBeGreaterThan(0);
    },
    { timeout: 10_000 },
  );
  return dialog as unknown as HTMLElement;
}

/** The dialog is gone and the pane is reachable again (the modal's aria-hidden lifted). */
export async function dialogClosed(): Promise<void> {
  await waitFor(
    () => {
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.querySelector('[aria-hidden="true"] main')).toBeNull();
    },
    { timeout: 10_000 },
  );
}
