import { screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/host/port';
import { acceptWith, renderApp, verifyNow } from './renderApp';
import { createFakeHost } from './fakeHost';

describe('Host errors', () => {
  it('shows a HostError from Verify as a clear message, and the pane keeps working', async () => {
    const host = createFakeHost();
    host.failNext('verify', new HostError('protected', 'Sheet1 is protected'));
    const { user } = renderApp(host);
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The sheet is protected')).toBeTruthy();
    expect(within(alert).getByText('Sheet1 is protected')).toBeTruthy();
    expect(
      within(alert).getByText('Unprotect the sheet (Review › Unprotect Sheet) and try again.'),
    ).toBeTruthy();

    // Nothing else breaks: the next Verify works and clears the message.
    await verifyNow(user);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('count-error').textContent).toBe('3 errors');
  });

  it('shows the message in the current language', async () => {
    const host = createFakeHost({ language: 'ko' });
    host.failNext('verify', new HostError('edit-mode', 'Excel is in cell-edit mode'));
    const { user } = renderApp(host);
    await user.click(screen.getByRole('button', { name: '검산' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('셀을 편집하는 중입니다')).toBeTruthy();
    expect(within(alert).getByText('Excel is in cell-edit mode')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: '오류 메시지 닫기' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the findings when Fix fails, and lets the reviewer go on', async () => {
    const host = createFakeHost();
    const { user } = renderApp(host);
    await verifyNow(user);
    host.failNext('fix', new HostError('read-only', 'The workbook is opened read-only'));
    await user.click(screen.getByRole('button', { name: 'Fix Sheet1!D14' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The workbook is read-only')).toBeTruthy();
    expect(host.callsOf('verify')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Go to Sheet1!D14' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fix Sheet1!D14' }).hasAttribute('disabled')).toBe(
      false,
    );
    await acceptWith(user, 'Sheet1!D14', 'rounded up as the rules say', 'Kim');
    await waitFor(() =>
      expect(screen.getByTestId('count-accepted').textContent).toBe('1 accepted'),
    );
  });

  it('reports a cell that is gone when selecting it', async () => {
    const host = createFakeHost();
    const { user } = renderApp(host);
    await verifyNow(user);
    host.failNext('select', new HostError('not-found', "Sheet 'Sheet1' no longer exists"));
    await user.click(screen.getByRole('button', { name: 'Go to Sheet1!D13' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The cell could not be found')).toBeTruthy();
    expect(within(alert).getByText("Sheet 'Sheet1' no longer exists")).toBeTruthy();
  });

  it('shows an error that is not a HostError as unknown', async () => {
    const host = createFakeHost();
    host.failNext('clear', new Error('RichApi.Error: GeneralException'));
    const { user } = renderApp(host);
    await user.click(screen.getByRole('button', { name: 'Clear highlights' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The action could not be completed')).toBeTruthy();
    expect(within(alert).getByText('RichApi.Error: GeneralException')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Verify' }).hasAttribute('disabled')).toBe(false);
  });
});
