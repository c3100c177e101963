/**
 * Issue 15's targets, one home: each measured figure printed beside its target with
 * PASS or MISS (or NOT MEASURED, and why), so the bench says plainly what holds.
 */

export const TARGETS = {
  /** The command line with --json --no-write, against exceljs alone loading the same file. */
  cliNoWrite: 0.35,
  /** The command line writing the annotated copy, against exceljs's load. */
  cliWriting: 0.5,
  /** Peak memory of the command line (all its processes) on a 500k-row book, MB. */
  peakMb500k: 600,
  /** Engine time t(500k) / t(50k). */
  engineLinear: 11,
  /** Garbage collection, as a share of one check's time. */
  gcShare: 0.1,
  /** The page: Verify of a 100k-row sheet done within this long of the file being open, ms. */
  pageVerifyMs: 1500,
} as const;

export interface Verdict {
  readonly name: string;
  /** The figure, as printed; null when it was not measured. */
  readonly measured: string | null;
  readonly target: string;
  readonly pass: boolean;
  /** Why it was not measured, or where it was worst. */
  readonly note?: string;
}

/** A figure that must be at most its target. */
export function atMost(name: string, value: number | null, target: number, show: (n: number) => string, note?: string): Verdict {
  return { name, measured: value === null ? null : show(value), target: `≤ ${show(target)}`, pass: value !== null && value <= target, ...(note ? { note } : {}) };
}

export function verdictLines(verdicts: readonly Verdict[]): string[] {
  const width = Math.max(...verdicts.map((v) => v.name.length));
  return verdicts.map((v) => {
    const mark = v.measured === null ? 'NOT MEASURED' : v.pass ? 'PASS' : 'MISS';
    const figure = v.measured === null ? '' : `${v.measured} (target ${v.target})`;
    return `  ${mark.padEnd(12)} ${v.name.padEnd(width)}  ${figure}${v.note ? `${figure ? '; ' : ''}${v.note}` : ''}`;
  });
}

export const ratio = (n: number) => `${n.toFixed(2)}×`;
export const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
export const megabytes = (n: number) => `${Math.round(n)} MB`;
export const millis = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
