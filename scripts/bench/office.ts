/**
 * The Office.js adapter over the fake Excel host (test/excel/fake): how many
 * `context.sync()` round trips and queued commands a Verify costs, for reading the
 * workbook and for writing the highlights, with the real engine.
 */
import { verifyWorkbook } from '../../src/engine';
import { fixContent } from '../../src/engine/notation';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { OfficeHost } from '../../src/excel/officeHost';
import { FakeBook } from '../../test/excel/fake/book';
import type { SyncRecord } from '../../test/excel/fake/core';

export interface OfficeCost {
  readonly readSyncs: number;
  readonly readCommands: number;
  readonly writeSyncs: number;
  readonly writeCommands: number;
  readonly findings: number;
  /** Set when the adapter refused the workbook (too large). */
  readonly refused: string | null;
}

type Seed = Parameters<typeof FakeBook.create>[0][string][number][number];

/** The fake book holding the snapshot's cells (values, number formats; texts as the fake renders them). */
function fakeBookOf(snapshot: WorkbookSnapshot): FakeBook {
  const sheets: Record<string, Seed[][]> = {};
  for (const s of snapshot.sheets) {
    sheets[s.name] = s.values.map((row, r) =>
      row.map((value, c): Seed => {
        if (value === null) return null;
        if (typeof value === 'object') return { error: value.error };
        const numberFormat = s.numberFormats?.[r]?.[c];
        return typeof value === 'number' && numberFormat ? { value, numberFormat } : value;
      }),
    );
  }
  return FakeBook.create(sheets);
}

export async function officeCost(snapshot: WorkbookSnapshot): Promise<OfficeCost> {
  const book = fakeBookOf(snapshot);
  const host = new OfficeHost({ run: book.run, engine: verifyWorkbook, fixContent, notesApi: 'note', displayLanguage: () => 'ko-KR' });
  let readSyncs = 0;
  const count = (syncs: readonly SyncRecord[]) => syncs.reduce((n, s) => n + s.commands, 0);
  try {
    const result = await host.verify('workbook', {
      language: 'ko',
      onProgress: (p) => {
        // The read is done when the check starts: every sync so far was reading.
        if (p.stage === 'check' && p.done === 0) readSyncs = book.lastRun.length;
      },
    });
    const syncs = book.lastRun;
    return {
      readSyncs,
      readCommands: count(syncs.slice(0, readSyncs)),
      writeSyncs: syncs.length - readSyncs,
      writeCommands: count(syncs.slice(readSyncs)),
      findings: result.findings.length,
      refused: null,
    };
  } catch (e) {
    const syncs = book.lastRun;
    return {
      readSyncs: syncs.length,
      readCommands: count(syncs),
      writeSyncs: 0,
      writeCommands: 0,
      findings: 0,
      refused: e instanceof Error ? e.message : String(e),
    };
  }
}
