/**
 * Issue 14's points shown in the browser that no other e2e file shows: Fix is not
 * offered on a formula cell (the pane says why and goes to the inputs), the root
 * cause is listed before what it carried into, a line inserted under ○ 시 대표 SNS
 * 운영 keeps the sums (the next Verify is clean), an acceptance's reason and name
 * reach the next reviewer through a saved copy, Korean wraps by words, and a
 * cross-table finding names the other table and its cell.
 */
import { BudgetPage } from './support/app';
import { KIND_WORDS } from '../../src/engine/tables/kindWords';
import { SHEET, withFormulaSubtotal, withWrongProjectCost } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

test('no Fix on a formula cell: the pane says why and goes to the input that drives it', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: '' });
  await app.openFile(await withFormulaSubtotal(e2e.files.dir));
  await app.page.getByTestId('file-name').filter({ hasText: 'formula.xlsx' }).waitFor();
  await app.verify();
  const listed = await app.listedCells();
  expect([...listed].sort()).toEqual(['D28', 'D29', 'D32', 'E24', 'H88']);
  // The root cause (D29's product) is listed before the subtotal it carried into (D28).
  expect(listed.indexOf('D29')).toBeLessThan(listed.indexOf('D28'));
  const fixButton = (cell: string) => app.pane().getByRole('button', { name: app.t.fixCell(`${SHEET}!${cell}`), exact: true });
  expect(await fixButton('D28').count()).toBe(0);
  expect(await fixButton('D29').count()).toBe(1);
  await app.goTo('D28');
  const note = app.findingRow('D28').getByTestId('formula-note');
  expect(await note.textContent()).toContain(app.t.formulaNote('=SUM(D29:D31)'));
  await note.getByRole('button', { name: app.t.goToInput('D29'), exact: true }).click();
  await app.page.getByTestId('name-box').filter({ hasText: 'D29' }).waitFor();
  expect(await app.cell('D29').getAttribute('aria-selected')).toBe('true');
  await app.page.close();
});

test('a line inserted under ○ 시 대표 SNS 운영 updates its amount and the totals above: Verify is clean', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { viewport: { width: 1400, height: 1200 } });
  const { page, t } = app;
  expect(await app.cell('D28').textContent()).toBe('280,000천원');
  await app.cell('B29').click();
  await app.openInsert();
  await app.fillExampleLine();
  await page.getByRole('button', { name: t.insert, exact: true }).click();
  await page.getByText(t.inserted(30)).waitFor();
  // The parent took the new line's 2,000천원.
  expect(await app.cell('D28').textContent()).toBe('282,000천원');
  await page.getByRole('tab', { name: t.findingsTab }).click();
  await app.verify();
  expect(await app.count('error').textContent()).toBe(t.severityCount('error', 0));
  expect(await app.count('warning').textContent()).toBe(t.severityCount('warning', 0));
  expect(await app.markedCells()).toEqual({});
  await page.close();
});

test('an acceptance with its reason and name reaches the next reviewer through the saved copy', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: 'seoul-sns-2021-errors.xlsx' });
  await app.verify();
  await app.accept('E24', '지침에 따른 반올림', '김검토');
  const saved = await app.save(e2e.files.dir);
  await app.openFile(saved.path);
  await app.page.getByTestId('file-name').filter({ hasText: saved.name }).waitFor();
  await app.verify();
  await app.goTo('E24');
  const detail = app.findingRow('E24').getByTestId('acceptance-detail');
  const text = await detail.textContent();
  expect(text).toContain('김검토');
  expect(text).toContain(`${app.t.reason}: 지침에 따른 반올림`);
  // Korean wraps between words, never inside one (issue 14), in the pane and its messages.
  expect(await app.pane().evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
  await app.page.close();
});

test('a cross-table finding names the other table and its cell, in Korean and in English', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: '' });
  await app.openFile(await withWrongProjectCost(e2e.files.dir));
  await app.page.getByTestId('file-name').filter({ hasText: 'cost.xlsx' }).waitFor();
  await app.verify();
  expect(await app.listedCells()).toEqual(['B8']);
  await app.goTo('B8');
  const row = app.findingRow('B8');
  expect(await row.getByText(app.t.rules['cross-total'], { exact: true }).count()).toBe(1);
  // The message says where the figure it must agree with is, and the computation shows it.
  const other = `${KIND_WORDS.summary.ko} C22`;
  await row.getByText(`${other}의 금액과 맞으려면 427,660천원이어야 합니다. 적힌 금액은 427,000천원입니다.`).waitFor();
  await row.getByText(`427,660 = 427,660 (${other})`).waitFor();
  await app.switchLanguage('en');
  await app.verify(); // findings are worded when verified
  await app.findingRow('B8').getByText(`To agree with ${KIND_WORDS.summary.en} C22`, { exact: false }).waitFor();
  await app.page.close();
});
