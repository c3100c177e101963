/**
 * `budget-verify FILE... [--json] [--out DIR | --no-write] [--lang ko|en] [--strict-rounding[=MODE]] [--max-… N]`
 * as a function: arguments and output streams in, exit status out, so tests run it in-process.
 */
import type { Language, verifyWorkbook } from '../engine/index';
// The module itself, not the engine's index: this process only reports; the checking processes load the engine.
import { makeOptions } from '../engine/options';
import { countFindings } from '../file/review';
import { parseArgs } from './args';
import { isFailure, type CheckOptions, type FileOutcome, type FileReport } from './outcome';
import { jsonDocument } from './json';
import { localeLanguage, type Environment } from './locale';
import { cliMessagesFor } from './messages';
import { planCopies } from './outputs';
import type { EarlyChildren } from './children';
import { checkInChildren } from './pool';
import { planRun, type PlanSettings } from './plan';
import { NO_PROGRESS, progressBar } from './progress';
import { forTerminal } from './terminal';
import { fileText, totalText } from './text';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** The engine entry point; tests inject a fake (and the files are then checked in this thread). */
  readonly verify?: typeof verifyWorkbook;
  /** stderr is a terminal: draw a progress bar there (never with --json). */
  readonly progress?: boolean;
  /** The locale variables (LC_ALL, LC_MESSAGES, LANG) that choose the language when --lang does not. */
  readonly env?: Environment;
  /** Checking processes started before the command line was loaded (main.ts); the run takes or ends them. */
  readonly early?: EarlyChildren;
  /** How the run is planned (tests share small files out); the machine's cores and SHARE_FROM_BYTES otherwise. */
  readonly plan?: PlanSettings;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILED = 2;

export function exitStatus(outcomes: readonly FileOutcome[], strict = false): number {
  const failed = (o: FileOutcome) => isFailure(o) || o.writeError !== null || o.damaged.length > 0;
  if (outcomes.some(failed)) return EXIT_FAILED;
  const reports = outcomes.filter((o): o is FileReport => !isFailure(o));
  const counts = countFindings(reports.flatMap((r) => r.findings));
  if (counts.errors > 0) return EXIT_FINDINGS;
  // --strict: a result is clean only when every figure was checked and nothing warned.
  const unverified = reports.some((r) => r.coverage.unchecked.length > 0) || counts.warnings > 0;
  return strict && unverified ? EXIT_FINDINGS : EXIT_OK;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const language: Language = (parsed.kind === 'run' ? parsed.request.language : parsed.language) ?? localeLanguage(io.env ?? {});
  const messages = cliMessagesFor(language);
  if (parsed.kind === 'help') {
    io.stdout(messages.usage);
    return EXIT_OK;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`budget-verify: ${forTerminal(messages.usageProblem(parsed.problem))}\n\n${messages.usage}`);
    return EXIT_FAILED;
  }
  const { request } = parsed;
  const options: CheckOptions = { verify: makeOptions({ language, rounding: request.rounding }), limits: request.limits, report: request.report };
  const copies = await planCopies(request);
  const files = request.files;
  const progress = io.progress && !request.json ? progressBar(files.length, io.stderr) : NO_PROGRESS;
  // Outcomes arrive in any order from the checking processes; they are reported in the order given.
  const arrived: (FileOutcome | undefined)[] = files.map(() => undefined);
  const outcomes: FileOutcome[] = [];
  const problem = (text: string) => io.stderr(`budget-verify: ${forTerminal(text)}\n`);
  const report = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    progress.clear();
    // Problems go to stderr in both modes, so --json keeps stdout to the one document.
    if (isFailure(outcome)) {
      problem(outcome.error);
      return;
    }
    for (const warning of outcome.warnings) problem(`${outcome.file}: ${warning}`);
    if (outcome.writeError !== null) problem(outcome.writeError);
    if (!request.json) io.stdout(fileText(outcome, language));
  };
  const arrive = (index: number, outcome: FileOutcome) => {
    arrived[index] = outcome;
    progress.finished();
    for (let next = arrived[outcomes.length]; next; next = arrived[outcomes.length]) report(next);
  };
  if (io.verify) {
    // In this process (tests): the reader, the engine's caller and the writer, loaded here only.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily on purpose: the parent process of a real run never needs it
    const { checkFile } = require('./check') as typeof import('./check');
    for (const [i, file] of files.entries()) {
      progress.started(file);
      arrive(i, await checkFile(file, copies[i] ?? null, options, io.verify));
    }
  } else {
    // Every file in a child process, even a single one: a file that brings V8 down costs only itself.
    const jobs = files.map((file, i) => ({ file, copy: copies[i] ?? null }));
    const events = { started: (i: number) => progress.started(files[i] ?? ''), done: arrive };
    await checkInChildren(jobs, options, events, planRun(request, io.plan), io.early ?? null);
  }
  progress.clear();
  if (request.json) io.stdout(jsonDocument(outcomes));
  else if (outcomes.length > 1) io.stdout(totalText(outcomes, language));
  return exitStatus(outcomes, request.strict);
}
