/**
 * The bench's books at one size (100k rows): the text 사업설명서 and the statement as the
 * exceljs streaming writer writes them, and the statement as Excel writes it — number
 * cells with styles, then with shared formulas, then with dates (excelBook.ts). For each,
 * exceljs alone loading it, the command line with --json --no-write and writing the copy
 * (fresh processes), the phases of one check, its collector time, and the floor
 * (phases.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateBook, rowCount, writeBookXlsx, type Book } from '../generate-book';
import { writeExcelBook, type ExcelFeature } from './excelBook';
import { fastestOf, loadWithExceljs, runCliOn, runCliWriting, type Run } from './processes';
import { markdownTable } from './markdown';
import { TARGETS } from './targets';

export interface Phases {
  readonly totalMs: number;
  /** The same check again in the process, warm (phases.ts). */
  readonly againMs: number;
  readonly phases: Readonly<Record<'inflate' | 'parseXml' | 'grid' | 'tables' | 'checks' | 'output' | 'other', number>>;
  readonly gcMs: number;
  readonly floorMs: number;
  readonly cTags: number;
  readonly findings: number;
}

export interface BookRun {
  readonly name: string;
  readonly rows: number;
  readonly exceljs: Run;
  readonly cli: Run;
  readonly writing: Run;
  readonly phases: Phases | null;
}

interface BookSpec {
  readonly name: string;
  readonly layout: Book['layout'];
  /** Written by the exceljs streaming writer (null), or as Excel writes it with these features. */
  readonly excel: readonly ExcelFeature[] | null;
}

const SPECS: readonly BookSpec[] = [
  { name: '사업설명서 (text)', layout: 'seed', excel: null },
  { name: 'statement (exceljs writer)', layout: 'statement', excel: null },
  { name: 'statement, styled numbers', layout: 'statement', excel: ['styled'] },
  { name: 'statement, shared formulas', layout: 'statement', excel: ['styled', 'shared'] },
  { name: 'statement, dates', layout: 'statement', excel: ['styled', 'dates'] },
];

const ROWS_PER_PROJECT = { statement: 104, seed: 100 } as const;
const ROOT = join(__dirname, '..', '..');

function phasesOf(file: string): Phases | null {
  const script = join(__dirname, 'phases.ts');
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', '--require', 'ts-node/register', script, file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1' },
  });
  if (run.status !== 0) {
    process.stderr.write(`  ! phases of ${file} failed: ${run.stderr.slice(-500)}\n`);
    return null;
  }
  return JSON.parse(run.stdout) as Phases;
}

/** The book of a spec at about `rows` rows, written to `file` as its writer writes it. */
async function writeSpecBook(spec: BookSpec, rows: number, file: string): Promise<Book> {
  const projects = Math.min(5000, Math.max(1, Math.round(rows / ROWS_PER_PROJECT[spec.layout])));
  const book = generateBook({ seed: rows + 15, layout: spec.layout, projects });
  if (spec.excel) writeExcelBook(book, file, spec.excel);
  else await writeBookXlsx(book, file);
  return book;
}

