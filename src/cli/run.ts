/**
 * `budget-verify FILE... [--json] [--out DIR | --no-write] [--lang ko|en] [--strict-rounding[=MODE]]`
 * as a function: arguments and output streams in, exit status out, so tests run it in-process.
 */
import { resolve } from 'node:path';
import { makeOptions, verifyWorkbook } from '../engine/index';
import { annotatedPath, countFindings } from '../file/index';
import { parseArgs, usage, type CliRequest } from './args';
import { checkFile, isFailure, type FileOutcome } from './check';
import { jsonDocument } from './json';
import { fileText, totalText } from './text';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** The engine entry point; tests inject a fake. */
  readonly verify?: typeof verifyWorkbook;
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

export function exitStatus(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => isFailure(o) || o.writeError !== null)) return EXIT_FAILED;
  const errors = outcomes.reduce(
    (n, o) => (isFailure(o) ? n : n + countFindings(o.findings).errors),
    0,
  );
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
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
  const verify = io.verify ?? verifyWorkbook;
  const outputs = outputPaths(request);
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of request.files.entries()) {
    const outcome = await checkFile(file, outputs[i] ?? null, options, verify);
    outcomes.push(outcome);
    // Problems go to stderr in both modes, so --json keeps stdout to the one document.
    if (isFailure(outcome)) {
      io.stderr(`budget-verify: ${outcome.error}\n`);
      continue;
    }
    for (const warning of outcome.warnings) io.stderr(`budget-verify: ${file}: ${warning}\n`);
    if (outcome.writeError !== null) io.stderr(`budget-verify: ${outcome.writeError}\n`);
    if (!request.json) io.stdout(fileText(outcome, request.language));
  }
  if (request.json) io.stdout(jsonDocument(outcomes));
  else if (outcomes.length > 1) io.stdout(totalText(outcomes, request.language));
  return exitStatus(outcomes);
}
