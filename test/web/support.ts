/** Helpers for the browser host's tests: sample workbooks as bytes, cells compared by what a user sees. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workbook } from 'exceljs';
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

export { cellsOf, differences } from '../support/cells';
