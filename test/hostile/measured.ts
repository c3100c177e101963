/**
 * Runs one case of the hostile suite in a child process (measure.ts) and gives back
 * its outcome, exit status, time and peak memory. Every case must finish within
 * 20 s and 1 GB: the bounds issue 13 sets.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Measured } from './measure';

export const ROOT = join(__dirname, '..', '..');
const MEASURE = join(__dirname, 'measure.ts');

export const MAX_MS = 20_000;
export const MAX_MB = 1024;

export function measure(file: string, language: 'ko' | 'en' = 'en', output?: string): Promise<Measured> {
  const args = ['--require', 'ts-node/register', MEASURE, file, language, ...(output ? [output] : [])];
  return new Promise((resolve, reject) => {
    // A hang is a failure too: the child is stopped well past the 20 s bound.
    execFile(process.execPath, args, { cwd: ROOT, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`the measured check failed: ${err.message}\n${stderr}`));
      resolve(JSON.parse(stdout) as Measured);
    });
  });
}

/** Writes a case's bytes to `dir/name` and measures its check. */
export async function measureBytes(dir: string, name: string, bytes: Uint8Array, language: 'ko' | 'en' = 'en'): Promise<Measured> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return measure(file, language);
}

/** The bounds every case keeps, whatever its outcome. */
export function expectBounded(m: Measured): void {
  expect(m.ms).toBeLessThanOrEqual(MAX_MS);
  expect(m.peakMb).toBeLessThanOrEqual(MAX_MB);
}

export function errorOf(m: Measured): string {
  return 'error' in m.outcome ? m.outcome.error : '';
}
