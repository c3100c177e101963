/** Shared set-up for the adapter tests: a small stand-in engine and a host over a fake book. */
import { cellAddress } from '../../src/engine/address';
import type { Finding, VerifyResult } from '../../src/engine/findings';
import type { VerifyOptions } from '../../src/engine/options';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { OfficeHost } from '../../src/excel/officeHost';
import type { FixContent, NotesApi } from '../../src/excel/types';
import { FakeBook } from './fake/book';

/**
 * Stand-in for the engine: on every row `label | a | b | total`, the total must
 * be a + b. A flagged row gets an error on its total cell; a total shown as
 * `???` gets a warning.
 */
export function sumEngine(snapshot: WorkbookSnapshot, options: VerifyOptions): VerifyResult {
  const findings: Finding[] = [];
  for (const sheet of snapshot.sheets) {
    const origin = sheet.origin ?? { row: 0, col: 0 };
    sheet.values.forEach((row, r) => {
      const [a, b, total] = [row[1], row[2], row[3]];
      const cell = cellAddress(origin.row + r, origin.col + 3);
      const base = { sheet: sheet.name, cell, unit: '천원' as const, cause: cell, table: 'A1:D9' };
      if (sheet.texts[r]?.[3] === '???') {
        findings.push({
          ...base,
          rule: 'unreadable',
          severity: 'warning',
          expected: null,
          actual: null,
          explain: '',
          message: options.language === 'ko' ? '읽을 수 없음' : 'unreadable',
        });
      } else if (
        typeof a === 'number' &&
        typeof b === 'number' &&
        typeof total === 'number' &&
        a + b !== total
      ) {
        findings.push({
          ...base,
          rule: 'total',
          severity: 'error',
          expected: a + b,
          actual: total,
          explain: `${a} + ${b} = ${a + b}`,
          message: `should be ${a + b}`,
        });
      }
    });
  }
  return { tables: [], findings, coverage: { figures: 0, checked: 0, unchecked: [] } };
}

/** Stand-in for the engine's fixContent: keeps a `천원` suffix when the cell shows one. */
export const standInFix: FixContent = (cell, expected) =>
  cell.text.endsWith('천원')
    ? { kind: 'text', text: `${expected.toLocaleString('en-US')}천원` }
    : { kind: 'number', value: expected };

export function hostFor(
  book: FakeBook,
  notesApi: NotesApi = 'note',
  fixContent: FixContent = standInFix,
): OfficeHost {
  return new OfficeHost({
    run: book.run,
    engine: sumEngine,
    fixContent,
    notesApi,
    displayLanguage: () => 'ko-KR',
    now: () => new Date('2024-03-01T09:00:00Z'),
    pause: noPause,
  });
}

/** A sheet of `rows` budget lines; every `badEvery`-th line has a wrong total. */
export function budgetRows(rows: number, badEvery = 0): (string | number)[][] {
  const out: (string | number)[][] = [['구분', '국비', '시비', '계']];
  for (let i = 1; i <= rows; i += 1) {
    const a = 1000 + i;
    const b = 2000 + i;
    const wrong = badEvery > 0 && i % badEvery === 0;
    out.push([`사업 ${i}`, a, b, wrong ? a + b + 1 : a + b]);
  }
  return out;
}

export const verifyKo = { language: 'ko' as const };

/** The pause before a request is sent again, without the wait (see src/excel/focus.ts). */
export const noPause = async (): Promise<void> => undefined;
