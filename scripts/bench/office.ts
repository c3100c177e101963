/**
 * The Office.js adapter over the fake Excel host (test/excel/fake): how many
 * `context.sync()` round trips and queued commands a Verify costs, for reading the
 * workbook and for writing the highlights, with the real engine — and how many
 * bytes each sync carries, against Excel on the web's 5 MB per request and per
 * response. The claim "syncs constant in the rows up to Excel's size limits" is
 * argued with these: every sync stays under the limit, and the count grows only
 * as the payload divided by the per-sync budget (2 + ceil(read bytes / budget) +
 * probe and write syncs that depend on the findings, not on the rows).
 *
 * `npm run bench` calls officeCost per size (and logs the bytes on stderr);
 * alone, this prints the adapter's table:
 *
 *   node --require ts-node/register scripts/bench/office.ts [--sizes 1000,10000,100000,500000]
 */
import { verifyWorkbook } from '../../src/engine';
import { fixContent } from '../../src/engine/notation';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { MAX_PAYLOAD_BYTES } from '../../src/excel/limits';
import { OfficeHost } from '../../src/excel/officeHost';
import { FakeBook } from '../../test/excel/fake/book';
import type { SyncRecord } from '../../test/excel/fake/core';
import { emptyCell, NO_FILL, type FakeCell } from '../../test/excel/fake/model';

export interface OfficeCost {
  readonly readSyncs: number;
  readonly readCommands: number;
  /** Response bytes of all read syncs, and of the largest one. */
  readonly readBytes: number;
  readonly readMaxBytes: number;
  /** Probe and write syncs (everything after the check). */
  readonly writeSyncs: number;
  readonly writeCommands: number;
  /** Request bytes of all write syncs, and of the largest request or response after the check. */
  readonly writeBytes: number;
  readonly writeMaxBytes: number;
  readonly findings: number;
  /** Cells read (used ranges). */
  readonly cells: number;
  /** Set when the adapter refused the workbook (too large). */
  readonly refused: string | null;
}

/**
 * A fake book whose cells are the snapshot's, generated on demand (no object per
 * cell stored: a 500,000-row book would not fit otherwise). Texts are the
 * snapshot's own.
 */
function fakeBookOf(snapshot: WorkbookSnapshot): FakeBook {
  const book = FakeBook.create(Object.fromEntries(snapshot.sheets.map((s) => [s.name, []])));
  for (const s of snapshot.sheets) {
    const top = s.origin?.row ?? 0;
    const left = s.origin?.col ?? 0;
    const width = s.values.reduce((w, row) => Math.max(w, row.length), 0);
    book.sheet(s.name).generated = {
      rows: top + s.values.length,
      columns: left + width,
      cell: (r, c): FakeCell | undefined => {
        const value = s.values[r - top]?.[c - left] ?? null;
        if (value === null) return undefined;
        const text = s.texts[r - top]?.[c - left] ?? null;
        const numberFormat = s.numberFormats?.[r - top]?.[c - left] ?? 'General';
        const formula = s.formulas?.[r - top]?.[c - left] ?? null;
        const fill = NO_FILL as FakeCell['fill'];
        if (typeof value === 'object')
          return { ...emptyCell(), error: value.error, text, formula, fill };
        return { value, formula, numberFormat, text, error: null, fill };
      },
    };
    book.sheet(s.name).merges.push(...s.merges);
  }
  return book;
}

export async function officeCost(snapshot: WorkbookSnapshot, quiet = false): Promise<OfficeCost> {
  const book = fakeBookOf(snapshot);
  const host = new OfficeHost({
    run: book.run,
    engine: verifyWorkbook,
    fixContent,
    notesApi: 'note',
    displayLanguage: () => 'ko-KR',
  });
  const cells = snapshot.sheets.reduce(
    (n, s) => n + s.values.reduce((w, row) => Math.max(w, row.length), 0) * s.values.length,
    0,
  );
  let readSyncs = -1;
  let findings = 0;
  let refused: string | null = null;
  try {
    const result = await host.verify('workbook', {
      language: 'ko',
      onProgress: (p) => {
        // The read is done when the check starts: every sync so far was reading.
        if (p.stage === 'check' && p.done === 0) readSyncs = book.lastRun.length;
      },
    });
    findings = result.findings.length;
  } catch (e) {
    refused = e instanceof Error ? e.message : String(e);
  }
  const syncs = book.lastRun;
  if (readSyncs < 0) readSyncs = syncs.length;
  const cost = costOf(syncs, readSyncs, findings, cells, refused);
  if (!quiet) {
    const rows = snapshot.sheets.reduce((n, s) => n + s.values.length, 0);
    process.stderr.write(`    office: ${describeCost(rows, cost)}\n`);
  }
  return cost;
}

