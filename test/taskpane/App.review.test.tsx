import { act, screen, waitFor, within } from '@testing-library/react';
import { acceptWith, dialogClosed, openedDialog, renderApp, rowOf, verifyNow } from './renderApp';
import { createFakeHost, FINDINGS } from './fakeHost';

function shownCells(): string[] {
  return within(screen.getByRole('list', { name: 'Findings' }))
    .getAllByRole('button', { name: /^Go to / })
    .map((b) => (b.getAttribute('aria-label') ?? '').replace('Go to Sheet1!', ''));
}

describe('Reviewing findings', () => {
  it('filters by rule and by severity', async () => {
    const { user } = renderApp();
    await verifyNow(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'product');
    expect(shownCells()).toEqual(['D14']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'warning');
    expect(shownCells()).toEqual(['B20']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'product');
    expect(screen.getByText('No findings match the filters.')).toBeTruthy();
  });

  it('selects the cell on its sheet on click and on Enter', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Go to Sheet1!D14' }));
    expect(host.callsOf('select')).toEqual([['Sheet1', 'D14']]);
    expect(rowOf('Go to Sheet1!D14')?.getAttribute('aria-current')).toBe('true');

    // A click anywhere on the row (here its message) is a larger target for the mouse.
    await user.click(within(rowOf('Go to Sheet1!D13')).getByText('Subtotal is off'));
    expect(host.callsOf('select').at(-1)).toEqual(['Sheet1', 'D13']);

    act(() => screen.getByRole('button', { name: 'Go to Sheet1!B20' }).focus());
    await user.keyboard('{Enter}');
    expect(host.callsOf('select')).toEqual([
      ['Sheet1', 'D14'],
      ['Sheet1', 'D13'],
      ['Sheet1', 'B20'],
    ]);
    // Fix and Accept do not select the cell.
    await user.click(screen.getByRole('button', { name: 'Accept Sheet1!D14' }));
    await openedDialog();
    expect(host.callsOf('select')).toHaveLength(3);
    await user.keyboard('{Escape}');
    await dialogClosed();
  });

  it('moves through the findings with the arrow keys, Home and End', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);
    act(() => screen.getByRole('button', { name: 'Go to Sheet1!F5' }).focus());
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Go to Sheet1!D14'),
    );
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Go to Sheet1!B20'),
    );
    await user.keyboard('{ArrowDown}'); // stays on the last
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Go to Sheet1!B20');
    await user.keyboard('{ArrowUp}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Go to Sheet1!D13'),
    );
    expect(screen.getByText('3 of 4')).toBeTruthy();
    await user.keyboard('{Home}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Go to Sheet1!F5'),
    );
    // Moving the focus does not move Excel's selection; Enter does.
    expect(host.callsOf('select')).toEqual([]);
    await user.keyboard('{Enter}');
    expect(host.callsOf('select')).toEqual([['Sheet1', 'F5']]);
  });

  it('walks the findings with Next and Previous, selecting each cell', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);
    const previous = screen.getByRole('button', { name: 'Previous finding' });
    const next = screen.getByRole('button', { name: 'Next finding' });
    await user.click(next);
    await user.click(next);
    expect(screen.getByText('2 of 4')).toBeTruthy();
    expect(previous.hasAttribute('disabled')).toBe(false);
    await user.click(previous);
    expect(host.callsOf('select')).toEqual([
      ['Sheet1', 'F5'],
      ['Sheet1', 'D14'],
      ['Sheet1', 'F5'],
    ]);
    expect(previous.hasAttribute('disabled')).toBe(true);
    // Navigation follows the filtered list.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'subtotal');
    await user.click(next);
    expect(host.callsOf('select').at(-1)).toEqual(['Sheet1', 'D13']);
  });

  it('Fix writes the figure through the host, verifies again and drops the finding', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Fix Sheet1!D14' }));
    expect(host.callsOf('fix')).toEqual([[FINDINGS[0]]]);
    await waitFor(() => expect(host.callsOf('verify')).toHaveLength(2));
    await waitFor(() => expect(shownCells()).toEqual(['F5', 'D13', 'B20']));
    expect(screen.getByTestId('count-error').textContent).toBe('2 errors');
    // A warning without an expected figure has nothing to write.
    expect(screen.queryByRole('button', { name: 'Fix Sheet1!B20' })).toBeNull();
  });

  it('disables the actions while one runs', async () => {
    const host = createFakeHost();
    host.holdFix = true;
    const { user } = renderApp(host);
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Fix Sheet1!D14' }));
    expect(screen.getByRole('button', { name: 'Accept Sheet1!F5' }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(screen.getByRole('button', { name: 'Fix Sheet1!D13' }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(screen.getByRole('button', { name: 'Verify' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Clear highlights' }).hasAttribute('disabled')).toBe(
      true,
    );
    await act(async () => host.release());
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Verify' }).hasAttribute('disabled')).toBe(false),
    );
    expect(host.callsOf('fix')).toHaveLength(1);
  });

  it('Accept records the decision, shows the finding as accepted and takes it out of the counts', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);
    await acceptWith(user, 'Sheet1!F5', 'rate shown as the ministry rounds it', '김검토');
    expect(host.callsOf('accept')[0]).toEqual([FINDINGS[2], 'rate shown as the ministry rounds it', '김검토']);
    const row = rowOf('Go to Sheet1!F5');
    await waitFor(() => expect(within(row).getByText('Accepted')).toBeTruthy());
    expect(within(row).queryByRole('button', { name: /Accept|Fix/ })).toBeNull();
    expect(screen.getByTestId('count-error').textContent).toBe('2 errors');
    expect(screen.getByTestId('count-accepted').textContent).toBe('1 accepted');
    expect(
      within(screen.getByRole('list', { name: 'Counts by rule' })).queryByText('Change rate'),
    ).toBeNull();
  });

  it('shows the acceptances an earlier reviewer kept in the workbook', async () => {
    const f = FINDINGS[0]!;
    const host = createFakeHost({
      acceptances: [
        {
          sheet: f.sheet,
          cell: f.cell,
          rule: f.rule,
          actual: f.actual,
          at: '2024-04-01T00:00:00Z',
          note: 'rounded up',
        },
        // Accepted at another figure: the cell was edited since, so the finding is open again.
        { sheet: 'Sheet1', cell: 'D13', rule: 'subtotal', actual: 1, at: '2024-04-01T00:00:00Z' },
      ],
    });
    const { user } = renderApp(host);
    await verifyNow(user);
    const row = rowOf('Go to Sheet1!D14');
    expect(within(row).getByText('Accepted').closest('[title]')?.getAttribute('title')).toBe(
      'Accepted 2024-04-01 — rounded up',
    );
    expect(screen.getByRole('button', { name: 'Accept Sheet1!D13' })).toBeTruthy();
    expect(screen.getByTestId('count-error').textContent).toBe('2 errors');
  });

  it('Clear removes the highlights through the host and empties the list', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Clear highlights' }));
    expect(host.callsOf('clear')).toEqual([[]]);
    expect(await screen.findByText('All highlights cleared.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Findings' })).toBeNull();
    expect(screen.queryByTestId('count-error')).toBeNull();
    expect(screen.getByText('Press Verify to check the arithmetic.')).toBeTruthy();
  });
});
