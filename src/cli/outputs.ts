/**
 * Where each input's annotated copy goes, decided before any file is checked:
 * `NAME.checked.xlsx` next to the input (or in --out), unless that name is taken
 * by another input, by another input's copy, or by a file we did not write (or
 * that was changed since): then the first `NAME.checked (n).xlsx` that is free or
 * is our own copy. Our own unedited copies are replaced; nothing else ever is.
 */
import { resolve } from 'node:path';
import type { CopyPlan } from './outcome';
import type { CliRequest } from './args';

export async function planCopies(request: CliRequest): Promise<(CopyPlan | null)[]> {
  if (request.out === false) return request.files.map(() => null);
  // The writer's module (it loads the package patcher) only when copies are to be written.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose: `--no-write` never needs it
  const { annotatedPath, MAX_NUMBERED, numberedPath, occupant } = require('../file/copyNames') as typeof import('../file/copyNames');
  const taken = new Set(request.files.map((f) => resolve(f)));
  const outDir = request.out ?? undefined;
  const plans: CopyPlan[] = [];
  for (const file of request.files) {
    const wanted = annotatedPath(file, outDir);
    let instead: string | null = null;
    let path = numberedPath(wanted, MAX_NUMBERED + 1);
    for (let n = 1; n <= MAX_NUMBERED; n++) {
      const candidate = numberedPath(wanted, n);
      if (taken.has(resolve(candidate))) continue;
      const at = await occupant(candidate);
      if (at === 'theirs') {
        if (n === 1) instead = wanted;
        continue;
      }
      path = candidate;
      break;
    }
    // Past the last number the writer finds no free name either, and says the copy could not be written.
    taken.add(resolve(path));
    plans.push({ path, instead });
  }
  return plans;
}
