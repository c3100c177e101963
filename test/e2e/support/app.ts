/**
 * The page as a user works it, for the end-to-end tests: the pane's buttons by
 * their accessible names (taken from the pane's own string table, so a
 * rewording does not break the tests), the grid's cells, open and save.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Language } from '../../../src/engine/options';
import { STRINGS, type Strings } from '../../../src/taskpane/strings';
import { pageStrings, type PageStrings } from '../../../src/web/view/strings';
import type { Browser } from './browser';
import { SHEET } from './fixtures';

/** Where screenshots go: docs/images with `npm run screenshots`, else a folder under dist. */
export const SCREENSHOTS =
  process.env.SCREENSHOTS_DIR ?? join(__dirname, '../../../dist/e2e-screenshots');

export class BudgetPage {
  private constructor(
    readonly page: Page,
    private language: Language,
  ) {}

  static async open(
    browser: Browser,
    baseUrl: string,
    options: {
      lang?: Language;
      sample?: string;
      viewport?: { width: number; height: number };
      /** More query parameters (`engine: 'thread'` runs the engine without its worker). */
      query?: Record<string, string>;
    } = {},
  ): Promise<BudgetPage> {
    const page = await browser.newPage(options.viewport);
    const query = new URLSearchParams();
    query.set('lang', options.lang ?? 'ko');
    if (options.sample !== undefined) query.set('sample', options.sample);
    for (const [name, value] of Object.entries(options.query ?? {})) query.set(name, value);
    await page.goto(`${baseUrl}?${query.toString()}`);
    await page.waitForSelector('body[data-ready="true"]');
    return new BudgetPage(page, options.lang ?? 'ko');
  }

  /** The pane's words in the current language. */
  get t(): Strings {
    return STRINGS[this.language];
  }

  /** The page's words in the current language. */
  get p(): PageStrings {
    return pageStrings(this.language);
  }

  async switchLanguage(language: Language): Promise<void> {
    await this.page.getByRole('combobox', { name: this.t.language }).selectOption(language);
    this.language = language;
    await this.page.locator(`main[lang="${language}"]`).waitFor();
  }

  pane(): Locator {
    return this.page.locator('main[lang]');
  }

