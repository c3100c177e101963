import { screen, waitFor, within } from '@testing-library/react';
import { toSnapshot, withCell } from '../../../../scripts/sheet-text';
import { insertTargetFor } from '../../../../src/engine/templates';
import { HostError } from '../../../../src/host/port';
import { sampleSheets } from '../../../support/samples';
import { createFakeHost } from '../../fakeHost';
import { renderApp, verifyNow } from '../../renderApp';

const SHEET = '사업설명서';
const seed = sampleSheets('seoul-sns-2021');
const targetAt = (cell: string, sheets = seed) => insertTargetFor(toSnapshot(sheets), SHEET, cell);

async function open(user: ReturnType<typeof renderApp>['user'], name = 'Insert standard rows') {
  // Insert is the pane's second tab: opening it reads the selection.
  await user.click(screen.getByRole('tab', { name }));
}

describe('the Insert section', () => {
  it('is not there when the host cannot insert', async () => {
    const { user } = renderApp(createFakeHost());
    await verifyNow(user);
    expect(screen.queryByRole('tab', { name: 'Insert standard rows' })).toBeNull();
  });

  it('reads the selection when opened and offers only the templates that fit', async () => {
    const host = createFakeHost({ insert: targetAt('B28', ['D28', 'D29', 'D30', 'D31'].reduce((s, c, i) => withCell(s, c, `n:${[280000, 60000, 90000, 130000][i]}`), seed)) });
    const { user } = renderApp(host);
    await open(user);
    const choices = await screen.findByRole('radiogroup', { name: 'Row to insert' });
    expect(host.callsOf('insertTarget')).toHaveLength(1);
    const names = within(choices).getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent);
    expect(names).toEqual(['Basis line', 'Subtotal (SUM)']);
    expect(screen.getByText('Calculation basis (A27:D40) · selected cell B28')).toBeTruthy();
  });

  it('says so when the sheet could not be read, instead of "not in a table"', async () => {
    const host = createFakeHost({ insert: { sheet: SHEET, cell: 'B29', table: null, templates: [], refusal: { reason: 'unreadable-sheet' } } });
    const { user } = renderApp(host);
    await open(user);
    expect(await screen.findByText(/An internal error of the verifier kept it from reading this sheet's tables/)).toBeTruthy();
    expect(screen.queryByText(/not in a budget table/i)).toBeNull();
  });

  it('previews the line and its formulas as the inputs are typed, then inserts', async () => {
    const host = createFakeHost({ insert: targetAt('B29') });
    const { user } = renderApp(host);
    await open(user);
    await screen.findByRole('radiogroup', { name: 'Row to insert' });
    const insert = screen.getByRole('button', { name: 'Insert' });
    expect(insert.hasAttribute('disabled')).toBe(true);
    // Nothing typed yet: no error, no preview (issue 14).
    expect(screen.queryByText('Check the input: label.')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Preview' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Label' }), '홍보영상 제작');
    expect(screen.getByText('Check the input: unit price (a number above zero).')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Unit price (원)' }), '500,000');
    await user.type(screen.getByRole('textbox', { name: 'Count 1' }), '4');
    await user.type(screen.getByRole('textbox', { name: 'Counter 1' }), '편');
    expect(screen.getByTestId('preview-text').textContent).toBe('- 홍보영상 제작 500,000원*4편');
    expect(screen.getByTestId('preview-amount').textContent).toBe('Amount: 2,000');
    // The parent's figure and the totals above it move with the line, before anything is inserted.
    expect(within(screen.getByTestId('preview-changes')).getAllByRole('listitem').map((li) => li.textContent)).toContain('D28 280,000천원 → 282,000천원');
    // The line's text shows as it will read, not as its TEXT(…) formula.
    const formulas = within(screen.getByRole('list', { name: 'Formulas written' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(formulas).toEqual(['D30 =ROUNDDOWN(F30*G30/1000,0)']);
    expect(screen.getByText('Inserts a new row at row 30.')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Half up (ROUND)' }));
    expect(screen.getByText('D30 =ROUND(F30*G30/1000,0)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Insert' }));
    await screen.findByText('Inserted at row 30. Press Verify to check.');
    expect(host.callsOf('insert')).toEqual([
      [{ template: 'basis-item', sheet: SHEET, cell: 'B29', label: '홍보영상 제작', level: 2, rounding: 'half-up', unitPrice: 500000, counts: [{ value: 4, counter: '편' }] }],
    ]);
    expect(host.callsOf('insertTarget')).toHaveLength(2); // read again for the next row
  });

  it('disables Insert and Verify while a row is being inserted', async () => {
    const host = createFakeHost({ insert: targetAt('A88') });
    host.holdInsert = true;
    const { user } = renderApp(host);
    await open(user);
    await screen.findByRole('radiogroup', { name: 'Row to insert' });
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2020');
    await user.type(screen.getByRole('textbox', { name: 'Spent' }), '△1,500');
    await user.click(screen.getByRole('button', { name: 'Insert' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Insert' }).hasAttribute('disabled')).toBe(true));
    expect(screen.getByRole('button', { name: 'Verify' }).hasAttribute('disabled')).toBe(true);
    host.release();
    await screen.findByText('Inserted at row 89. Press Verify to check.');
    expect(host.callsOf('insert')[0]?.[0]).toMatchObject({ template: 'settlement-row', label: '2020', figures: { spent: -1500 } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Verify' }).hasAttribute('disabled')).toBe(false));
  });

  it('shows a HostError from Insert the way every action does', async () => {
    const host = createFakeHost({ insert: targetAt('A88') });
    host.failNext('insert', new HostError('protected', "Sheet '사업설명서' is protected, so nothing was changed."));
    const { user } = renderApp(host);
    await open(user);
    await user.type(await screen.findByRole('textbox', { name: 'Year' }), '2020');
    await user.click(screen.getByRole('button', { name: 'Insert' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The sheet is protected')).toBeTruthy();
    expect(within(alert).getByText("Sheet '사업설명서' is protected, so nothing was changed.")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert' }).hasAttribute('disabled')).toBe(false);
  });

  it('says when the selection is not in a table, and in Korean', async () => {
    const host = createFakeHost({ insert: targetAt('A1'), language: 'ko' });
    const { user } = renderApp(host);
    await open(user, '표준 행 넣기');
    expect(await screen.findByText('선택한 셀이 예산 표 안에 있지 않습니다. 표 안의 셀을 선택한 뒤 다시 읽으세요.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '넣기' })).toBeNull();
    host.target = targetAt('C71');
    await user.click(screen.getByRole('button', { name: '선택한 셀 읽기' }));
    expect(await screen.findByRole('radio', { name: '계 (SUM)' })).toBeTruthy();
    expect(screen.getByText('69행의 금액을 수식으로 바꿉니다. 보이는 금액은 그대로입니다.')).toBeTruthy();
  });
});
