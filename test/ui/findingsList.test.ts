/**
 * @jest-environment jsdom
 *
 * The pane with 10,000 findings over 500 tables: the windowed list keeps a
 * screenful of rows in the DOM wherever it is scrolled, the keyboard reaches the
 * last finding and back, and the pane's views (items, counts, filters, grouping,
 * layout) touch each finding a bounded number of times — no wall-clock here.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Finding, TableInfo } from '../../src/engine/findings';
import {
  FINDING_ROW_HEIGHT,
  GROUP_ROW_HEIGHT,
  layoutRows,
} from '../../src/taskpane/components/FindingsList/listRows';
import { FALLBACK_VIEWPORT_HEIGHT } from '../../src/taskpane/components/FindingsList/useViewport';
import {
  countFindings,
  filterItems,
  groupByTable,
  reviewItems,
  type ReviewItem,
} from '../../src/taskpane/review/reviewModel';
import { createFakeHost, finding } from '../taskpane/fakeHost';
import { renderApp, verifyNow } from '../taskpane/renderApp';

const TABLE_COUNT = 500;
const PER_TABLE = 20;
const TOTAL = TABLE_COUNT * PER_TABLE;

/** Table t spans rows 100t+1 … 100t+99; its findings sit in column D, every third one a subtotal, every tenth a warning. */
function bigResult(): { tables: TableInfo[]; findings: Finding[] } {
  const tables: TableInfo[] = [];
  const findings: Finding[] = [];
  for (let t = 0; t < TABLE_COUNT; t++) {
    const range = `A${100 * t + 1}:F${100 * t + 99}`;
    tables.push({ kind: 'basis', sheet: 'Sheet1', range, unit: '천원', rounding: 'up', title: `사업 ${t + 1}` });
    for (let i = 0; i < PER_TABLE; i++) {
      const n = t * PER_TABLE + i;
      findings.push(
        finding({
          cell: `D${100 * t + 2 + i}`,
          table: range,
          rule: n % 3 === 0 ? 'subtotal' : 'product',
          severity: n % 10 === 9 ? 'warning' : 'error',
          message: `Finding ${n + 1}`,
        }),
      );
    }
  }
  return { tables, findings };
}

const { tables, findings } = bigResult();
const FIRST = 'Go to Sheet1!D2';
const LAST = `Go to Sheet1!D${100 * (TABLE_COUNT - 1) + 1 + PER_TABLE}`;

/** Most rows a viewport of the fallback height can show, with the list's two-row overscan each side. */
const MAX_ROWS = Math.ceil((FALLBACK_VIEWPORT_HEIGHT + 4 * FINDING_ROW_HEIGHT) / GROUP_ROW_HEIGHT) + 2;

function list(): HTMLElement {
  return screen.getByRole('list', { name: 'Findings' });
}

function renderedRows(): number {
  return list().children.length;
}

function renderedCells(): string[] {
  return within(list())
    .queryAllByRole('button', { name: /^Go to / })
    .map((b) => b.getAttribute('aria-label') ?? '');
}

/** jsdom does no layout: the viewport's scrollTop is kept in a field, as a browser would. */
function scrollable(viewport: HTMLElement): (top: number) => void {
  let top = 0;
  Object.defineProperty(viewport, 'scrollTop', {
    configurable: true,
    get: () => top,
    set: (value: number) => (top = value),
  });
  return (value: number) => {
    top = value;
    fireEvent.scroll(viewport);
  };
}

async function renderBig() {
  const host = createFakeHost({ findings, tables });
  const rendered = renderApp(host);
  await verifyNow(rendered.user);
  const viewport = list().parentElement!;
  return { ...rendered, viewport, scrollTo: scrollable(viewport) };
}

