/** Several files: checked in child processes (the real path), reported in the order given; the progress bar. */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyWorkbook } from '../../src/engine/index';
import { runCaptured } from './capture';
import { progressBar } from '../../src/cli/progress';
import { childEnv, EarlyChildren, startChild } from '../../src/cli/children';
import { planRun } from '../../src/cli/plan';
import { makeTempDir } from '../file/workbooks';

const SAMPLES = join(__dirname, '..', '..', 'samples');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const run = runCaptured;

async function files(): Promise<string[]> {
  const clean = join(dir, 'clean.xlsx');
  const errors = join(dir, 'errors.xlsx');
  await copyFile(join(SAMPLES, 'seoul-sns-2021.xlsx'), clean);
  await copyFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'), errors);
  return [errors, join(dir, 'missing.xlsx'), clean];
}

describe('several files', () => {
  it('are checked in child processes with the same outcome, in the order given, as in one thread', async () => {
    const argv = [...(await files()), '--json', '--no-write'];
    const parallel = await run(argv);
    const inThread = await run(argv, { verify: verifyWorkbook });
    expect(parallel.status).toBe(2);
    expect(parallel.stdout).toBe(inThread.stdout);
    expect(parallel.stderr).toBe(inThread.stderr);
    const doc = JSON.parse(parallel.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(argv.slice(0, 3));
    expect(doc.files[0].findings).toHaveLength(4);
    expect(doc.files[1].error).toMatch(/파일이 없습니다/);
    expect(doc.files[2].findings).toEqual([]);
  }, 60_000);

  it('write their annotated copies from the child processes, and report them in text mode in order', async () => {
    const [errors, , clean] = await files();
    const r = await run([errors as string, clean as string]);
    expect(r.status).toBe(1);
    expect(r.stdout.indexOf('errors.xlsx')).toBeLessThan(r.stdout.indexOf('clean.xlsx'));
    expect(r.stdout).toContain('errors.checked.xlsx');
    expect(r.stdout).toContain('clean.checked.xlsx');
  }, 60_000);
});

describe('children started before the run (main.ts)', () => {
  it('are taken by the run, with the same outcome; those it does not want (another heap, more than files) end', async () => {
    const argv = [...(await files()), '--json', '--no-write'];
    const inThread = await run(argv, { verify: verifyWorkbook });
    const taken = await run(argv, { early: EarlyChildren.start(planRun({ files: argv.slice(0, 3), memoryMb: null })) });
    expect(taken.stdout).toBe(inThread.stdout);
    expect(taken.stderr).toBe(inThread.stderr);
    // Five children of 1 GiB for a run of 2 GiB children: none fits, each ends, and the run does not wait for them.
    const unfit = await run([...argv, '--max-memory', '2048'], { early: EarlyChildren.start({ children: 5, heapMb: 1024, boundedGrowth: false }) });
    expect(unfit.stdout).toBe(inThread.stdout);
  }, 120_000);

  it('get the heap asked for, its growth bounded and its own collection allowed for a large book (a 500k-row book peaked 120 MB higher without the bound)', () => {
    const bounded = startChild({ heapMb: 1536, boundedGrowth: true });
    const own = startChild({ heapMb: 1536, boundedGrowth: false });
    try {
      expect(bounded.spawnargs).toContain('--max-old-space-size=1536');
      expect(bounded.spawnargs).toContain('--heap-growing-percent=100');
      expect(own.spawnargs.some((a) => a.startsWith('--heap-growing-percent'))).toBe(false);
      expect(bounded.spawnargs).toContain('--expose-gc');
      expect(own.spawnargs).not.toContain('--expose-gc');
    } finally {
      bounded.kill();
      own.kill();
    }
  });

  it('start without the extra certificates node would parse before any script (a checking process opens no connection), and with everything else', () => {
    const env = { NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', LANG: 'ko_KR.UTF-8', PATH: '/usr/bin' };
    expect(childEnv(env)).toEqual({ LANG: 'ko_KR.UTF-8', PATH: '/usr/bin' });
    expect(env.NODE_EXTRA_CA_CERTS).toBe('/etc/ssl/certs/ca-certificates.crt');
  });
});

describe('the progress bar', () => {
  it('is drawn on stderr when it is a terminal, and erased at the end', async () => {
    const [errors, , clean] = await files();
    const r = await run([errors as string, clean as string, '--no-write'], { verify: verifyWorkbook, progress: true });
    expect(r.stderr).toContain('budget-verify [██████████░░░░░░░░░░] 1/2 errors.xlsx');
    expect(r.stderr).toContain('] 2/2 clean.xlsx');
    expect(r.stderr.endsWith('\r\x1b[2K')).toBe(true);
    expect(r.stdout).not.toContain('█');
  });

  it('is not drawn with --json, nor when stderr is not a terminal', async () => {
    const [errors, , clean] = await files();
    const json = await run([errors as string, clean as string, '--no-write', '--json'], { verify: verifyWorkbook, progress: true });
    const plain = await run([errors as string, clean as string, '--no-write'], { verify: verifyWorkbook });
    expect(json.stderr).toBe('');
    expect(plain.stderr).toBe('');
  });

  it('shortens long names and fills in proportion', () => {
    let out = '';
    const bar = progressBar(4, (s) => (out += s));
    bar.started(`/very/${'long-'.repeat(12)}name.xlsx`);
    bar.finished();
    expect(out).toContain('[█████░░░░░░░░░░░░░░░] 1/4 …');
    bar.clear();
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });
});
