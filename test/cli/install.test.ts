/**
 * The officer's install (issue 14): `npm pack` gives a tarball that `npm install -g`
 * installs with its built files and its one runtime dependency bundled, so
 * `budget-verify FILE` runs from any folder. The install runs offline against an
 * empty npm cache: nothing may come from a registry (a closed government network
 * has none, and a name on a registry could be anyone's package).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { makeTempDir } from '../file/workbooks';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples');

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
}

function ok(result: SpawnSyncReturns<string>): string {
  if (result.status !== 0) throw new Error(`exit ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

describe('npm pack → npm install -g → budget-verify from another folder', () => {
  it('installs offline from the tarball and verifies a file in the folder it is run from', async () => {
    const packs = join(dir, 'packs');
    const prefix = join(dir, 'prefix');
    const cache = join(dir, 'empty-cache');
    const work = join(dir, 'officer', '예산 검토');
    await Promise.all([packs, prefix, cache, work].map((d) => mkdir(d, { recursive: true })));

    ok(run('npm', ['pack', '--silent', '--pack-destination', packs], ROOT));
    const [tarball] = await readdir(packs);
    expect(tarball).toMatch(/^budget-verify-.*\.tgz$/);

    const npmEnv = { npm_config_cache: cache, npm_config_update_notifier: 'false' };
    ok(
      run(
        'npm',
        ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(packs, tarball as string)],
        dir,
        npmEnv,
      ),
    );

    await copyFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'), join(work, '사업설명서.xlsx'));
    await copyFile(join(SAMPLES, 'seoul-sns-2021.xlsx'), join(work, 'seed.xlsx'));
    // The installed command by name, from the officer's folder, with the prefix's bin on PATH.
    const env = { PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}` };
    const flagged = run('budget-verify', ['사업설명서.xlsx'], work, env);
    expect(flagged.stderr).toBe('');
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).toContain('D29');
    expect(flagged.stdout).toContain('오류 4건');
    expect((await stat(join(work, '사업설명서.checked.xlsx'))).size).toBeGreaterThan(0);

    const clean = run('budget-verify', ['seed.xlsx', '--json', '--no-write'], work, env);
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout).summary).toMatchObject({ files: 1, errors: 0, warnings: 0 });
  }, 300_000);
});
