/**
 * The page's way with files (src/web), one after another in this process as a tab
 * opens them, each with the time it took and the process's peak memory so far: the
 * check its worker runs (book/bookCheck.ts), exceljs opening the book
 * (book/openBook.ts), every sheet read into a snapshot and the engine over them, as
 * a Verify does. The browser runs the check in a worker and the rest on the page's
 * thread; here all of it is one process, so its peak bounds both, for every file
 * together (garbage is collected between files when node runs with --expose-gc).
 *
 *   node --expose-gc --require ts-node/register test/hostile/measurePage.ts FILE...
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { makeOptions, verifyWorkbook } from '../../src/engine/index';
import { WorkbookReadError, type ReadProblem, type WorkbookReadErrorCode } from '../../src/file/errors';
import { answerCheck } from '../../src/web/book/bookCheck';
import { openBook } from '../../src/web/book/openBook';

export interface PageMeasured {
  /** What the page says instead of opening the book: its message's code and the exact problem; null when it opened. */
  readonly refused: { readonly code: WorkbookReadErrorCode; readonly problem: ReadProblem } | null;
  /** The findings of a Verify, when the book opened. */
  readonly findings: readonly { readonly cell: string; readonly rule: string; readonly severity: string }[];
  /** The book's own warnings the page shows on opening it. */
  readonly warnings: readonly string[];
  readonly ms: number;
  /** The most this process had held when this file was done (every file before it included). */
  readonly peakMb: number;
}

async function pagePath(file: string): Promise<Omit<PageMeasured, 'ms' | 'peakMb'>> {
  const bytes = new Uint8Array(await readFile(file));
  const name = basename(file);
  let session;
  try {
    session = await openBook(bytes, name, (b, fileName) => answerCheck({ bytes: b, fileName }));
  } catch (err) {
    // Anything else the page shows as 'unknown' (WebApp's openFailure): a case must never get there.
    if (!(err instanceof WorkbookReadError)) throw err;
    return { refused: { code: err.code, problem: err.problem }, findings: [], warnings: [] };
  }
  const sheets = session.sheets().flatMap((s) => session.snapshot(s.name) ?? []);
  const result = verifyWorkbook({ sheets }, makeOptions({ language: 'en' }));
  const findings = result.findings.map((f) => ({ cell: f.cell, rule: f.rule, severity: f.severity }));
  return { refused: null, findings, warnings: session.warnings };
}

async function main(): Promise<void> {
  const measured: PageMeasured[] = [];
  for (const file of process.argv.slice(2)) {
    const started = performance.now();
    const answer = await pagePath(file);
    const ms = Math.round(performance.now() - started);
    // ru_maxrss: the most this process ever held, in kilobytes.
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    measured.push({ ...answer, ms, peakMb });
    (globalThis as { gc?: () => void }).gc?.();
  }
  process.stdout.write(JSON.stringify(measured));
}

void main();
