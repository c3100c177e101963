/**
 * Where one check of a file spends its time, in a process of its own: the command
 * line's compiled code (dist/, built by the bench) checking the file as a checking
 * child does (cli/check.ts, no copy) and printing its JSON, with the functions of each
 * phase wrapped to add up their time, and the collector's pauses from
 * PerformanceObserver 'gc' entries. Then the floor for any JavaScript reader: inflate
 * every part and find every `<c` tag in the inflated bytes (native search, no decoding).
 *
 *   node --require ts-node/register scripts/bench/phases.ts FILE
 *
 * Prints { totalMs, againMs, phases: { inflate, parseXml, grid, tables, checks, output, other }, gcMs, gcCount, floorMs, cTags, findings }.
 * againMs: the same check run a second time in the process, warm.
 * "other" is what no wrapped function took (reading the file, decoding parts to text, the state sheet…).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import zlib from 'node:zlib';

const DIST = join(__dirname, '..', '..', 'dist');
// With a checking process's V8 settings, set as it sets them: the phases are the command line's.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled command line, loaded by path
(require(join(DIST, 'cli', 'compilerSettings.js')) as { applyCheckerV8Flags: () => void }).applyCheckerV8Flags();
type Phase = 'inflate' | 'parseXml' | 'grid' | 'tables' | 'verify' | 'output';
const spent: Record<Phase, number> = { inflate: 0, parseXml: 0, grid: 0, tables: 0, verify: 0, output: 0 };

type Fn = (...args: unknown[]) => unknown;
/** Wraps a module's export so its time adds to a phase; modules call each other's exports by property, so the wrapper is what runs. */
function timed(module: Record<string, unknown>, name: string, phase: Phase): void {
  const original = module[name] as Fn;
  if (typeof original !== 'function') throw new Error(`no function ${name} to time`);
  module[name] = (...args: unknown[]) => {
    const start = performance.now();
    try {
      return original(...args);
    } finally {
      spent[phase] += performance.now() - start;
    }
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled command line, loaded by path
const load = (path: string) => require(join(DIST, path)) as Record<string, unknown>;

timed(zlib as unknown as Record<string, unknown>, 'inflateRawSync', 'inflate');
const sheet = load('file/xlsx/sheet.js');
timed(sheet, 'scanSheetXml', 'parseXml');
timed(sheet, 'layOut', 'grid');
const parts = load('file/xlsx/parts.js');
timed(parts, 'sharedStrings', 'parseXml');
timed(parts, 'styleFormats', 'parseXml');
timed(load('engine/tables/detect.js'), 'findTables', 'tables');
const json = load('cli/json.js');
timed(json, 'jsonDocument', 'output');
const { checkFile } = load('cli/check.js') as { checkFile: Fn };
const engine = load('engine/index.js') as { verifyWorkbook: Fn; makeOptions: Fn };
const verify = (...args: unknown[]) => {
  const start = performance.now();
  try {
    return engine.verifyWorkbook(...args);
  } finally {
    spent.verify += performance.now() - start;
  }
};

/** Inflates every part and counts its `<c` tags: what no reader can do without. */
function floor(file: string): { ms: number; tags: number } {
  const { zipDirectory } = load('file/xlsx/zip.js') as { zipDirectory: (b: Uint8Array) => { data: () => Uint8Array }[] };
  const start = performance.now();
  let tags = 0;
  for (const entry of zipDirectory(readFileSync(file))) {
    const data = entry.data();
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.length);
    for (let at = bytes.indexOf('<c'); at >= 0; at = bytes.indexOf('<c', at + 2)) {
      const next = bytes[at + 2];
      if (next === 0x20 || next === 0x3e || next === 0x2f) tags++;
    }
  }
  return { ms: performance.now() - start, tags };
}

async function main(file: string): Promise<void> {
  let gcMs = 0;
  let gcCount = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcCount++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  const options = { verify: engine.makeOptions({ language: 'ko' }) };
  const outcome = await (checkFile(file, null, options, verify) as Promise<{ findings?: unknown[]; error?: string }>);
  (json.jsonDocument as Fn)([outcome]);
  const totalMs = performance.now() - start;
  // The entries come on a later turn of the event loop (takeRecords has none yet).
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const inflatedBefore = spent.inflate;
  const f = floor(file);
  spent.inflate = inflatedBefore;
  const { inflate, parseXml, grid, tables, verify: verified, output } = spent;
  const phases = { inflate, parseXml, grid, tables, checks: verified - tables, output, other: totalMs - inflate - parseXml - grid - verified - output };
  if (outcome.error) process.stderr.write(`${outcome.error}\n`);
  // The same check again in this process, its code compiled and its heap grown: what the
  // first one spent on V8 warming up is the difference (a fresh process pays it every run).
  const again = performance.now();
  await (checkFile(file, null, options, verify) as Promise<unknown>);
  const againMs = performance.now() - again;
  process.stdout.write(`${JSON.stringify({ totalMs, againMs, phases, gcMs, gcCount, floorMs: f.ms, cTags: f.tags, findings: outcome.findings?.length ?? -1 })}\n`);
}

void main(process.argv[2] ?? '');
