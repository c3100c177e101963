/**
 * The command line speaks Korean where the locale is Korean and with `--lang ko`,
 * English with `--lang en` or an English locale (issue 14): its errors, a wrong
 * option and its help, from one table per language (src/cli/messages.ts); the
 * launcher, before anything is built, by the same rule (bin/language.js).
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { languageOf } from '../../src/cli/locale';
import { cliMessagesFor } from '../../src/cli/messages';
import { runCli } from '../../src/cli/run';
import type { VerifyResult } from '../../src/engine/index';
import { makeTempDir } from '../file/workbooks';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const KOREAN = { LANG: 'ko_KR.UTF-8' };
const ENGLISH = { LANG: 'en_US.UTF-8' };
const NOTHING: VerifyResult = { tables: [], findings: [], coverage: { figures: 0, checked: 0, unchecked: [] } };

async function run(argv: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), verify: () => NOTHING, env });
  return { status, stdout, stderr };
}

/** Hangul in a line: Korean text (paths, option names and NAME.checked.xlsx stay as they are). */
const HANGUL = /[가-힣]/;

describe('a file that is not there', () => {
  const missing = () => join(dir, 'nope.xlsx');

  it.each([
    ['--lang ko under an English locale', ['--lang', 'ko'], ENGLISH],
    ['--lang=ko', ['--lang=ko'], ENGLISH],
    ['LANG=ko_KR.UTF-8', [], KOREAN],
  ])('is said in Korean with %s', async (_, argv, env) => {
    const r = await run([missing(), '--no-write', ...argv], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`budget-verify: ${missing()}: 파일이 없습니다.\n`);
  });

  it.each([
    ['--lang en under a Korean locale', ['--lang', 'en'], KOREAN],
    ['LANG=en_US.UTF-8', [], ENGLISH],
  ])('is said in English with %s', async (_, argv, env) => {
    const r = await run([missing(), '--no-write', ...argv], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`budget-verify: ${missing()}: no such file.\n`);
  });
});

describe('a wrong option', () => {
  it('is refused in Korean with --lang ko, and the Korean help follows', async () => {
    const r = await run(['--frobnicate', 'x.xlsx', '--lang', 'ko'], ENGLISH);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`budget-verify: 알 수 없는 옵션입니다: --frobnicate\n\n${cliMessagesFor('ko').usage}`);
  });

  it('is refused in Korean under a Korean locale: a language that is not one, a value missing, no file', async () => {
    expect((await run(['x.xlsx', '--lang', 'fr'], KOREAN)).stderr).toMatch(/^budget-verify: --lang의 값은 ko, en 중 하나여야 합니다 \(받은 값: fr\)\.\n\n사용법: /);
    expect((await run(['x.xlsx', '--out'], KOREAN)).stderr).toMatch(/^budget-verify: --out에 값이 필요합니다\.\n\n사용법: /);
    expect((await run([], KOREAN)).stderr).toMatch(/^budget-verify: 검산할 파일을 지정하세요\.\n\n사용법: /);
  });

  it('is refused in English with --lang en, even under a Korean locale', async () => {
    const r = await run(['--frobnicate', 'x.xlsx', '--lang=en'], KOREAN);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`budget-verify: unknown option --frobnicate.\n\n${cliMessagesFor('en').usage}`);
    expect((await run(['x.xlsx', '--lang', 'fr'], ENGLISH)).stderr).toMatch(/^budget-verify: --lang must be ko or en, not fr\.\n\nUsage: /);
  });
});

describe('the help', () => {
  it.each([
    ['--lang ko under an English locale', ['--help', '--lang', 'ko'], ENGLISH],
    ['LANG=ko_KR.UTF-8', ['--help'], KOREAN],
    ['LC_ALL=ko_KR.UTF-8 over LANG=en_US', ['-h'], { ...ENGLISH, LC_ALL: 'ko_KR.UTF-8' }],
  ])('is in Korean with %s: every line that says something says it in Korean', async (_, argv, env) => {
    const r = await run(argv, env);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(cliMessagesFor('ko').usage);
    const lines = r.stdout.split('\n').filter((line) => line.trim() !== '');
    expect(lines.filter((line) => !HANGUL.test(line))).toEqual([]);
    expect(r.stdout).toContain('검산 사본 NAME.checked.xlsx');
  });

  it.each([
    ['--lang en under a Korean locale', ['--help', '--lang', 'en'], KOREAN],
    ['LANG=en_US.UTF-8', ['--help'], ENGLISH],
  ])('is in English with %s, with no Korean in it', async (_, argv, env) => {
    const r = await run(argv, env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: budget-verify FILE\.\.\./);
    expect(r.stdout).not.toMatch(HANGUL);
  });
});

describe('one rule for the language', () => {
  it('is --lang when given (the last one), else the locale', () => {
    expect(languageOf(['x.xlsx'], KOREAN)).toBe('ko');
    expect(languageOf(['x.xlsx'], ENGLISH)).toBe('en');
    expect(languageOf(['x.xlsx'], {})).toBe('ko');
    expect(languageOf(['--lang', 'en', 'x.xlsx'], KOREAN)).toBe('en');
    expect(languageOf(['--lang=ko', 'x.xlsx'], ENGLISH)).toBe('ko');
    expect(languageOf(['--lang', 'en', '--lang', 'ko'], ENGLISH)).toBe('ko');
    // A value that is no language leaves the choice to the locale (and the option is refused in that language).
    expect(languageOf(['--lang', 'fr'], KOREAN)).toBe('ko');
  });

  it('is the launcher’s too, before the command line is built', async () => {
    // The launcher alone in a folder with no dist/: it can only say that the command line is not built.
    const bin = join(dir, 'unbuilt', 'bin');
    await mkdir(bin, { recursive: true });
    const source = join(__dirname, '..', '..', 'bin');
    await Promise.all(['budget-verify.js', 'language.js'].map((f) => copyFile(join(source, f), join(bin, f))));
    const launch = (argv: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, [join(bin, 'budget-verify.js'), ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
    const korean = launch(['x.xlsx'], KOREAN);
    expect(korean.status).toBe(2);
    expect(korean.stderr).toMatch(/^budget-verify: 명령줄 도구가 아직 빌드되지 않았습니다/);
    expect(launch(['x.xlsx', '--lang', 'ko'], ENGLISH).stderr).toMatch(/^budget-verify: 명령줄 도구가/);
    expect(launch(['x.xlsx'], ENGLISH).stderr).toMatch(/^budget-verify: the command line is not built yet/);
    expect(launch(['x.xlsx', '--lang=en'], KOREAN).stderr).toMatch(/^budget-verify: the command line is not built yet/);
  });
});
