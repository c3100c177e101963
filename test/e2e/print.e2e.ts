/**
 * Print (issue 14): the page's toolbar and the pane print the same A4 report
 * (engine/report/printReport) through a hidden frame: the findings with their
 * computation, the coverage counts and the acceptances with reason and name.
 * window.print is replaced in every frame so the browser's dialog never opens;
 * the test counts the calls and reads the printed document.
 */
import type { Frame } from 'playwright-core';
import { PRINT_FRAME_ID } from '../../src/taskpane/print/printFrame';
import { BudgetPage } from './support/app';
import { SHEET } from './support/fixtures';
import { useE2E } from './support/session';

const e2e = useE2E();

async function openErrors(): Promise<BudgetPage> {
  const app = await BudgetPage.open(e2e.browser, e2e.server.url, { sample: 'seoul-sns-2021-errors.xlsx' });
  await app.page.addInitScript(() => {
    // Runs in the print frame too: the print is counted on the top window.
    window.print = () => {
      const top = window.top as (Window & { printed?: number }) | null;
      if (top) top.printed = (top.printed ?? 0) + 1;
    };
  });
  await app.page.reload();
  await app.page.waitForSelector('body[data-ready="true"]');
  return app;
}

/** The print frame's document once it has loaded and printed. */
async function printed(app: BudgetPage, times: number): Promise<Frame> {
  await app.page.waitForFunction((n) => (window as Window & { printed?: number }).printed === n, times);
  const frame = await (await app.page.waitForSelector(`#${PRINT_FRAME_ID}`, { state: 'attached' })).contentFrame();
  if (!frame) throw new Error('no print frame');
  return frame;
}

const text = async (frame: Frame) => (await frame.locator('body').innerText()).replace(/\s+/g, ' ');

test('the page toolbar prints the findings, the coverage counts and the acceptances on A4', async () => {
  const app = await openErrors();
  const toolbarPrint = app.page.getByTestId('page-toolbar').getByRole('button', { name: app.p.print, exact: true });
  expect(await toolbarPrint.isDisabled()).toBe(true); // nothing to print before a Verify
  await app.verify();
  await app.accept('E24', '지침에 따른 반올림 <확인>', '김검토');
  await toolbarPrint.click();
  const frame = await printed(app, 1);
  const body = await text(frame);
  for (const cell of ['E24', 'D29', 'D32', 'H88']) expect(body).toContain(`${SHEET}!${cell}`);
  expect(body).toContain('검산한 숫자 62개 · 확인하지 못한 숫자 0개');
  expect(body).toContain('오류 3건 · 경고 0건 · 수락됨 1건');
  expect(body).toContain('계산 과정: 1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원');
  expect(body).toContain('파일: seoul-sns-2021-errors.xlsx');
  expect(body).toMatch(/사업설명서!E24 증감률 \d{4}-\d{2}-\d{2} 김검토 지침에 따른 반올림 <확인>/);
  // The reason is text in the printed page, never markup.
  expect(await frame.locator('td >> text=<확인>').count()).toBe(1);
  expect(await frame.locator('body *').evaluateAll((els) => els.some((e) => e.tagName === '확인>'))).toBe(false);
  // A4 and the Korean fonts, and a finding never cut across pages, as the browser prints it.
  await app.page.emulateMedia({ media: 'print' });
  const css = await frame.evaluate(() => {
    const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
    const page = rules.find((r) => r instanceof CSSPageRule) as CSSPageRule | undefined;
    const row = document.querySelector('table[data-part="findings"] tbody tr') as HTMLElement;
    return { size: page?.style.getPropertyValue('size') ?? '', font: getComputedStyle(document.body).fontFamily, breakInside: getComputedStyle(row).breakInside };
  });
  expect(css.size.toLowerCase()).toBe('a4');
  expect(css.font).toMatch(/^"Malgun Gothic", "?맑은 고딕"?, "Apple SD Gothic Neo", "Noto Sans CJK KR"/);
  expect(css.breakInside).toBe('avoid');
  await app.page.close();
});

test("the pane's Print gives the same report", async () => {
  const app = await openErrors();
  await app.verify();
  await app.pane().getByRole('button', { name: app.t.print, exact: true }).click();
  const fromPane = await text(await printed(app, 1));
  await app.page.getByTestId('page-toolbar').getByRole('button', { name: app.p.print, exact: true }).click();
  const fromPage = await text(await printed(app, 2));
  const withoutTime = (s: string) => s.replace(/작성: [^·]*·/, '').replace(/파일: \S+ /, '');
  expect(withoutTime(fromPage)).toBe(withoutTime(fromPane));
  for (const cell of ['E24', 'D29', 'D32', 'H88']) expect(fromPane).toContain(`${SHEET}!${cell}`);
  await app.page.close();
});
