/** Standard rows from the pane's Insert section, carried out by the browser host as Excel inserts rows. */
import { BudgetPage } from './support/app';
import { useE2E } from './support/session';

const e2e = useE2E();

test('a basis line inserted under the selected one: cells below move down, the new line computes', async () => {
  // Tall enough to show rows 1-45 at once.
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, {
    viewport: { width: 1400, height: 1200 },
  });
  const { page, t } = app;
  expect(await app.cell('B31').textContent()).toBe('- SNS 콘텐츠 제작 및 배포 2,000,000원*65건');
  await app.cell('B29').click();
  await app.openInsert();
  await app.fillExampleLine();
  await page.getByRole('button', { name: t.insert, exact: true }).click();
  await page.getByText(t.inserted(30)).waitFor();

  expect(await app.cell('B30').textContent()).toBe('- 홍보영상 제작 500,000원*4편');
  expect(await app.cell('D30').textContent()).toBe('2,000천원');
  expect(await app.cell('B32').textContent()).toBe('- SNS 콘텐츠 제작 및 배포 2,000,000원*65건');
  expect(await app.cell('D41').textContent()).toBe('2,700천원');
  await app.cell('D30').click();
  expect(await page.getByTestId('formula-bar').textContent()).toMatch(/^=ROUNDDOWN\(/);
  // The merged 과목구분 cell A28:A39 grew to A28:A40, as Excel grows it.
  const merged = await app.cell('A28').boundingBox();
  const row40 = await page.locator('[role="row"][aria-rowindex="40"]').first().boundingBox();
  expect(merged && row40 && Math.round(merged.y + merged.height)).toBe(
    row40 && Math.round(row40.y + row40.height),
  );
  await page.close();
});
