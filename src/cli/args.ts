/**
 * Command-line arguments → an immutable request, or what is wrong with them (as
 * data: messages.ts words it in the user's language). Each option is one entry
 * in OPTIONS: a new one is one more entry and a field.
 */
import type { Language, RoundingPolicy } from '../engine/index';
import { withLimits, type ReadLimits } from '../file/limits';
import { languageAsked } from './locale';
import type { UsageProblem } from './messages';

export interface CliRequest {
  readonly files: readonly string[];
  readonly json: boolean;
  /** Where to write annotated copies: null = next to each input; `false` = nowhere. */
  readonly out: string | null | false;
  /** As given with `--lang`; null: the locale decides (locale.ts). */
  readonly language: Language | null;
  readonly rounding: RoundingPolicy;
  /** Exit 1 also when a figure is unchecked or a warning is found (nothing may go unverified). */
  readonly strict: boolean;
  /** Write `NAME.report.html` (the print view) beside each copy, or beside each input with --no-write. */
  readonly report: boolean;
  readonly limits: ReadLimits;
  /** The heap of each checking process, in MiB; null: a share of the machine's memory (pool.ts). */
  readonly memoryMb: number | null;
}

export type ParsedArgs =
  | { kind: 'run'; request: CliRequest }
  | { kind: 'help'; language: Language | null }
  | { kind: 'usage-error'; problem: UsageProblem; language: Language | null };

/** What the options set, while they are read. */
interface Draft {
  json: boolean;
  out: string | null;
  noWrite: boolean;
  language: Language | null;
  rounding: RoundingPolicy;
  strict: boolean;
  report: boolean;
  limits: { -readonly [K in keyof ReadLimits]?: ReadLimits[K] };
  memoryMb: number | null;
}

type Apply = (draft: Draft, value: string | undefined, name: string) => UsageProblem | 'help' | null;

interface OptionSpec {
  readonly names: readonly string[];
  /** `none`: a flag; `required`: `--x V` or `--x=V`; `inline`: only `--x=V`, or nothing. */
  readonly value: 'none' | 'required' | 'inline';
  readonly apply: Apply;
}

const STRICT_MODES: readonly RoundingPolicy[] = ['down', 'half-up', 'up'];

/** `512M`, `1.5G`, `900k`, `1048576`: bytes. */
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) return null;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  const bytes = Math.floor(Number(m[1]) * scale);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

const size = (key: 'fileBytes' | 'unpackedBytes' | 'partBytes'): Apply => (draft, value, name) => {
  const bytes = parseSize(value ?? '');
  if (bytes === null) return { kind: 'bad-value', option: name, value: value ?? '', allowed: ['512M', '1G', '…'] };
  draft.limits[key] = bytes;
  return null;
};

const OPTIONS: readonly OptionSpec[] = [
  { names: ['-h', '--help'], value: 'none', apply: () => 'help' },
  { names: ['--json'], value: 'none', apply: (d) => ((d.json = true), null) },
  { names: ['--no-write'], value: 'none', apply: (d) => ((d.noWrite = true), null) },
  { names: ['--strict'], value: 'none', apply: (d) => ((d.strict = true), null) },
  { names: ['--report'], value: 'none', apply: (d) => ((d.report = true), null) },
  { names: ['--out'], value: 'required', apply: (d, v) => ((d.out = v ?? null), null) },
  {
    names: ['--lang'],
    value: 'required',
    apply: (d, v, name) => {
      if (v !== 'ko' && v !== 'en') return { kind: 'bad-value', option: name, value: v ?? '', allowed: ['ko', 'en'] };
      d.language = v;
      return null;
    },
  },
  {
    names: ['--strict-rounding'],
    value: 'inline',
    apply: (d, v, name) => {
      if (v === undefined) d.rounding = 'table';
      else if ((STRICT_MODES as readonly string[]).includes(v)) d.rounding = v as RoundingPolicy;
      else return { kind: 'bad-value', option: name, value: v, allowed: ['down', 'half-up', 'up'] };
      return null;
    },
  },
  { names: ['--max-file'], value: 'required', apply: size('fileBytes') },
  { names: ['--max-unpacked'], value: 'required', apply: size('unpackedBytes') },
  { names: ['--max-part'], value: 'required', apply: size('partBytes') },
  {
    names: ['--max-memory'],
    value: 'required',
    apply: (d, v, name) => {
      const mb = /^\d+$/.test(v ?? '') ? Number(v) : 0;
      if (!Number.isSafeInteger(mb) || mb < 64) return { kind: 'bad-value', option: name, value: v ?? '', allowed: ['64', '1024', '…'] };
      d.memoryMb = mb;
      return null;
    },
  },
  {
    names: ['--max-cells'],
    value: 'required',
    apply: (d, v, name) => {
      const n = /^\d+$/.test(v ?? '') ? Number(v) : 0;
      if (!Number.isSafeInteger(n) || n < 1) return { kind: 'bad-value', option: name, value: v ?? '', allowed: ['1', '2', '…'] };
      d.limits.sheetCells = n;
      return null;
    },
  },
];

/** Splits `--name=value` so both `--lang en` and `--lang=en` work. */
function splitOption(arg: string): { name: string; inline: string | undefined } {
  const eq = arg.indexOf('=');
  return eq < 0 ? { name: arg, inline: undefined } : { name: arg.slice(0, eq), inline: arg.slice(eq + 1) };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const files: string[] = [];
  const draft: Draft = { json: false, out: null, noWrite: false, language: null, rounding: 'any', strict: false, report: false, limits: {}, memoryMb: null };
  let optionsDone = false;
  const language = languageAsked(argv);
  const error = (problem: UsageProblem): ParsedArgs => ({ kind: 'usage-error', problem, language });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    const { name, inline } = splitOption(arg);
    const spec = OPTIONS.find((o) => o.names.includes(name));
    if (!spec) return error({ kind: 'unknown-option', option: name });
    let value = inline;
    if (spec.value === 'none' && inline !== undefined) return error({ kind: 'takes-no-value', option: name });
    if (spec.value === 'required' && value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return error({ kind: 'no-value', option: name });
      value = next;
      i++;
    }
    if (spec.value === 'required' && value === '') return error({ kind: 'no-value', option: name });
    const outcome = spec.apply(draft, value, name);
    if (outcome === 'help') return { kind: 'help', language };
    if (outcome) return error(outcome);
  }
  if (draft.out !== null && draft.noWrite) return error({ kind: 'conflict', options: ['--out', '--no-write'] });
  if (files.length === 0) return error({ kind: 'no-files' });
  const { json, out, noWrite, rounding, strict, report } = draft;
  return {
    kind: 'run',
    request: { files, json, out: noWrite ? false : out, language: draft.language, rounding, strict, report, limits: withLimits(draft.limits), memoryMb: draft.memoryMb },
  };
}