  /** Presses Verify and waits until the counts show and the pane is idle. */
  async verify(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.verify, exact: true }).click();
    await this.idle();
    await this.page.getByTestId('count-error').waitFor();
  }

  async idle(): Promise<void> {
    await this.page.waitForSelector('main[aria-busy="false"]');
  }

  /** The cells listed in the findings list, in the pane's order. */
  async listedCells(): Promise<string[]> {
    const refs = await this.page
      .locator('[role="listitem"] button[aria-describedby]')
      .allTextContents();
    return refs.map((r) => r.replace(/^.*!/, ''));
  }

  findingRow(cell: string): Locator {
    return this.page.getByRole('listitem').filter({
      has: this.page.getByRole('button', {
        name: this.t.goToCell(`${SHEET}!${cell}`),
        exact: true,
      }),
    });
  }

  async goTo(cell: string): Promise<void> {
    await this.page
      .getByRole('button', { name: this.t.goToCell(`${SHEET}!${cell}`), exact: true })
      .click();
  }

  async fix(cell: string): Promise<void> {
    await this.page
      .getByRole('button', { name: this.t.fixCell(`${SHEET}!${cell}`), exact: true })
      .click();
    await this.idle();
  }

  /** Accept through its dialog: a reason, and a name unless the pane remembers one. */
  async accept(cell: string, reason = '천원 미만 절사는 지침에 따른 것', reviewer = '김검토'): Promise<void> {
    await this.page
      .getByRole('button', { name: this.t.acceptCell(`${SHEET}!${cell}`), exact: true })
      .click();
    const dialog = this.page.getByRole('dialog');
    // Exact names: the reason's label mentions the next 검토자 too.
    await dialog.getByRole('textbox', { name: this.t.acceptReason, exact: true }).fill(reason);
    await dialog.getByRole('textbox', { name: this.t.reviewer, exact: true }).fill(reviewer);
    await dialog.getByRole('button', { name: this.t.acceptConfirm, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // The host records it after the dialog has closed: wait for the row to say so.
    await this.findingRow(cell).getByText(this.t.accepted, { exact: true }).waitFor();
    await this.idle();
  }

  /** The pane's Insert tab (it reads the selected cell). */
  async openInsert(): Promise<void> {
    await this.page.getByRole('tab', { name: this.t.insertTitle }).click();
  }

  /**
   * The tests' example line under ○ 시 대표 SNS 운영: a level-2 basis item, 홍보영상 제작 at
   * `unitPrice`원 × 4편, filled in the open Insert form (or in `scope`, the form itself).
   */
  async fillExampleLine(unitPrice = '500000', scope: Page | Locator = this.page): Promise<void> {
    const { t } = this;
    await scope.getByRole('radio', { name: t.templates['basis-item'] }).check();
    await scope.getByRole('radio', { name: t.levels['2'] }).check();
    await scope.getByLabel(t.itemLabel).fill('홍보영상 제작');
    await scope.getByLabel(t.unitPrice).fill(unitPrice);
    await scope.getByLabel(t.countValue(1)).fill('4');
    await scope.getByLabel(t.countCounter(1)).fill('편');
  }

  async clear(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.clear, exact: true }).click();
    await this.idle();
  }

  count(kind: 'error' | 'warning' | 'accepted'): Locator {
    return this.page.getByTestId(`count-${kind}`);
  }

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  cell(address: string): Locator {
    return this.grid().locator(`[data-cell="${address}"]`);
  }

  /** The cells the grid shows highlighted, with their kind. */
  async markedCells(): Promise<Record<string, string>> {
    return this.grid().evaluate((grid) =>
      Object.fromEntries(
        [...grid.querySelectorAll('[data-mark]')].map((el) => [
          el.getAttribute('data-cell'),
          el.getAttribute('data-mark'),
        ]),
      ),
    );
  }

  /** Every rendered cell's background as the browser paints it. */
  async backgrounds(): Promise<Record<string, string>> {
    return this.grid().evaluate((grid) =>
      Object.fromEntries(
        [...grid.querySelectorAll('[data-cell]')].map((el) => [
          el.getAttribute('data-cell'),
          getComputedStyle(el).backgroundImage + ' ' + getComputedStyle(el).backgroundColor,
        ]),
      ),
    );
  }

  /** Every rendered cell's text. */
  async texts(): Promise<Record<string, string>> {
    return this.grid().evaluate((grid) =>
      Object.fromEntries(
        [...grid.querySelectorAll('[data-cell]')].map((el) => [
          el.getAttribute('data-cell'),
          el.textContent ?? '',
        ]),
      ),
    );
  }

  /** True when the element is inside the grid's visible area. */
  async inView(address: string): Promise<boolean> {
    const grid = await this.grid().boundingBox();
    const cell = await this.cell(address).boundingBox();
    if (!grid || !cell) return false;
    return (
      cell.x >= grid.x &&
      cell.y >= grid.y &&
      cell.x + cell.width <= grid.x + grid.width &&
      cell.y + cell.height <= grid.y + grid.height
    );
  }

  async openFile(path: string): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(path);
  }

  /** Drops a file on the page, as dragging it from the desktop does. */
  async dropFile(path: string, name: string): Promise<void> {
    const base64 = (await readFile(path)).toString('base64');
    const transfer = await this.page.evaluateHandle(
      ({ data, fileName }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], fileName));
        return dt;
      },
      { data: base64, fileName: name },
    );
    const target = this.page.getByTestId('page');
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** Presses Save and keeps the download in `dir`; returns its path and suggested name. */
  async save(dir: string): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: this.p.save, exact: true }).click(),
    ]);
    const name = download.suggestedFilename();
    const path = join(dir, `${Date.now()}-${name}`);
    await download.saveAs(path);
    return { path, name };
  }

  async screenshot(name: string): Promise<void> {
    await mkdir(SCREENSHOTS, { recursive: true });
    // Let fonts and the last layout settle, so the picture is what a user sees.
    await this.page.evaluate(() => document.fonts.ready);
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }
}
