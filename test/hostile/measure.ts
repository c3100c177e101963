/**
 * Checks one file in this process, as a checking child of the command line does
 * (src/cli/checker.ts), and prints what came of it with the time it took and the
 * process's peak memory: the hostile suite runs it as a child process so that each
 * case's memory is its own.
 *
 *   node --require ts-node/register test/hostile/measure.ts FILE [ko|en] [OUTPUT]
 */
import { makeOptions, verifyWorkbook, type Language } from '../../src/engine/index';
import { checkFile } from '../../src/cli/check';
import { exitStatus } from '../../src/cli/run';

export interface Measured {
  readonly outcome: Awaited<ReturnType<typeof checkFile>>;
  readonly status: number;
  readonly ms: number;
  readonly peakMb: number;
}

async function main(): Promise<void> {
  const [file = '', language = 'en', output] = process.argv.slice(2);
  const started = performance.now();
  const outcome = await checkFile(file, output ? { path: output, instead: null } : null, { verify: makeOptions({ language: language as Language }) }, verifyWorkbook);
  const ms = Math.round(performance.now() - started);
  // ru_maxrss: the most this process ever held, in kilobytes.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ outcome, status: exitStatus([outcome]), ms, peakMb } satisfies Measured));
}

void main();
