/**
 * 진단 / Self-test in the pane: reachable from the header where the host has a
 * self-test (hidden where it has none), each check shown as it comes, the
 * verdict and environment, and the report copied to send.
 */
import { screen, within } from '@testing-library/react';
import type { SelfTestReport, SelfTestStep } from '../../../src/host/port';
import { createFakeHost } from '../fakeHost';
import { renderApp } from '../renderApp';

const steps: SelfTestStep[] = [
  {
    id: 'notes-api',
    title: 'Notes and comments API',
    status: 'pass',
    detail: 'Writes notes (ExcelApi 1.18).',
  },
  {
    id: 'fills-read',
    title: 'Fills read back as written',
    status: 'fail',
    detail: 'E5 ✗ (pattern null)',
  },
  { id: 'fix', title: 'Fix', status: 'skip', detail: 'Not run: an earlier step failed.' },
];

const report: SelfTestReport = {
  passed: false,
  environment: [
    ['Host', 'Excel'],
    ['Platform', 'Mac'],
    ['ExcelApi', '1.17'],
  ],
  steps,
  text: 'Budget Verify self-test — FAIL\n…',
};

function hostWithSelfTest() {
  const host = createFakeHost();
  const selfTest = jest.fn(async (options: { onStep?: (s: SelfTestStep) => void }) => {
    for (const s of steps) options.onStep?.(s);
    return report;
  });
  host.selfTest = selfTest;
  return { host, selfTest };
}

describe('the self-test panel', () => {
  it('is not offered where the host has no self-test (the browser page)', () => {
    renderApp(createFakeHost());
    expect(screen.queryByRole('button', { name: 'Self-test' })).toBeNull();
  });

  it('runs from the header, shows every check, the verdict and the environment, and goes back', async () => {
    const { host, selfTest } = hostWithSelfTest();
    const { user } = renderApp(host);
    await user.click(screen.getByRole('button', { name: 'Self-test' }));
    await user.click(screen.getByRole('button', { name: 'Run self-test' }));
    expect(selfTest).toHaveBeenCalledWith(expect.objectContaining({ language: 'en' }));
    const checks = await screen.findByRole('table', { name: 'Checks' });
    expect(
      within(checks)
        .getAllByRole('row')
        .map((r) => r.getAttribute('data-status')),
    ).toEqual(['pass', 'fail', 'skip']);
    expect(within(checks).getByText('E5 ✗ (pattern null)')).toBeTruthy();
    expect(screen.getByText('Some checks failed')).toBeTruthy();
    const env = screen.getByRole('table', { name: 'Environment' });
    expect(within(env).getByText('Mac')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Verify' })).toBeTruthy();
  });

  it('copies the report, or says how to copy it by hand', async () => {
    const { host } = hostWithSelfTest();
    const { user } = renderApp(host);
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Self-test' }));
    await user.click(screen.getByRole('button', { name: 'Run self-test' }));
    await user.click(await screen.findByRole('button', { name: 'Copy report' }));
    expect(writeText).toHaveBeenCalledWith(report.text);
    expect(await screen.findByText(/Copied\. Paste it/)).toBeTruthy();
    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy report' }));
    expect(await screen.findByText(/select the text below/)).toBeTruthy();
    expect(
      (screen.getByRole('textbox', { name: 'Copy report' }) as HTMLTextAreaElement).value,
    ).toBe(report.text);
  });
});
