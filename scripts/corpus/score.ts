/**
 * Scores one engine run against what a corpus case requires: each required finding is
 * found (its cell, its rule), found with another rule, or missed; every other finding is a
 * false alarm, except one carried from a required cell (its `cause` names that cell).
 */
import type { Finding, VerifyResult } from '../../src/engine';
import type { TextSheet } from '../sheet-text';

export interface Required {
  readonly sheet: string;
  readonly cell: string;
  readonly rule: string;
  readonly expected: number;
}

export interface Score {
  found: number;
  /** Found at its cell and rule, but with an expected figure other than the one recorded. */
  figureDiffers: number;
  wrongRule: number;
  missed: number;
  falseErrors: number;
  falseWarnings: number;
  carried: number;
  unchecked: number;
  /** Runs whose result has a coverage field (it is being added to the engine). */
  coverageRuns: number;
}

export function emptyScore(): Score {
  return { found: 0, figureDiffers: 0, wrongRule: 0, missed: 0, falseErrors: 0, falseWarnings: 0, carried: 0, unchecked: 0, coverageRuns: 0 };
}

export function addScore(into: Score, more: Score): void {
  for (const key of Object.keys(into) as (keyof Score)[]) into[key] += more[key];
}

/** Expected figures agree when they differ by less than the rounding a figure allows. */
function sameFigure(a: number | null, b: number): boolean {
  return a !== null && Math.abs(a - b) <= Math.max(0.5, Math.abs(b) * 0.001);
}

export function scoreRun(result: VerifyResult, required: readonly Required[]): Score {
  const score = emptyScore();
  const used = new Set<Finding>();
  const at = (f: Finding, r: Required) => f.sheet === r.sheet && f.cell === r.cell && f.severity === 'error';
  for (const r of required) {
    const exact = result.findings.find((f) => at(f, r) && f.rule === r.rule && !used.has(f));
    const other = result.findings.find((f) => at(f, r) && !used.has(f));
    if (exact) {
      used.add(exact);
      score.found += 1;
      if (!sameFigure(exact.expected, r.expected)) score.figureDiffers += 1;
    } else if (other) {
      used.add(other);
      score.wrongRule += 1;
    } else {
      score.missed += 1;
    }
  }
  const causes = new Set(required.map((r) => `${r.sheet}!${r.cell}`));
  for (const f of result.findings) {
    if (used.has(f)) continue;
    if (f.cause !== f.cell && causes.has(`${f.sheet}!${f.cause}`)) score.carried += 1;
    else if (f.severity === 'error') score.falseErrors += 1;
    else score.falseWarnings += 1;
  }
  const coverage = (result as { coverage?: { unchecked?: readonly unknown[] } }).coverage;
  if (coverage) {
    score.coverageRuns += 1;
    score.unchecked += coverage.unchecked?.length ?? 0;
  }
  return score;
}

export function sheetName(sheets: readonly TextSheet[], sheet: string | undefined): string {
  return sheet ?? sheets[0]?.name ?? '';
}
