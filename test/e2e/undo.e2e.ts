/**
 * Undo and Redo on the page: a Fix, an Accept and an Insert, each taken back
 * (buttons and Ctrl+Z) to exactly what the grid and the findings showed before
 * it, then done again (Ctrl+Y, Ctrl+Shift+Z, the button); the keys leave a text
 * field's own undo alone.
 */
import type { Locator } from 'playwright-core';
import { BudgetPage } from './support/app';
import { useE2E } from './support/session';

const e2e = useE2E();

/** What a user sees: every rendered cell's text, the highlights, the listed findings, the counts. */
async function seen(app: BudgetPage) {
  return {
    texts: await app.texts(),
    marks: await app.markedCells(),
    listed: await app.listedCells(),
    accepted: await app.count('accepted').textContent(),
  };
}

/** Enabled: not disabled, not aria-disabled (Fluent's disabledFocusable). */
const enabled = (button: Locator) =>
  button.evaluate((b) => !b.hasAttribute('disabled') && b.getAttribute('aria-disabled') !== 'true');

test('Fix, Accept and Insert undone one by one to what was there, and redone', async () => {
  // Tall enough to show rows 1-45 at once.
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, {
    sample: 'seoul-sns-2021-errors.xlsx',
    viewport: { width: 1400, height: 1200 },
  });
  const { page, t, p } = app;
  const undo = page.getByRole('button', { name: p.undo, exact: true });
  const redo = page.getByRole('button', { name: p.redo, exact: true });
  /** After Undo or Redo the host verifies again; the buttons come back when it is done. */
  const settled = async (expectUndo: boolean, expectRedo: boolean) => {
    await page.waitForFunction(
      (want) => {
        const on = (name: string) => {
          const b = [...document.querySelectorAll('header button')].find(
            (el) => el.textContent === name,
          );
          return b ? b.getAttribute('aria-disabled') !== 'true' && !b.hasAttribute('disabled') : false;
        };
        return want.every((w) => on(w.name) === w.on);
      },
      [
        { name: p.undo, on: expectUndo },
        { name: p.redo, on: expectRedo },
      ],
    );
    await app.idle();
  };

  await app.verify();
  expect(await enabled(undo)).toBe(false); // nothing to undo yet
  expect(await enabled(redo)).toBe(false);
  const start = await seen(app);
  expect(start.listed).toContain('D29');

  await app.fix('D29');
  await page.waitForFunction(() => !document.querySelector('[data-cell="D29"][data-mark]'));
  await settled(true, false);
  const fixed = await seen(app);
  expect(fixed.texts.D29).toBe('60,000천원');

  await app.accept('E24');
  await settled(true, false);
  const accepted = await seen(app);

  await app.cell('B29').click();
  await app.openInsert();
  await app.fillExampleLine();
  // Ctrl+Z in a field is the field's own (the browser's text undo): the Accept stays.
  await page.getByLabel(t.itemLabel).press('Control+z');
  await page.getByLabel(t.unitPrice).press('Control+Shift+z');
  await app.idle();
  expect(await seen(app)).toEqual(accepted);
  expect(await enabled(undo)).toBe(true);
  expect(await enabled(redo)).toBe(false);
  await page.getByLabel(t.itemLabel).fill('홍보영상 제작');
  await page.getByLabel(t.unitPrice).fill('500000');
  await page.getByRole('button', { name: t.insert, exact: true }).click();
  await page.getByText(t.inserted(30)).waitFor();
  // The pane verifies on its tab's button; here it is asked, as an officer would.
  await page.getByRole('tab', { name: t.findingsTab }).click();
  await app.verify();
  const inserted = await seen(app);
  expect(inserted.texts.B30).toBe('- 홍보영상 제작 500,000원*4편');

  // Undo, newest first: the button, then the keys (the grid has the focus).
  await undo.click();
  await settled(true, true);
  expect(await seen(app)).toEqual(accepted);
  await app.cell('A1').click();
  await page.keyboard.press('Control+z');
  await settled(true, true);
  expect(await seen(app)).toEqual(fixed);
  await page.keyboard.press('Control+z');
  await settled(false, true);
  expect(await seen(app)).toEqual(start);

  // Redo, oldest first.
  await page.keyboard.press('Control+y');
  await settled(true, true);
  expect(await seen(app)).toEqual(fixed);
  await page.keyboard.press('Control+Shift+z');
  await settled(true, true);
  expect(await seen(app)).toEqual(accepted);
  await redo.click();
  await settled(true, false);
  expect(await seen(app)).toEqual(inserted);
  await page.close();
});
