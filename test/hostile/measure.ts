/**
 * Checks files in this process, as a checking child of the command line does
 * (src/cli/checker.ts), and prints what came of each with the time it took and the
 * process's peak memory so far: the hostile suite runs it as a child process so that
 * a case's memory is its own, or, for a group of small cases, a bound on each of them
 * (loading the checker once costs seconds; a check of a small file, milliseconds).
 *
 *   node --expose-gc --require ts-node/register test/hostile/measure.ts '[{"file":"FILE","language":"en"}]'
 */
import { makeOptions, verifyWorkbook, type Language } from '../../src/engine/index';
import { checkFile } from '../../src/cli/check';
import { exitStatus } from '../../src/cli/run';

export interface MeasureJob {
  readonly file: string;
  readonly language?: Language;
  /** Where the annotated copy goes; none written without it. */
  readonly output?: string;
}

export interface Measured {
  readonly outcome: Awaited<ReturnType<typeof checkFile>>;
  readonly status: number;
  readonly ms: number;
  /** The most this process had held when this file was done (every file before it included). */
  readonly peakMb: number;
}

async function main(): Promise<void> {
  const jobs = JSON.parse(process.argv[2] ?? '[]') as MeasureJob[];
  const measured: Measured[] = [];
  for (const { file, language = 'en', output } of jobs) {
    const started = performance.now();
    const outcome = await checkFile(file, output ? { path: output, instead: null } : null, { verify: makeOptions({ language }) }, verifyWorkbook);
    const ms = Math.round(performance.now() - started);
    // ru_maxrss: the most this process ever held, in kilobytes.
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    measured.push({ outcome, status: exitStatus([outcome]), ms, peakMb });
    (globalThis as { gc?: () => void }).gc?.();
  }
  process.stdout.write(JSON.stringify(measured));
}

void main();
