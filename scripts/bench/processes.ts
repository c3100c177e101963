/**
 * Wall time and peak memory of a child process: exceljs alone loading a file, and
 * the command line checking it. Both are separate node processes, so start-up is in
 * both, as a user waits for it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Run {
  readonly ms: number;
  /**
   * Peak resident memory, in MB: of the process and the processes it started (the command line
   * checks each file in a child), their peaks added (an upper bound on what they held at once).
   */
  readonly rssMb: number;
  /** CPU time of the process and its children (user + system, all threads), in ms: steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  /** Collector pauses seen by PerformanceObserver 'gc' in every process, in ms (a pause after the last turn of the event loop is missed). */
  readonly gcMs: number;
  readonly status: number | null;
}

const helpers = mkdtempSync(join(tmpdir(), 'budget-bench-'));
/**
 * Preloaded into the process and every process it starts (NODE_OPTIONS, which forked children
 * inherit): on exit each adds a line `pid peakRSS(KB) cpu(µs) gc(ms)` to the run's report file.
 * resourceUsage counts the process alone, so the checking child's memory and time were missed before.
 *
 * The peak is the kernel's high-water mark of the process's own memory (VmHWM), not
 * resourceUsage's maxRSS: Linux carries into maxRSS the resident size of the image a process was
 * forked from, before its exec. libuv forks, so every process this bench started reported at least
 * the malloc'd memory (Buffers, the inflated book) the bench held at that moment, about 100 MB on
 * the 500k book, and a checking child at least its parent's. maxRSS stays the fallback where
 * /proc is missing.
 */
const RSS_PRELOAD = join(helpers, 'rss.js');
writeFileSync(
  RSS_PRELOAD,
  [
    "const { PerformanceObserver } = require('node:perf_hooks');",
    'let gc = 0;',
    "new PerformanceObserver((list) => { for (const e of list.getEntries()) gc += e.duration; }).observe({ entryTypes: ['gc'] });",
    'function peakKb(u) {',
    "  try { const m = /VmHWM:\\s*(\\d+)/.exec(require('node:fs').readFileSync('/proc/self/status', 'utf8')); if (m) return Number(m[1]); } catch {}",
    '  return u.maxRSS;',
    '}',
    "process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').appendFileSync(process.env.BENCH_REPORT, `${process.pid} ${peakKb(u)} ${u.userCPUTime + u.systemCPUTime} ${gc}\\n`); });",
    '',
  ].join('\n'),
);
let reports = 0;
/** exceljs alone: what any .xlsx reader built on it must spend at least. */
const LOAD_ONLY = join(helpers, 'load.js');
writeFileSync(
  LOAD_ONLY,
  `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});\nnew ExcelJS.Workbook().xlsx.readFile(process.argv[2]).catch((e) => { console.error(e); process.exitCode = 2; });\n`,
);

export function runNode(args: readonly string[], heapMb: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const report = join(helpers, `report-${reports++}.txt`);
    writeFileSync(report, '');
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `--require ${RSS_PRELOAD}`, BENCH_REPORT: report },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const lines = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(' ').map(Number));
      const sum = (k: number) => lines.reduce((n, l) => n + (l[k] ?? 0), 0);
      if (status !== 0 && status !== 1) process.stderr.write(stderr.slice(-2000));
      resolve({ ms, rssMb: Math.round(sum(1) / 1024), cpuMs: sum(2) / 1000, gcMs: sum(3), status });
    });
  });
}

export const loadWithExceljs = (file: string, heapMb: number) => runNode([LOAD_ONLY, file], heapMb);

export const runCliOn = (cli: string, file: string, heapMb: number, args: readonly string[] = ['--no-write', '--json']) =>
  runNode([cli, file, ...args], heapMb);

/** The command line's default run: verify and write the annotated copy into `outDir`. */
export const runCliWriting = (cli: string, file: string, heapMb: number, outDir: string) =>
  runNode([cli, file, '--json', '--out', outDir], heapMb);

/**
 * The fastest of `times` runs of each (wall and CPU time each at their minimum: load
 * from other work on the machine only ever adds), alternating so it falls on all alike.
 */
export async function fastestOf(times: number, tasks: readonly (() => Promise<Run>)[]): Promise<Run[]> {
  const runs: Run[][] = tasks.map(() => []);
  for (let i = 0; i < times; i++) {
    for (const [k, task] of tasks.entries()) runs[k]?.push(await task());
  }
  return runs.map(best);
}

export async function fastestPair(
  times: number,
  a: () => Promise<Run>,
  b: () => Promise<Run>,
): Promise<[Run, Run]> {
  const [ra, rb] = await fastestOf(times, [a, b]);
  return [ra as Run, rb as Run];
}

function best(runs: readonly Run[]): Run {
  const min = (pick: (r: Run) => number) => Math.min(...runs.map(pick));
  return { ms: min((r) => r.ms), cpuMs: min((r) => r.cpuMs), gcMs: min((r) => r.gcMs), rssMb: Math.max(...runs.map((r) => r.rssMb)), status: runs[0]?.status ?? null };
}
