/**
 * The pane's Insert form on the page, as an officer fills it (issue 14, point 8):
 * no error before anything is typed, a clear one for an invalid entry; the
 * preview reads as the line will (never its TEXT(…) formula); and what the form
 * says (inputs kept hidden in E30:H30, the figures that change) is what the page
 * shows after Insert. That the next Verify is clean after such an insert is
 * shown in officer.e2e.ts ('a line inserted under ○ 시 대표 SNS 운영 …').
 */
import type { Locator } from 'playwright-core';
import { describeRefusal } from '../../src/engine/templates';
import { BudgetPage } from './support/app';
import { useE2E } from './support/session';

const e2e = useE2E();

// Wide and tall enough to draw the helper columns and every row the insert changes (down to 73).
const VIEWPORT = { width: 1800, height: 2200 };
const LINE = '- 홍보영상 제작 500,000원*4편';
// Fluent's MessageBar (errors, warnings, notices) by its stable class name.
const MESSAGE_BAR = '.fui-MessageBar';

/** Opens the Insert tab on B29 (a - line under ○ 시 대표 SNS 운영) with the basis line chosen at level 2. */
async function insertForm(app: BudgetPage): Promise<Locator> {
  const { page, t } = app;
  await app.cell('B29').click();
  await app.openInsert();
  const form = page.getByRole('region', { name: t.insertTitle });
  await form.getByRole('radio', { name: t.templates['basis-item'] }).check();
  await form.getByRole('radio', { name: t.levels['2'] }).check();
  return form;
}

test('no error before anything is typed; a clear one for an invalid entry; the preview reads as the line', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { viewport: VIEWPORT });
  const { t } = app;
  const form = await insertForm(app);
  const insert = form.getByRole('button', { name: t.insert, exact: true });
  const preview = form.getByRole('region', { name: t.preview });
  expect(await form.locator(MESSAGE_BAR).count()).toBe(0);
  expect(await preview.count()).toBe(0);
  expect(await insert.isDisabled()).toBe(true);

  // A unit price in words: the form names the field and what it needs, and Insert waits.
  await app.fillExampleLine('오십만', form);
  const badPrice = describeRefusal({ reason: 'bad-input', field: 'unitPrice' }, 'ko');
  expect(badPrice).toBe('입력값을 확인하세요: 단가(0보다 큰 수).');
  await form.locator(MESSAGE_BAR).filter({ hasText: badPrice }).waitFor();
  expect(await insert.isDisabled()).toBe(true);

  await form.getByLabel(t.unitPrice).fill('500,000');
  await preview.waitFor();
  expect(await form.getByText(badPrice).count()).toBe(0);
  expect(await form.locator(MESSAGE_BAR).count()).toBe(0);
  expect(await insert.isEnabled()).toBe(true);
  // The line as the officer will read it on the sheet, and its amount in 천원.
  expect(await preview.getByTestId('preview-text').textContent()).toBe(LINE);
  expect(await preview.getByTestId('preview-amount').textContent()).toBe(`${t.previewAmount}: 2,000`);
  // Only the amount's formula is listed; the text formula (="- "&E30&" "&TEXT(F30,…)) is never shown.
  const formulas = await preview.getByRole('list', { name: t.previewFormulas }).getByRole('listitem').allTextContents();
  expect(formulas).toEqual(['D30 =ROUNDDOWN(F30*G30/1000,0)']);
  const shown = (await preview.textContent()) ?? '';
  expect(shown).not.toContain('TEXT(');
  expect(shown).not.toContain('="');
  await app.page.close();
});

test('what the form says about the inputs and the figures that change is what the page shows after Insert', async () => {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { viewport: VIEWPORT });
  const { page, t } = app;
  const form = await insertForm(app);
  await app.fillExampleLine('500000', form);
  const preview = form.getByRole('region', { name: t.preview });
  await preview.getByText(t.previewHelpers('E30:H30'), { exact: true }).waitFor();
  // Each change reads `cell before → after`, the after in bold.
  const changes = await preview.getByTestId('preview-changes').getByRole('listitem').evaluateAll((items) =>
    items.map((li) => [li.textContent?.split(' ')[0] ?? '', li.querySelector('strong')?.textContent ?? '']),
  );
  expect(changes).toContainEqual(['D28', '282,000천원']);
  expect(changes).toContainEqual(['B8', '429,660천원']);

  await form.getByRole('button', { name: t.insert, exact: true }).click();
  await page.getByText(t.inserted(30)).waitFor();
  const texts = await app.texts();
  expect(texts.B30).toBe(LINE);
  expect(texts.D30).toBe('2,000천원');
  // Every figure the form said would change shows its new value on the page.
  expect(Object.fromEntries(changes.map(([cell]) => [cell, texts[cell!]]))).toEqual(Object.fromEntries(changes));
  // The inputs are there (the formula bar shows what is stored) but the page shows nothing, as Excel does under ;;;.
  const inputs = { E30: '홍보영상 제작', F30: '500000', G30: '4', H30: '편' };
  for (const [cell, stored] of Object.entries(inputs)) {
    expect([cell, texts[cell]]).toEqual([cell, '']);
    await app.cell(cell).click();
    await page.getByTestId('name-box').filter({ hasText: cell }).waitFor();
    expect(await page.getByTestId('formula-bar').textContent()).toBe(stored);
  }
  await page.close();
});
