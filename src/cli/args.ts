/** Command-line arguments → an immutable request, or the reason they are wrong. */
import type { Language, RoundingPolicy } from '../engine/index';

export interface CliRequest {
  readonly files: readonly string[];
  readonly json: boolean;
  /** Where to write annotated copies: null = next to each input; `false` = nowhere. */
  readonly out: string | null | false;
  readonly language: Language;
  readonly rounding: RoundingPolicy;
  /** Exit 1 also when a figure is unchecked or a warning is found (nothing may go unverified). */
  readonly strict: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; request: CliRequest }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

const STRICT_MODES: readonly RoundingPolicy[] = ['down', 'half-up', 'up'];

/** Splits `--name=value` so both `--lang en` and `--lang=en` work. */
function splitOption(arg: string): { name: string; inline: string | undefined } {
  const eq = arg.indexOf('=');
  return eq < 0
    ? { name: arg, inline: undefined }
    : { name: arg.slice(0, eq), inline: arg.slice(eq + 1) };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const files: string[] = [];
  let json = false;
  let out: string | null = null;
  let noWrite = false;
  let language: Language = 'ko';
  let rounding: RoundingPolicy = 'any';
  let strict = false;
  let optionsDone = false;
  const error = (message: string): ParsedArgs => ({ kind: 'usage-error', message });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const { name, inline } = splitOption(arg);
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case '--':
        optionsDone = true;
        break;
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--json':
        if (inline !== undefined) return error('--json takes no value.');
        json = true;
        break;
      case '--no-write':
        if (inline !== undefined) return error('--no-write takes no value.');
        noWrite = true;
        break;
      case '--out': {
        const dir = takeValue();
        if (!dir) return error('--out needs a directory.');
        out = dir;
        break;
      }
      case '--lang': {
        const lang = takeValue();
        if (lang !== 'ko' && lang !== 'en')
          return error(`--lang must be ko or en${lang ? `, not ${lang}` : ''}.`);
        language = lang;
        break;
      }
      case '--strict':
        if (inline !== undefined) return error('--strict takes no value.');
        strict = true;
        break;
      case '--strict-rounding':
        if (inline === undefined) rounding = 'table';
        else if ((STRICT_MODES as readonly string[]).includes(inline))
          rounding = inline as RoundingPolicy;
        else
          return error(
            `--strict-rounding takes down, half-up or up, not ${inline || '(nothing)'}.`,
          );
        break;
      default:
        return error(`unknown option ${name}.`);
    }
  }
  if (out !== null && noWrite) return error('--out and --no-write cannot be used together.');
  if (files.length === 0) return error('no files given.');
  return { kind: 'run', request: { files, json, out: noWrite ? false : out, language, rounding, strict } };
}

export function usage(): string {
  return [
    'Usage: budget-verify FILE... [--json] [--out DIR | --no-write] [--lang ko|en] [--strict] [--strict-rounding[=down|half-up|up]]',
    '',
    'Verifies the arithmetic of Korean public budget workbooks (.xlsx).',
    '',
    "  --json               print one JSON document with every file's tables and findings",
    '  --out DIR            write the annotated copies NAME.checked.xlsx into DIR (default: next to each file)',
    '  --no-write           write no annotated copy',
    '  --lang ko|en         language of messages, notes and headings (default: ko)',
    '  --strict             exit 1 also when a figure could not be checked or a warning is found',
    '  --strict-rounding    amounts must round the way their table does; =down, =half-up or =up to require one way',
    '  -h, --help           show this help',
    '',
    'Exit status: 0 no errors, 1 at least one error finding (with --strict: or a warning, or a figure not checked),',
    '2 the command could not run or a file could not be read or written.',
    '',
  ].join('\n');
}