export async function measureBooks(rows: number, dir: string, cli: string, heapMb: number, times: number, log: (s: string) => void): Promise<BookRun[]> {
  const out: BookRun[] = [];
  const outDir = join(dir, 'out');
  for (const spec of SPECS) {
    const file = join(dir, `book-${out.length}.xlsx`);
    const book = await writeSpecBook(spec, rows, file);
    log(`· ${spec.name}, ${rowCount(book).toLocaleString('en-US')} rows: exceljs, the command line, its phases …`);
    const [exceljs, checked, writing] = (await fastestOf(times, [
      () => loadWithExceljs(file, heapMb),
      () => runCliOn(cli, file, heapMb),
      () => runCliWriting(cli, file, heapMb, outDir),
    ])) as [Run, Run, Run];
    out.push({ name: spec.name, rows: rowCount(book), exceljs, cli: checked, writing, phases: phasesOf(file) });
    rmSync(file, { force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  return out;
}

/** The peak memory of the command line on one book of the large size, without and with the copy. */
export interface BookPeak {
  readonly name: string;
  readonly rows: number;
  readonly cli: Run;
  readonly writing: Run;
}

/**
 * Every book but the exceljs writer's statement (the size table has it) at `rows`, for the
 * peak target alone: real files hold formulas, styles and dates, and each costs memory of
 * its own (the shared-formula book peaked 90 MB above the statement at 500k rows).
 */
export async function measurePeaks(rows: number, dir: string, cli: string, heapMb: number, log: (s: string) => void): Promise<BookPeak[]> {
  const out: BookPeak[] = [];
  const outDir = join(dir, 'out');
  for (const spec of SPECS) {
    if (spec.layout === 'statement' && !spec.excel) continue;
    const file = join(dir, `peak-${out.length}.xlsx`);
    const book = await writeSpecBook(spec, rows, file);
    log(`· ${spec.name}, ${rowCount(book).toLocaleString('en-US')} rows: the command line's peak …`);
    const cliRun = await runCliOn(cli, file, heapMb);
    const writing = await runCliWriting(cli, file, heapMb, outDir);
    out.push({ name: spec.name, rows: rowCount(book), cli: cliRun, writing });
    rmSync(file, { force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  return out;
}

export function peaksTable(peaks: readonly BookPeak[]): string {
  const head = ['book', 'rows', 'peak MB: CLI --no-write', 'writing', `target ≤ ${TARGETS.peakMb500k}`];
  const lines = peaks.map((p) => [p.name, fmt(p.rows), fmt(p.cli.rssMb), fmt(p.writing.rssMb), Math.max(p.cli.rssMb, p.writing.rssMb) <= TARGETS.peakMb500k ? 'PASS' : 'MISS']);
  return markdownTable(head, lines);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mark = (value: number, target: number) => `${value.toFixed(2)} ${value <= target ? 'PASS' : 'MISS'}`;

export function booksTable(runs: readonly BookRun[]): string {
  const head = [
    'book', 'rows', 'exceljs ms', 'floor ms', `CLI --no-write ms`, `ratio (≤ ${TARGETS.cliNoWrite})`, `writing ms`, `ratio (≤ ${TARGETS.cliWriting})`,
    'phases ms: inflate / parse XML / grid / tables / checks / output / other', 'check ms: fresh / again', `GC ms (share, ≤ ${TARGETS.gcShare * 100}%)`, 'GC ms: CLI / exceljs', 'peak MB: CLI / writing / exceljs', 'findings',
  ];
  const lines = runs.map((r) => {
    const p = r.phases;
    return [
      r.name, fmt(r.rows), fmt(r.exceljs.ms), p ? fmt(p.floorMs) : '–', fmt(r.cli.ms), mark(r.cli.ms / r.exceljs.ms, TARGETS.cliNoWrite),
      fmt(r.writing.ms), mark(r.writing.ms / r.exceljs.ms, TARGETS.cliWriting),
      p ? [p.phases.inflate, p.phases.parseXml, p.phases.grid, p.phases.tables, p.phases.checks, p.phases.output, p.phases.other].map(fmt).join(' / ') : '–',
      p ? `${fmt(p.totalMs)} / ${fmt(p.againMs)}` : '–',
      p ? `${fmt(p.gcMs)} of ${fmt(p.totalMs)} (${((p.gcMs / p.totalMs) * 100).toFixed(0)}% ${p.gcMs / p.totalMs <= TARGETS.gcShare ? 'PASS' : 'MISS'})` : '–',
      `${fmt(r.cli.gcMs)} / ${fmt(r.exceljs.gcMs)}`, `${fmt(r.cli.rssMb)} / ${fmt(r.writing.rssMb)} / ${fmt(r.exceljs.rssMb)}`, p ? String(p.findings) : '–',
    ];
  });
  return markdownTable(head, lines);
}

export interface PageRun {
  readonly rows: number;
  /** Fresh pages measured; the figures are their medians. */
  readonly runs?: number;
  /** File chosen → its name and first cells on screen. */
  readonly shownMs?: number;
  /** File chosen → open: shown, the pane idle and the worker prepared (sheets sent, engine warmed). */
  readonly openMs?: number;
  /** Verify clicked → the counts shown, the pane idle. */
  readonly verifyMs?: number;
  /** The fastest and slowest Verify of the runs. */
  readonly verifyRange?: readonly [number, number];
  readonly error?: string;
}

const PAGE_RUNS = 3;

function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** page.ts's lines (one JSON object a run) → the medians, or the error it gave. */
export function pageRunOf(rows: number, stdout: string, stderr: string): PageRun {
  const lines = stdout.split('\n').filter((l) => l.trim().startsWith('{'));
  try {
    const runs = lines.map((l) => JSON.parse(l) as { shownMs: number; openMs: number; verifyMs: number; error?: string });
    const failed = runs.find((r) => r.error);
    if (failed?.error) return { rows, error: failed.error };
    if (runs.length === 0) throw new Error('no runs');
    const verify = runs.map((r) => r.verifyMs);
    return {
      rows,
      runs: runs.length,
      shownMs: median(runs.map((r) => r.shownMs)),
      openMs: median(runs.map((r) => r.openMs)),
      verifyMs: median(verify),
      verifyRange: [Math.min(...verify), Math.max(...verify)],
    };
  } catch {
    return { rows, error: `the page run gave no result (${stderr.slice(-300)})` };
  }
}

/** The latest change to any file under `dir`, ms since the epoch. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** No built page, or one older than the sources: measuring it would measure old code. */
function pageIsStale(): boolean {
  const built = join(ROOT, 'dist', 'addin', 'index.html');
  return !existsSync(built) || statSync(built).mtimeMs < newestUnder(join(ROOT, 'src'));
}

/** The page's Verify of a statement sheet of `rows` rows as Excel writes it, in Chromium (page.ts); the page built first if it is not. */
export async function measurePage(rows: number, dir: string, log: (s: string) => void): Promise<PageRun> {
  if (pageIsStale()) {
    log('building the page (webpack --mode production) …');
    spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const book = generateBook({ seed: rows + 16, layout: 'statement', projects: Math.min(5000, Math.round(rows / ROWS_PER_PROJECT.statement)) });
  const file = join(dir, 'page-book.xlsx');
  writeExcelBook(book, file, ['styled']);
  log(`· the page: Verify of a ${rowCount(book).toLocaleString('en-US')}-row sheet in Chromium …`);
  const run = spawnSync(process.execPath, ['--require', 'ts-node/register', join(__dirname, 'page.ts'), file, '--runs', String(PAGE_RUNS)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1' },
  });
  rmSync(file, { force: true });
  return pageRunOf(rowCount(book), run.stdout, run.stderr);
}
