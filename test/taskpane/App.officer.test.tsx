/**
 * Issue 14 in the pane: Accept asks for a reason and the reviewer's name (the name
 * remembered), and the next reviewer sees both; Fix is not offered on a formula
 * cell, which says why and points to its inputs; the coverage counts and the
 * figures not checked, walked like findings; Print makes the A4 report.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { REVIEWER_KEY } from '../../src/taskpane/review/reviewerName';
import { PRINT_FRAME_ID } from '../../src/taskpane/print/printFrame';
import { dialogClosed, openedDialog, renderApp, rowOf, verifyNow } from './renderApp';
import { createFakeHost, FINDINGS } from './fakeHost';

beforeEach(() => localStorage.clear());

describe('Accept with a reason and a name', () => {
  it('will not accept without a reason, and remembers the name for the next acceptance', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Accept Sheet1!D14' }));
    let dialog = await openedDialog();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reviewer/ }), '김검토');
    await user.click(within(dialog).getByRole('button', { name: 'Accept' }));
    // No reason: nothing recorded, the dialog says what is missing.
    expect(host.callsOf('accept')).toHaveLength(0);
    expect(within(dialog).getByText(/^e\.g\./)).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), '지침에 따라 올림');
    await user.click(within(dialog).getByRole('button', { name: 'Accept' }));
    await dialogClosed();
    await waitFor(() => expect(within(rowOf('Go to Sheet1!D14')).getByText('Accepted')).toBeTruthy());
    expect(host.callsOf('accept')).toEqual([[FINDINGS[0], '지침에 따라 올림', '김검토']]);
    expect(localStorage.getItem(REVIEWER_KEY)).toBe('김검토');

    // The next acceptance is signed with the remembered name.
    await user.click(screen.getByRole('button', { name: 'Accept Sheet1!D13' }));
    dialog = await openedDialog();
    expect((within(dialog).getByRole('textbox', { name: /^Reviewer/ }) as HTMLInputElement).value).toBe('김검토');
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'confirmed with the department');
    await user.click(within(dialog).getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(host.callsOf('accept')[1]).toEqual([FINDINGS[1], 'confirmed with the department', '김검토']));
  });

  it('Cancel leaves the finding open', async () => {
    const { host, user } = renderApp();
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Accept Sheet1!D14' }));
    await user.click(within(await openedDialog()).getByRole('button', { name: 'Cancel' }));
    await dialogClosed();
    expect(host.callsOf('accept')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Accept Sheet1!D14' })).toBeTruthy();
  });

  it('shows the next reviewer who accepted a finding, when and why', async () => {
    const f = FINDINGS[0]!;
    const host = createFakeHost({
      acceptances: [{ sheet: f.sheet, cell: f.cell, rule: f.rule, actual: f.actual, note: '천원 미만 올림', reviewer: '박주무관', at: '2024-04-01T09:00:00Z' }],
    });
    const { user } = renderApp(host);
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Go to Sheet1!D14' }));
    const detail = within(rowOf('Go to Sheet1!D14')).getByTestId('acceptance-detail');
    expect(detail.textContent).toContain('Accepted 2024-04-01 · 박주무관');
    expect(detail.textContent).toContain('Reason: 천원 미만 올림');
  });
});

describe('Fix only where it can work', () => {
  it('offers no Fix on a formula cell, says why and points to the inputs that drive it', async () => {
    const host = createFakeHost({
      formulaCells: [{ sheet: 'Sheet1', cell: 'D13', formula: '=D14+D15', inputs: ['D14', 'D15'] }],
    });
    const { user } = renderApp(host);
    await verifyNow(user);
    expect(screen.queryByRole('button', { name: 'Fix Sheet1!D13' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Fix Sheet1!D14' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Accept Sheet1!D13' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Go to Sheet1!D13' }));
    const note = within(rowOf('Go to Sheet1!D13')).getByTestId('formula-note');
    expect(note.textContent).toContain('This cell holds a formula (=D14+D15)');
    await user.click(within(note).getByRole('button', { name: 'Go to input D15' }));
    expect(host.callsOf('select').at(-1)).toEqual(['Sheet1', 'D15']);
  });
});

describe('Coverage in the pane', () => {
  const coverage = {
    figures: 12,
    checked: 10,
    unchecked: [
      { sheet: 'Sheet1', cell: 'H3', reason: 'no identity found' as const },
      { sheet: 'Sheet1', cell: 'K40', reason: 'no table found' as const },
    ],
  };

  it('counts the figures checked and not, and lists those not checked after the tables, walked like findings', async () => {
    const host = createFakeHost({ coverage });
    const { user } = renderApp(host);
    await verifyNow(user);
    expect(screen.getByTestId('coverage').textContent).toBe('10 figure(s) checked · 2 not checked');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.at(-1)).toMatch(/^Figures not checked/);
    // Not counted as findings, no Fix or Accept, and the reason is its message.
    expect(screen.getByTestId('count-error').textContent).toBe('3 errors');
    expect(screen.queryByRole('button', { name: 'Accept Sheet1!H3' })).toBeNull();
    expect(within(rowOf('Go to Sheet1!H3')).getByText('no identity found')).toBeTruthy();
    // The navigator walks on from the last finding into the figures not checked.
    await user.click(screen.getByRole('button', { name: 'Go to Sheet1!B20' }));
    await user.click(screen.getByRole('button', { name: 'Next finding' }));
    expect(host.callsOf('select').at(-1)).toEqual(['Sheet1', 'H3']);
    await user.click(screen.getByRole('button', { name: 'Next finding' }));
    expect(host.callsOf('select').at(-1)).toEqual(['Sheet1', 'K40']);
  });

  it('says it in Korean with the words of the coverage module', async () => {
    const host = createFakeHost({ coverage, language: 'ko' });
    const { user } = renderApp(host);
    await user.click(screen.getByRole('button', { name: '검산' }));
    expect((await screen.findByTestId('coverage')).textContent).toBe('검산한 숫자 10개 · 확인하지 못한 숫자 2개');
    expect(screen.getAllByRole('heading', { level: 3 }).at(-1)?.textContent).toMatch(/^확인하지 못한 숫자/);
  });
});

describe('Print', () => {
  it('is offered once there is a result, and prints the findings, coverage and acceptances on A4', async () => {
    const f = FINDINGS[2]!;
    const host = createFakeHost({
      coverage: { figures: 5, checked: 4, unchecked: [{ sheet: 'Sheet1', cell: 'H3', reason: 'no identity found' }] },
      acceptances: [{ sheet: f.sheet, cell: f.cell, rule: f.rule, actual: f.actual, note: 'ministry rounding', reviewer: 'Lee', at: '2024-04-01T09:00:00Z' }],
    });
    const { user } = renderApp(host);
    expect(screen.getByRole('button', { name: 'Print' }).hasAttribute('disabled')).toBe(true);
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    const frame = document.getElementById(PRINT_FRAME_ID) as HTMLIFrameElement;
    const html = frame.srcdoc;
    expect(html).toContain('size: A4');
    expect(html).toContain('Malgun Gothic');
    expect(html).toContain('Sheet1!D14');
    expect(html).toContain('1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원');
    expect(html).toContain('4 figure(s) checked · 1 not checked');
    expect(html).toMatch(/<td>Sheet1<\/td><td>H3<\/td><td>no identity found<\/td>/);
    expect(html).toMatch(/Sheet1!F5<\/td>.*<td>Lee<\/td><td>ministry rounding<\/td>/);
  });

  it('lists what was fixed from the pane as fixed, where the host keeps no record of its own (Excel)', async () => {
    const { host, user } = renderApp();
    expect(host.report).toBeUndefined();
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Fix Sheet1!D14' }));
    await waitFor(() => expect(host.callsOf('verify')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Go to Sheet1!D14' })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Print' }));
    const html = (document.getElementById(PRINT_FRAME_ID) as HTMLIFrameElement).srcdoc;
    expect(html).toContain('<table data-part="fixes">');
    expect(html).toMatch(/<table data-part="fixes">.*<td>Sheet1!D14<\/td>/);
    // Fixed, so no longer among the findings to review.
    expect(/<table data-part="findings">.*?<\/table>/s.exec(html)?.[0]).not.toContain('Sheet1!D14');
  });

  it('prints the host’s record where it keeps one (the page), so both Print buttons agree', async () => {
    const host = createFakeHost();
    const recorded = { source: 'book.xlsx', tables: [], findings: [], acceptances: [], fixes: [{ finding: FINDINGS[0]!, at: '2024-05-03T09:00:00Z' }] };
    host.report = () => recorded;
    const { user } = renderApp(host);
    await verifyNow(user);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    const html = (document.getElementById(PRINT_FRAME_ID) as HTMLIFrameElement).srcdoc;
    expect(html).toContain('File: book.xlsx');
    expect(html).toMatch(/<table data-part="fixes">.*<td>Sheet1!D14<\/td>.*2024-05-03/);
    // The host's record, not the pane's result (which lists D14 as open).
    expect(html).not.toContain('data-part="findings"');
  });
});
