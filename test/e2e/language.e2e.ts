/** Korean and English: the pane, its findings and the page around it follow the language switch. */
import { BudgetPage } from './support/app';
import { useE2E } from './support/session';

const e2e = useE2E('en-US');

test('switching to English changes the pane, the findings and the page', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, {
    sample: 'seoul-sns-2021-errors.xlsx',
  });
  await app.verify();
  expect(await app.findingRow('D29').textContent()).toContain('산출식 계산 결과는 60,000천원');
  await app.switchLanguage('en');
  expect(await app.page.getByRole('button', { name: app.p.open }).count()).toBe(1);
  expect(await app.page.getByRole('button', { name: app.t.verify, exact: true }).count()).toBe(1);
  await app.verify();
  expect(await app.findingRow('D29').textContent()).toContain('The calculation gives 60,000 천원');
  expect(await app.cell('D29').getAttribute('title')).toMatch(/^\[Budget Verify\] Error · Calculation/);
  await app.goTo('D29');
  await app.screenshot('english');
  expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
  await app.page.close();
});

test('the browser’s language picks the first language; Korean when asked', async () => {
  const english = await BudgetPage.open(e2e.browser, e2e.server.url, { lang: 'en' });
  expect(await english.pane().getAttribute('lang')).toBe('en');
  await english.page.close();
  const korean = await BudgetPage.open(e2e.browser, e2e.server.url, { lang: 'ko' });
  expect(await korean.pane().getAttribute('lang')).toBe('ko');
  expect(await korean.page.getByRole('button', { name: korean.p.open }).count()).toBe(1);
  await korean.page.close();
});
