/** Helpers for the browser host's tests: sample workbooks as bytes, cells compared by what a user sees. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
import { STATE_SHEET } from '../../src/engine/review';
import { openBook } from '../../src/web/book/openBook';
import type { BookSession } from '../../src/web/book/session';
import { WebHost } from '../../src/web/host/webHost';

export const SAMPLES = join(__dirname, '../../samples');
export const SEED = join(SAMPLES, 'seoul-sns-2021.xlsx');
export const ERRORS = join(SAMPLES, 'seoul-sns-2021-errors.xlsx');

export async function bytesOf(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

export async function hostOn(
  path: string,
  edit?: (wb: Workbook) => void | Promise<void>,
): Promise<{ session: BookSession; host: WebHost }> {
  const session = await openBook(await bytesOf(path), path.split('/').pop() ?? 'book.xlsx');
  if (edit) {
    await edit(session.workbook);
    session.changed(session.sheets().map((s) => s.name));
  }
  const host = new WebHost(session, {
    browserLanguage: 'ko-KR',
    now: () => new Date('2024-05-02T09:00:00Z'),
  });
  return { session, host };
}

/** Every cell of every sheet (but the state sheet) as value, fill, note and number format. */
export function cellsOf(workbook: Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    if (sheet.name === STATE_SHEET) continue;
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { fill } = cell.style;
        const shown = {
          value: cell.value,
          fill: fill && !(fill.type === 'pattern' && fill.pattern === 'none') ? fill : null,
          note: cell.note ?? null,
          numFmt: cell.numFmt ?? null,
        };
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify(shown));
      });
    });
  }
  return cells;
}

/** Keys whose entries differ between two cell maps (cells missing on one side count). */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}
