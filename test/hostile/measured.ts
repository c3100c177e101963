/**
 * Runs one case of the hostile suite in a child process, the command line's way
 * (measure.ts) or the page's (measurePage.ts), and gives back what came of it with
 * its time and peak memory. Every case must finish within 20 s and 1 GB: the bounds
 * issue 13 sets. With HOSTILE_LOG=FILE each measurement is also appended to FILE as
 * a line of JSON, to read the figures (`HOSTILE_LOG=/tmp/h.jsonl npx jest test/hostile`).
 */
import { execFile } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Measured, MeasureJob } from './measure';
import type { PageMeasured } from './measurePage';

export const ROOT = join(__dirname, '..', '..');
const MEASURE = join(__dirname, 'measure.ts');
const MEASURE_PAGE = join(__dirname, 'measurePage.ts');

export const MAX_MS = 20_000;
export const MAX_MB = 1024;

/** Loading the checker under ts-node, on a busy machine: before the first file's 20 s start. */
const STARTUP_MS = 60_000;

/** How long a child measuring `files` files may run before it is killed: a test's hook waits a little longer. */
export const boundFor = (files: number): number => STARTUP_MS + MAX_MS * files;

function inChild(argv: readonly string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // A hang is a failure too: the child is killed (SIGKILL: nothing it does can delay it)
    // past the bounds of its files, so a test run never waits on it.
    execFile(process.execPath, argv, { cwd: ROOT, timeout, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`the measured check failed: ${err.message}\n${stderr}`));
      resolve(stdout);
    });
  });
}

function logged(surface: 'cli' | 'page', file: string, m: { ms: number; peakMb: number }): void {
  const log = process.env.HOSTILE_LOG;
  if (log) appendFileSync(log, `${JSON.stringify({ surface, file: basename(file), ms: m.ms, peakMb: m.peakMb })}\n`);
}

/**
 * The command line's check of files, as one of its checking processes does it, one after
 * another in one process of their own: each file's peak is the process's so far, a bound on
 * that file's (garbage is collected between files). A case whose memory is the point of its
 * test is measured alone (`measure`).
 */
export async function measureAll(jobs: readonly MeasureJob[]): Promise<Measured[]> {
  const argv = ['--expose-gc', '--require', 'ts-node/register', MEASURE, JSON.stringify(jobs)];
  const measured = JSON.parse(await inChild(argv, boundFor(jobs.length))) as Measured[];
  measured.forEach((m, i) => logged('cli', jobs[i]?.file ?? '', m));
  return measured;
}

/** The command line's check of one file, as one of its checking processes does it, in a process of its own. */
export async function measure(file: string, language: 'ko' | 'en' = 'en', output?: string): Promise<Measured> {
  const [measured] = await measureAll([{ file, language, ...(output ? { output } : {}) }]);
  return measured as Measured;
}

/** The page's way with files, one after another in one process as a tab opens them: its check, exceljs, a Verify. */
export async function measurePage(files: readonly string[]): Promise<PageMeasured[]> {
  const stdout = await inChild(['--expose-gc', '--require', 'ts-node/register', MEASURE_PAGE, ...files], boundFor(files.length));
  const measured = JSON.parse(stdout) as PageMeasured[];
  measured.forEach((m, i) => logged('page', files[i] ?? '', m));
  return measured;
}

/** Writes each case's bytes to `dir/name` and measures their checks in one process (`measureAll`), by name. */
export async function measureCases(dir: string, cases: readonly { name: string; bytes: Uint8Array; language?: 'ko' | 'en' }[]): Promise<Map<string, Measured>> {
  const jobs = await Promise.all(
    cases.map(async ({ name, bytes, language = 'en' }) => {
      const file = join(dir, name);
      await writeFile(file, bytes);
      return { file, language };
    }),
  );
  const measured = await measureAll(jobs);
  return new Map(cases.map(({ name }, i) => [name, measured[i] as Measured]));
}

/** Writes a case's bytes to `dir/name` and measures its check. */
export async function measureBytes(dir: string, name: string, bytes: Uint8Array, language: 'ko' | 'en' = 'en'): Promise<Measured> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return measure(file, language);
}

/** The bounds every case keeps, whatever its outcome. */
export function expectBounded(m: { ms: number; peakMb: number }): void {
  expect(m.ms).toBeLessThanOrEqual(MAX_MS);
  expect(m.peakMb).toBeLessThanOrEqual(MAX_MB);
}

export function errorOf(m: Measured): string {
  return 'error' in m.outcome ? m.outcome.error : '';
}

/** The annotated copy's failure, for a file that was read and checked. */
export function writeErrorOf(m: Measured): string {
  return 'error' in m.outcome ? '' : (m.outcome.writeError ?? '');
}

/** Tables the check found (none for a file it could not read). */
export function tablesOf(m: Measured): number {
  return 'error' in m.outcome ? 0 : m.outcome.tables.length;
}
