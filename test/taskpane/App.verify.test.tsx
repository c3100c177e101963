import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  FINDING_ROW_HEIGHT,
  GROUP_ROW_HEIGHT,
} from '../../src/taskpane/components/FindingsList/listRows';
import { webDarkTheme } from '@fluentui/react-components';
import { renderApp, rowOf, verifyNow } from './renderApp';
import { createFakeHost, finding } from './fakeHost';

describe('Verify', () => {
  it('shows counts by severity and rule, and the findings grouped by table', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);

    expect(host.callsOf('verify')[0]?.[0]).toBe('workbook');
    expect(host.callsOf('verify')[0]?.[1]).toMatchObject({ language: 'en' });
    expect(screen.getByTestId('count-error').textContent).toBe('3 errors');
    expect(screen.getByTestId('count-warning').textContent).toBe('1 warning');
    const byRule = within(screen.getByRole('list', { name: 'Counts by rule' }));
    expect(byRule.getByText('Calculation').nextSibling?.textContent).toBe('Error 1');
    expect(byRule.getByText('Unreadable').nextSibling?.textContent).toBe('Warning 1');

    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Budget summary · 예산 총괄',
      'Calculation basis · 시 대표 SNS 운영',
    ]);

    const rows = within(screen.getByRole('list', { name: 'Findings' }))
      .getAllByRole('button', { name: /^Go to / })
      .map((b) => b.getAttribute('aria-label'));
    expect(rows).toEqual([
      'Go to Sheet1!F5',
      'Go to Sheet1!D14',
      'Go to Sheet1!D13',
      'Go to Sheet1!B20',
    ]);
  });

  it('shows stated against expected with thousands separators and △, the message and the explain line', async () => {
    const { user } = renderApp();
    await verifyNow(user);
    const d14 = screen.getByRole('button', { name: 'Go to Sheet1!D14' });
    expect(rowOf('Go to Sheet1!D14').textContent).toContain(
      'Stated 61,000천원 → Expected 60,000천원',
    );
    expect(rowOf('Go to Sheet1!D14').textContent).toContain(
      '1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원',
    );
    // The message describes the button for screen readers.
    const described = document.getElementById(d14.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Product 61,000 should be 60,000');
    expect(rowOf('Go to Sheet1!F5').textContent).toContain('Stated △19% → Expected △20%');
  });

  it('verifies the active sheet when that scope is chosen', async () => {
    const { host, user } = renderApp();
    await user.click(screen.getByRole('radio', { name: 'Active sheet' }));
    await verifyNow(user);
    expect(host.callsOf('verify')[0]?.[0]).toBe('sheet');
  });

  it('says so when there is nothing to find', async () => {
    const { user } = renderApp(createFakeHost({ findings: [] }));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('No findings.')).toBeTruthy();
    expect(screen.getByTestId('count-error').textContent).toBe('0 errors');
  });

  it('shows progress while a large workbook is checked, disables the actions, and can be cancelled', async () => {
    const host = createFakeHost();
    host.progress = [{ stage: 'check', done: 1200, total: 5000 }];
    host.holdVerify = true;
    const { user } = renderApp(host);
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const bar = await screen.findByRole('progressbar', { name: 'Checking' });
    expect(bar.getAttribute('aria-valuenow')).toBe('1200');
    expect(screen.getByText('1,200 of 5,000')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear highlights' }).hasAttribute('disabled')).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: 'Verify' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Cancel verification' }));
    const signal = (host.callsOf('verify')[0]?.[1] as { signal: AbortSignal }).signal;
    expect(signal.aborted).toBe(true);
    expect(await screen.findByText('Verification cancelled.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Verify' }).hasAttribute('disabled')).toBe(false);
  });

  it('shows a result that finishes after progress', async () => {
    const host = createFakeHost();
    host.holdVerify = true;
    const { user } = renderApp(host);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByRole('progressbar');
    await act(async () => host.release());
    await screen.findByRole('list', { name: 'Findings' });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('keeps thousands of findings usable: renders a window of rows and reaches the last by keyboard', async () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding({ cell: `D${i + 30}`, expected: i * 1000, actual: i * 1000 + 1 }),
    );
    const { user } = renderApp(createFakeHost({ findings: many }));
    await verifyNow(user);
    expect(screen.getByTestId('count-error').textContent).toBe('5,000 errors');
    const list = screen.getByRole('list', { name: 'Findings' });
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(30);

    act(() => within(list).getByRole('button', { name: 'Go to Sheet1!D30' }).focus());
    await user.keyboard('{End}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Go to Sheet1!D5029'),
    );
    expect(within(list).queryByRole('button', { name: 'Go to Sheet1!D30' })).toBeNull();
    expect(screen.getByText('5,000 of 5,000')).toBeTruthy();
  });

  it('lets the reviewer scroll away from the current finding (regression: the view snapped back)', async () => {
    const many = Array.from({ length: 500 }, (_, i) => finding({ cell: `D${i + 30}` }));
    const { user } = renderApp(createFakeHost({ findings: many }));
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Next finding' }));
    const list = screen.getByRole('list', { name: 'Findings' });
    const viewport = list.parentElement as HTMLElement;
    viewport.scrollTop = 20000;
    fireEvent.scroll(viewport);
    await waitFor(() =>
      expect(within(list).queryByRole('button', { name: 'Go to Sheet1!D30' })).toBeNull(),
    );
    expect(viewport.scrollTop).toBe(20000);
    // Rows around 20,000 px are the ones rendered (fixed row height, one table header).
    const shown = within(list).getAllByRole('button', { name: /^Go to / });
    const first = Number(shown[0]?.getAttribute('aria-label')?.replace('Go to Sheet1!D', ''));
    const expectedFirst =
      30 + Math.floor((20000 - 2 * FINDING_ROW_HEIGHT - GROUP_ROW_HEIGHT) / FINDING_ROW_HEIGHT);
    expect(first).toBe(expectedFirst);
    // Next again brings the current finding's neighbour back into view.
    await user.click(screen.getByRole('button', { name: 'Next finding' }));
    await waitFor(() =>
      expect(within(list).getByRole('button', { name: 'Go to Sheet1!D31' })).toBeTruthy(),
    );
  });

  it('uses the dark Fluent theme when the host says the Office theme is dark', () => {
    renderApp(createFakeHost(), { theme: 'dark' });
    // Fluent inserts its rules through the CSSOM, so read the rules, not the <style> text.
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(css).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });
});