describe('the findings list with 10,000 findings', () => {
  it('keeps only a screenful of rows in the DOM wherever it is scrolled', async () => {
    const { scrollTo } = await renderBig();
    expect(screen.getByTestId('count-error').textContent).toContain('9,000');
    const height = TABLE_COUNT * GROUP_ROW_HEIGHT + TOTAL * FINDING_ROW_HEIGHT;
    expect(list().style.height).toBe(`${height}px`);
    expect(renderedRows()).toBeLessThanOrEqual(MAX_ROWS);
    expect(renderedCells()[0]).toBe(FIRST);

    for (const fraction of [0.1, 0.25, 0.5, 0.75, 0.999, 1]) {
      const top = Math.round((height - FALLBACK_VIEWPORT_HEIGHT) * fraction);
      act(() => scrollTo(top));
      expect(renderedRows()).toBeGreaterThan(0);
      expect(renderedRows()).toBeLessThanOrEqual(MAX_ROWS);
      // What is drawn is what is at that offset: every drawn row overlaps the view (and its overscan).
      for (const row of [...list().children] as HTMLElement[]) {
        const rowTop = parseFloat(row.style.top);
        expect(rowTop + parseFloat(row.style.height)).toBeGreaterThan(top - 2 * FINDING_ROW_HEIGHT);
        expect(rowTop).toBeLessThan(top + FALLBACK_VIEWPORT_HEIGHT + 2 * FINDING_ROW_HEIGHT);
      }
    }
    expect(renderedCells()).toContain(LAST);
  });

  it('walks from the first to the last finding with the keyboard, the DOM staying small', async () => {
    const { user, host } = await renderBig();
    act(() => screen.getByRole('button', { name: FIRST }).focus());
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(LAST));
    expect(renderedRows()).toBeLessThanOrEqual(MAX_ROWS);
    expect(screen.getByText(`${TOTAL.toLocaleString('en-US')}`, { exact: false })).toBeTruthy();

    await user.keyboard('{Enter}');
    expect(host.callsOf('select').at(-1)).toEqual(['Sheet1', LAST.replace('Go to Sheet1!', '')]);

    await user.keyboard('{ArrowUp}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        `Go to Sheet1!D${100 * (TABLE_COUNT - 1) + PER_TABLE}`,
      ),
    );
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(FIRST));
    expect(renderedRows()).toBeLessThanOrEqual(MAX_ROWS);
  });

  it('filters 10,000 findings and keeps the DOM small', async () => {
    const { user } = await renderBig();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'warning');
    expect(list().style.height).toBe(
      `${TABLE_COUNT * GROUP_ROW_HEIGHT + (TOTAL / 10) * FINDING_ROW_HEIGHT}px`,
    );
    expect(renderedRows()).toBeLessThanOrEqual(MAX_ROWS);
    expect(renderedCells().length).toBeGreaterThan(0);
  });
});

/** An array whose element reads are counted: a linear view reads each finding a few times, a quadratic one n times. */
function counted<T>(items: readonly T[]): { items: readonly T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(items as T[], {
    get(target, property, receiver) {
      if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads };
}

describe('the pane’s views of 10,000 findings are linear', () => {
  it('reads each finding a bounded number of times to list, count, filter, group and lay out', () => {
    const source = counted(findings);
    const items = reviewItems(source.items, []);
    expect(source.reads()).toBeLessThanOrEqual(2 * TOTAL);

    const all = counted<ReviewItem>(items);
    countFindings(all.items);
    const shown = filterItems(all.items, { rule: 'all', severity: 'error' });
    expect(all.reads()).toBeLessThanOrEqual(3 * TOTAL);
    const grouped = counted(shown);
    const groups = groupByTable(grouped.items, tables);
    expect(grouped.reads()).toBeLessThanOrEqual(2 * shown.length);
    expect(groups).toHaveLength(TABLE_COUNT);

    const layout = layoutRows(groups);
    expect(layout.rows).toHaveLength(TABLE_COUNT + shown.length);
    expect(layout.rowOfKey.size).toBe(shown.length);
  });
});
