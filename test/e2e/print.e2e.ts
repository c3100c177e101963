/**
 * Print (issue 14): the page's toolbar and the pane print the same A4 report
 * (engine/report/printReport) through a hidden frame: the findings with their
 * computation, the coverage counts, the acceptances with reason and name, and
 * the findings fixed in this session (as Undo and Redo leave them).
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
  const withoutTime = (s: string) => s.replace(/작성: [^·]*·/, '');
  expect(withoutTime(fromPage)).toBe(withoutTime(fromPane));
  expect(fromPane).toContain('파일: seoul-sns-2021-errors.xlsx');
  for (const cell of ['E24', 'D29', 'D32', 'H88']) expect(fromPane).toContain(`${SHEET}!${cell}`);
  await app.page.close();
});

test('after a Fix both Print buttons list it as fixed; Undo takes it off the report and Redo puts it back', async () => {
  const app = await openErrors();
  const { page, p, t } = app;
  const toolbarPrint = page.getByTestId('page-toolbar').getByRole('button', { name: p.print, exact: true });
  const panePrint = app.pane().getByRole('button', { name: t.print, exact: true });
  const withoutTime = (s: string) => s.replace(/작성: [^·]*·/, '');
  let prints = 0;
  /** Prints from the toolbar and from the pane; they must agree. */
  const report = async () => {
    await toolbarPrint.click();
    const fromPage = await text(await printed(app, ++prints));
    await panePrint.click();
    const fromPane = await text(await printed(app, ++prints));
    expect(withoutTime(fromPane)).toBe(withoutTime(fromPage));
    return fromPage;
  };
  const fixedPart = async () => (await page.locator(`#${PRINT_FRAME_ID}`).contentFrame().locator('table[data-part="fixes"]').count()) > 0;
  const findingsPart = async () => (await page.locator(`#${PRINT_FRAME_ID}`).contentFrame().locator('table[data-part="findings"]').innerText()).replace(/\s+/g, ' ');

  await app.verify();
  await app.fix('D29');
  await page.waitForFunction(() => !document.querySelector('[data-cell="D29"][data-mark]'));
  await app.idle();
  const afterFix = await report();
  expect(afterFix).toContain('오류 3건 · 경고 0건 · 수락됨 0건 · 수정됨 1건');
  expect(afterFix).toMatch(/수정됨 항목 셀 규칙 기재값 기대값 내용 수정 일시 사업설명서!D29 산출식 61,000천원 60,000천원 산출식 계산 결과는 60,000천원이고, 적힌 금액은 61,000천원입니다\. \d{4}-\d{2}-\d{2}/);
  expect(await fixedPart()).toBe(true);
  expect(await findingsPart()).not.toContain(`${SHEET}!D29`);

  const toolbarButton = (name: string) => page.getByTestId('page-toolbar').getByRole('button', { name, exact: true });
  /** Undo and Redo are disabled until the host has verified again after them. */
  const verifiedAgain = (name: string) => page.waitForFunction((label) => {
    const button = [...document.querySelectorAll('[data-testid="page-toolbar"] button')].find((b) => b.textContent === label);
    return button !== undefined && button.getAttribute('aria-disabled') !== 'true';
  }, name);
  await toolbarButton(p.undo).click();
  await verifiedAgain(p.redo);
  await page.locator('[data-cell="D29"][data-mark]').waitFor();
  const afterUndo = await report();
  expect(afterUndo).toContain('오류 4건 · 경고 0건 · 수락됨 0건');
  expect(afterUndo).not.toContain('수정됨');
  expect(await fixedPart()).toBe(false);
  expect(await findingsPart()).toContain(`${SHEET}!D29`);

  await toolbarButton(p.redo).click();
  await verifiedAgain(p.undo);
  await page.waitForFunction(() => !document.querySelector('[data-cell="D29"][data-mark]'));
  expect(withoutTime(await report())).toBe(withoutTime(afterFix));
  await page.close();
});