function costOf(
  syncs: readonly SyncRecord[],
  readSyncs: number,
  findings: number,
  cells: number,
  refused: string | null,
): OfficeCost {
  const read = syncs.slice(0, readSyncs);
  const write = syncs.slice(readSyncs);
  const sum = (list: readonly SyncRecord[], f: (s: SyncRecord) => number) =>
    list.reduce((n, s) => n + f(s), 0);
  const max = (list: readonly SyncRecord[], f: (s: SyncRecord) => number) =>
    list.reduce((n, s) => Math.max(n, f(s)), 0);
  return {
    readSyncs,
    readCommands: sum(read, (s) => s.commands),
    readBytes: sum(read, (s) => s.responseBytes),
    readMaxBytes: max(read, (s) => Math.max(s.requestBytes, s.responseBytes)),
    writeSyncs: write.length,
    writeCommands: sum(write, (s) => s.commands),
    writeBytes: sum(write, (s) => s.requestBytes),
    writeMaxBytes: max(write, (s) => Math.max(s.requestBytes, s.responseBytes)),
    findings,
    cells,
    refused,
  };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** One line per Verify: syncs, commands and bytes, read and write. */
export function describeCost(rows: number, c: OfficeCost): string {
  if (c.refused) return `${rows.toLocaleString('en-US')} rows: refused (${c.refused})`;
  return (
    `${rows.toLocaleString('en-US')} rows, ${c.cells.toLocaleString('en-US')} cells: ` +
    `read ${c.readSyncs} syncs / ${c.readCommands.toLocaleString('en-US')} cmds / ${mb(c.readBytes)} ` +
    `(${Math.round(c.readBytes / Math.max(1, c.cells))} B a cell; largest sync ${mb(c.readMaxBytes)}); ` +
    `highlight ${c.writeSyncs} syncs / ${c.writeCommands.toLocaleString('en-US')} cmds / ${mb(c.writeBytes)} sent ` +
    `(largest sync ${mb(c.writeMaxBytes)}) for ${c.findings.toLocaleString('en-US')} findings; limit ${mb(MAX_PAYLOAD_BYTES)} a sync`
  );
}

async function main(): Promise<void> {
  // Loaded here, not at the top: the bench imports this module for officeCost alone.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const gen = require('../generate-book') as typeof import('../generate-book');
  const at = process.argv.indexOf('--sizes');
  const sizes =
    at >= 0
      ? (process.argv[at + 1] ?? '')
          .split(',')
          .map(Number)
          .filter((n) => n > 0)
      : [1_000, 10_000, 100_000, 500_000];
  const head = [
    'rows',
    'cells',
    'read syncs / cmds',
    'read MB (B a cell)',
    'largest read sync',
    'findings',
    'highlight syncs / cmds',
    'highlight MB sent',
    'largest highlight sync',
  ];
  const lines: string[][] = [];
  for (const rows of sizes) {
    const projects = Math.min(5000, Math.max(1, Math.round(rows / 104)));
    for (const errors of [0, Math.min(100, Math.max(3, Math.floor(projects / 5)))]) {
      const book = gen.generateBook({ seed: rows, layout: 'statement', projects, errors });
      const c = await officeCost(gen.bookSnapshot(book), true);
      process.stderr.write(`${describeCost(gen.rowCount(book), c)}\n`);
      lines.push([
        gen.rowCount(book).toLocaleString('en-US'),
        c.cells.toLocaleString('en-US'),
        c.refused ? 'refused' : `${c.readSyncs} / ${c.readCommands.toLocaleString('en-US')}`,
        `${(c.readBytes / 1024 / 1024).toFixed(1)} (${Math.round(c.readBytes / Math.max(1, c.cells))})`,
        mb(c.readMaxBytes),
        c.findings.toLocaleString('en-US'),
        `${c.writeSyncs} / ${c.writeCommands.toLocaleString('en-US')}`,
        (c.writeBytes / 1024 / 1024).toFixed(2),
        mb(c.writeMaxBytes),
      ]);
    }
  }
  const all = [head, ...lines];
  const widths = head.map((_, i) => Math.max(...all.map((l) => (l[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  process.stdout.write(
    [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join(
      '\n',
    ) + `\n(Excel on the web: at most ${mb(MAX_PAYLOAD_BYTES)} a request and a response)\n`,
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
