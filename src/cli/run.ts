/**
 * `budget-verify FILE... [--json] [--out DIR | --no-write] [--lang ko|en] [--strict-rounding[=MODE]]`
 * as a function: arguments and output streams in, exit status out, so tests run it in-process.
 */
import { resolve } from 'node:path';
import { makeOptions, verifyWorkbook } from '../engine/index';
import { annotatedPath } from '../file/copy';
import { countFindings } from '../file/review';
import { parseArgs, usage, type CliRequest } from './args';
import { checkFile, isFailure, type FileOutcome, type FileReport } from './check';
import { jsonDocument } from './json';
import { checkInWorkers } from './pool';
import { NO_PROGRESS, progressBar } from './progress';
import { fileText, totalText } from './text';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** The engine entry point; tests inject a fake (and the files are then checked in this thread). */
  readonly verify?: typeof verifyWorkbook;
  /** stderr is a terminal: draw a progress bar there (never with --json). */
  readonly progress?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILED = 2;

/**
 * One output path per input. Two inputs with the same name (from different folders,
 * with --out) or an output that would land on another input get `NAME (2).checked.xlsx`.
 */
function outputPaths(request: CliRequest): (string | null)[] {
  if (request.out === false) return request.files.map(() => null);
  const taken = new Set(request.files.map((f) => resolve(f)));
  const outDir = request.out ?? undefined;
  return request.files.map((file) => {
    let candidate = annotatedPath(file, outDir);
    for (let n = 2; taken.has(resolve(candidate)); n++) {
      candidate = annotatedPath(file, outDir).replace(/\.checked\.xlsx$/, ` (${n}).checked.xlsx`);
    }
    taken.add(resolve(candidate));
    return candidate;
  });
}

export function exitStatus(outcomes: readonly FileOutcome[], strict = false): number {
  if (outcomes.some((o) => isFailure(o) || o.writeError !== null)) return EXIT_FAILED;
  const reports = outcomes.filter((o): o is FileReport => !isFailure(o));
  const counts = countFindings(reports.flatMap((r) => r.findings));
  if (counts.errors > 0) return EXIT_FINDINGS;
  // --strict: a result is clean only when every figure was checked and nothing warned.
  const unverified = reports.some((r) => r.coverage.unchecked.length > 0) || counts.warnings > 0;
  return strict && unverified ? EXIT_FINDINGS : EXIT_OK;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(usage());
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`budget-verify: ${parsed.message}\n\n${usage()}`);
    return EXIT_FAILED;
  }
  const { request } = parsed;
  const options = makeOptions({ language: request.language, rounding: request.rounding });
  const outputs = outputPaths(request);
  const files = request.files;
  const progress = io.progress && !request.json ? progressBar(files.length, io.stderr) : NO_PROGRESS;
  // Outcomes arrive in any order from the workers; they are reported in the order given.
  const arrived: (FileOutcome | undefined)[] = files.map(() => undefined);
  const outcomes: FileOutcome[] = [];
  const report = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    progress.clear();
    // Problems go to stderr in both modes, so --json keeps stdout to the one document.
    if (isFailure(outcome)) {
      io.stderr(`budget-verify: ${outcome.error}\n`);
      return;
    }
    for (const warning of outcome.warnings) io.stderr(`budget-verify: ${outcome.file}: ${warning}\n`);
    if (outcome.writeError !== null) io.stderr(`budget-verify: ${outcome.writeError}\n`);
    if (!request.json) io.stdout(fileText(outcome, request.language));
  };
  const arrive = (index: number, outcome: FileOutcome) => {
    arrived[index] = outcome;
    progress.finished();
    for (let next = arrived[outcomes.length]; next; next = arrived[outcomes.length]) report(next);
  };
  if (io.verify || files.length === 1) {
    for (const [i, file] of files.entries()) {
      progress.started(file);
      arrive(i, await checkFile(file, outputs[i] ?? null, options, io.verify ?? verifyWorkbook));
    }
  } else {
    const jobs = files.map((file, i) => ({ file, output: outputs[i] ?? null }));
    await checkInWorkers(jobs, options, { started: (i) => progress.started(files[i] ?? ''), done: arrive });
  }
  progress.clear();
  if (request.json) io.stdout(jsonDocument(outcomes));
  else if (outcomes.length > 1) io.stdout(totalText(outcomes, request.language));
  return exitStatus(outcomes, request.strict);
}
