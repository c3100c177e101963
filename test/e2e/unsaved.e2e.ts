/**
 * Work is never lost silently: after a Fix, opening the sample or another file
 * asks first (the page's own dialog, in its language), and closing the tab
 * warns, until the changes are saved.
 */
import type { Page } from 'playwright-core';
import { BudgetPage } from './support/app';
import { SEED } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

const openErrors = (lang: 'ko' | 'en' = 'ko') =>
  BudgetPage.open(e2e.browser, e2e.server.url, { sample: 'seoul-sns-2021-errors.xlsx', lang });

/** Whether leaving the page now would make the browser ask (a beforeunload listener cancels it). */
const leavingAsks = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test('after a Fix, opening the sample asks first; Cancel keeps the fix, confirming opens it', async () => {
  const app = await openErrors();
  await app.verify();
  expect(await leavingAsks(app.page)).toBe(false); // verifying alone changes nothing
  await app.fix('D29');
  await app.page.waitForFunction(() => !document.querySelector('[data-cell="D29"][data-mark]'));
  expect(await app.cell('D29').textContent()).toBe('60,000천원');
  expect(await leavingAsks(app.page)).toBe(true);

  const sample = app.page.getByRole('button', { name: app.p.openSample, exact: true });
  await sample.click();
  const dialog = app.page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await dialog.getByText(app.p.discardTitle, { exact: true }).count()).toBe(1);
  expect(await dialog.textContent()).toContain('seoul-sns-2021-errors.xlsx');
  // The safe choice has the focus: Enter keeps the work.
  const cancel = dialog.getByRole('button', { name: app.p.cancel, exact: true });
  await expect(cancel.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  await cancel.click();
  await dialog.waitFor({ state: 'detached' });
  expect(await app.page.getByTestId('file-name').textContent()).toBe(
    'seoul-sns-2021-errors.xlsx',
  );
  expect(await app.cell('D29').textContent()).toBe('60,000천원');

  // A file picked or dropped asks the same way; Escape is Cancel.
  await app.openFile(SEED);
  await dialog.waitFor();
  await app.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await app.page.getByTestId('file-name').textContent()).toBe(
    'seoul-sns-2021-errors.xlsx',
  );

  await sample.click();
  await dialog.getByRole('button', { name: app.p.discardConfirm, exact: true }).click();
  await app.page.getByTestId('file-name').filter({ hasText: /^seoul-sns-2021\.xlsx$/ }).waitFor();
  expect(await leavingAsks(app.page)).toBe(false);
  await app.page.close();
});

test('after Save nothing is asked; an Accept is a change too, asked in English on an English page', async () => {
  const app = await openErrors('en');
  await app.verify();
  await app.accept('E24');
  expect(await leavingAsks(app.page)).toBe(true);
  await app.save(e2e.files.dir);
  expect(await leavingAsks(app.page)).toBe(false);
  await app.openFile(SEED);
  await app.page.getByTestId('file-name').filter({ hasText: /^seoul-sns-2021\.xlsx$/ }).waitFor();
  expect(await app.page.getByRole('alertdialog').count()).toBe(0);

  const again = await openErrors('en');
  await again.verify();
  await again.accept('E24');
  await again.page.getByRole('button', { name: again.p.openSample, exact: true }).click();
  const dialog = again.page.getByRole('alertdialog');
  await dialog.getByText(again.p.discardTitle, { exact: true }).waitFor();
  expect(again.p.discardTitle).toBe('Changes not saved');
  await dialog.getByRole('button', { name: again.p.cancel, exact: true }).click();
  await again.page.close();
  await app.page.close();
});
