import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  STATE_SHEET,
  type Finding,
  type VerifyOptions,
  type VerifyResult,
  type WorkbookSnapshot,
} from '../../src/engine/index';
import { runCli } from '../../src/cli/run';
import { encodeAcceptance } from '../../src/file/state';
import { displayWidth } from '../../src/cli/width';
import { budgetSheet, finding, loadWorkbook, makeTempDir, saveWorkbook } from '../file/workbooks';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  calls: { snapshot: WorkbookSnapshot; options: VerifyOptions }[];
}

/** Runs the CLI in-process with a fake engine that returns `findings` for every file. */
async function run(argv: string[], findings: readonly Finding[] = []): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const calls: Run['calls'] = [];
  const verify = (snapshot: WorkbookSnapshot, options?: VerifyOptions): VerifyResult => {
    calls.push({ snapshot, options: options as VerifyOptions });
    return {
      tables: [
        {
          kind: 'summary',
          sheet: 'Budget',
          range: 'A1:D4',
          unit: '천원',
          rounding: 'exact',
          title: '예산 총괄',
        },
      ],
      findings,
      coverage: { figures: 0, checked: 0, unchecked: [] },
    };
  };
  const status = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    verify,
  });
  return { status, stdout, stderr, calls };
}

const budget = (name = 'budget.xlsx'): Promise<string> =>
  saveWorkbook(join(dir, name), (wb) => budgetSheet(wb));

const ERROR = finding();
const WARNING = finding({
  rule: 'unreadable',
  severity: 'warning',
  cell: 'A4',
  expected: null,
  actual: null,
  unit: null,
  message: '읽을 수 없는 산출식입니다.',
  explain: '',
  cause: 'A4',
});

describe('budget-verify --json', () => {
  it('prints exactly one JSON document in the shape of DESIGN §4 and exits 1 on an error finding', async () => {
    const file = await budget();
    const r = await run([file, '--json', '--no-write'], [ERROR, WARNING]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual({
      files: [
        {
          file,
          tables: [
            {
              kind: 'summary',
              sheet: 'Budget',
              range: 'A1:D4',
              unit: '천원',
              rounding: 'exact',
              title: '예산 총괄',
            },
          ],
          findings: [
            {
              rule: 'subtotal',
              severity: 'error',
              sheet: 'Budget',
              cell: 'C2',
              expected: 427660,
              actual: 427000,
              unit: '천원',
              message: '계가 항목의 합과 다릅니다.',
              cause: 'C2',
              explain: '427,660 = 424,960 + 2,700',
              table: 'A1:D4',
              accepted: false,
            },
            expect.objectContaining({
              rule: 'unreadable',
              severity: 'warning',
              expected: null,
              actual: null,
              accepted: false,
            }),
          ],
          coverage: { figures: 0, checked: 0, unchecked: [] },
        },
      ],
      summary: { files: 1, errors: 1, warnings: 1, accepted: 0, unchecked: 0, unreadable: 0, damaged: 0 },
    });
  });

  it('hands the engine the workbook snapshot and the options', async () => {
    const file = await budget();
    const r = await run([
      file,
      '--json',
      '--no-write',
      '--lang',
      'en',
      '--strict-rounding=half-up',
    ]);
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]?.options).toEqual({ language: 'en', rounding: 'half-up' });
    expect(r.calls[0]?.snapshot.sheets[0]?.texts[1]).toEqual([
      '계',
      '534,200',
      '427,660',
      '△106,540',
    ]);
    const strict = await run([file, '--no-write', '--strict-rounding']);
    expect(strict.calls[0]?.options).toEqual({ language: 'ko', rounding: 'table' });
  });

  it('exits 0 with warnings only', async () => {
    const r = await run([await budget(), '--json', '--no-write'], [WARNING]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('reports an unreadable file with its error, still checks the others, and exits 2', async () => {
    const good = await budget();
    const missing = join(dir, 'missing.xlsx');
    const corrupt = join(dir, 'corrupt.xlsx');
    await writeFile(corrupt, 'PK\u0003\u0004 not really a zip');
    const r = await run([missing, good, corrupt, '--json', '--no-write', '--lang', 'en'], [ERROR]);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([missing, good, corrupt]);
    expect(doc.files[0]).toEqual({ file: missing, error: `${missing}: no such file.` });
    expect(doc.files[1].findings).toHaveLength(1);
    expect(doc.files[2].error).toBe(`${corrupt}: The file is damaged: its zip structure is broken.`);
    expect(doc.summary).toMatchObject({ files: 3, errors: 1, unreadable: 2 });
    expect(r.stderr).toContain(`budget-verify: ${missing}: no such file.`);
    // In Korean (the default where the locale names no other language), the same errors in Korean.
    const ko = await run([missing, corrupt, '--json', '--no-write'], [ERROR]);
    expect(JSON.parse(ko.stdout).files.map((f: { error: string }) => f.error)).toEqual([
      `${missing}: 파일이 없습니다.`,
      `${corrupt}: 파일이 손상되었습니다: zip 구조가 올바르지 않습니다.`,
    ]);
  });

  it('does not count accepted findings, and marks them', async () => {
    const file = await saveWorkbook(join(dir, 'accepted.xlsx'), (wb) => {
      budgetSheet(wb);
      wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' }).addRow(
        encodeAcceptance({
          sheet: 'Budget',
          cell: 'C2',
          rule: 'subtotal',
          actual: 427000,
          at: '2026-01-01T00:00:00Z',
        }),
      );
    });
    const r = await run([file, '--json', '--no-write'], [ERROR, WARNING]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].findings.map((f: { accepted: boolean }) => f.accepted)).toEqual([
      true,
      false,
    ]);
    expect(doc.summary).toMatchObject({ errors: 0, warnings: 1, accepted: 1 });
    // The acceptance is keyed by the stated figure: a changed figure is a finding again.
    const changed = await run([file, '--json', '--no-write'], [{ ...ERROR, actual: 427001 }]);
    expect(changed.status).toBe(1);
  });
});

describe('annotated copies', () => {
  it('writes NAME.checked.xlsx next to the input by default and says where', async () => {
    const file = await budget();
    const r = await run([file], [ERROR]);
    expect(r.status).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['budget.checked.xlsx', 'budget.xlsx']);
    expect(r.stdout).toContain(`검산 사본: ${join(dir, 'budget.checked.xlsx')}`);
    const copy = await loadWorkbook(join(dir, 'budget.checked.xlsx'));
    expect(copy.getWorksheet('Budget')?.getCell('C2').fill).toMatchObject({
      fgColor: { argb: 'FFFFC7CE' },
    });
  });

  it('writes into --out DIR, and names it in the JSON', async () => {
    const file = await budget();
    const out = join(dir, 'checked');
    const r = await run([file, '--out', out, '--json'], [ERROR]);
    expect(await readdir(out)).toEqual(['budget.checked.xlsx']);
    expect(JSON.parse(r.stdout).files[0].annotated).toBe(join(out, 'budget.checked.xlsx'));
  });

  it('gives two inputs with the same name different copies in one --out folder', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    const a = await budget(join('a', 'budget.xlsx'));
    const b = await budget(join('b', 'budget.xlsx'));
    await run([a, b, '--out', join(dir, 'out')]);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual([
      'budget.checked (2).xlsx',
      'budget.checked.xlsx',
    ]);
  });

  it('writes nothing with --no-write', async () => {
    const file = await budget();
    const r = await run([file, '--no-write'], [ERROR]);
    expect(await readdir(dir)).toEqual(['budget.xlsx']);
    expect(r.stdout).not.toContain('검산 사본');
  });
});

describe('text output', () => {
  it('prints an aligned table with Korean headings, △ for negatives and the counts', async () => {
    const file = await budget();
    const change = finding({
      rule: 'change',
      cell: 'D2',
      expected: -106540,
      actual: -106000,
      message: '증감이 B − A와 다릅니다.',
    });
    const r = await run([file, '--no-write'], [ERROR, change]);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(file);
    expect(lines[1]).toMatch(/^ {2}시트 +셀 +규칙 +구분 +기재값 +기대값 +내용$/);
    expect(lines[2]).toMatch(
      /^ {2}Budget +C2 +소계 +오류 +427,000천원 +427,660천원 +계가 항목의 합과 다릅니다\.$/,
    );
    expect(lines[3]).toMatch(/△106,000천원 +△106,540천원/);
    // Columns line up on screen: Hangul counts as two columns.
    const at = (line: string, text: string): number =>
      displayWidth(line.slice(0, line.indexOf(text)));
    expect(at(lines[1] as string, '내용')).toBe(at(lines[2] as string, '계가'));
    expect(at(lines[2] as string, '계가')).toBe(at(lines[3] as string, '증감이'));
    expect(lines[4]).toBe('  오류 2건, 경고 0건, 수락 0건, 표 1개');
  });

  it('uses English headings with --lang en and says when there is nothing to report', async () => {
    const file = await budget();
    const r = await run([file, '--no-write', '--lang=en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `${file}\n  no findings — 0 error(s), 0 warning(s), 0 accepted, 1 table(s)\n  0 figure(s) checked · 0 not checked\n\n`,
    );
    const withFinding = await run([file, '--no-write', '--lang=en'], [ERROR]);
    expect(withFinding.stdout.split('\n')[1]).toMatch(
      /^ {2}Sheet +Cell +Rule +Severity +Stated +Expected +Message$/,
    );
  });
});

describe('several files in text mode', () => {
  it('reports the unreadable file on stderr, the others on stdout, a total line, and exits 2', async () => {
    const good = await budget();
    const missing = join(dir, 'missing.xlsx');
    const r = await run([good, missing, '--no-write'], [ERROR]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`budget-verify: ${missing}: 파일이 없습니다.\n`);
    expect(r.stdout).toContain(`${good}\n  시트`);
    expect(
      r.stdout.endsWith('전체 2개 파일 (읽지 못한 파일 1개): 오류 1건, 경고 0건, 수락 0건\n'),
    ).toBe(true);
  });
});

describe('arguments', () => {
  it('--help prints usage in Korean by default, in English with --lang en, and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^사용법: budget-verify 파일\.\.\./);
    expect(r.calls).toHaveLength(0);
    expect((await run(['--help', '--lang', 'en'])).stdout).toMatch(/^Usage: budget-verify FILE\.\.\./);
  });

  it.each([
    [['--frobnicate', 'x.xlsx'], 'unknown option --frobnicate'],
    [[], 'no files given'],
    [['x.xlsx', '--lang', 'fr'], '--lang must be ko or en, not fr'],
    [['x.xlsx', '--out', 'o', '--no-write'], 'cannot be used together'],
    [['x.xlsx', '--strict-rounding=sideways'], '--strict-rounding must be down, half-up or up, not sideways'],
    [['x.xlsx', '--out'], '--out needs a value'],
    [['x.xlsx', '--max-cells', 'many'], '--max-cells must be'],
    [['x.xlsx', '--max-part', '12Q'], '--max-part must be'],
  ])('%p is a usage error: message and usage on stderr, exit 2', async (argv, message) => {
    const r = await run([...argv, '--lang=en']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: budget-verify');
    expect(r.calls).toHaveLength(0);
  });

  it('are refused in Korean by default, and with --lang ko', async () => {
    for (const argv of [['--frobnicate', 'x.xlsx'], ['--frobnicate', 'x.xlsx', '--lang', 'ko']]) {
      const r = await run(argv);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('budget-verify: 알 수 없는 옵션입니다: --frobnicate');
      expect(r.stderr).toContain('사용법: budget-verify');
    }
  });
});

describe('the language', () => {
  it('follows the locale (LC_ALL, then LC_MESSAGES, then LANG) unless --lang says', async () => {
    const missing = join(dir, 'nope.xlsx');
    const say = async (env: Record<string, string>, argv: string[] = []) =>
      (await runCli([missing, '--no-write', ...argv], { stdout: () => undefined, stderr: (s) => (said = s), verify: () => ({ tables: [], findings: [], coverage: { figures: 0, checked: 0, unchecked: [] } }), env }), said);
    let said = '';
    expect(await say({ LANG: 'ko_KR.UTF-8' })).toBe(`budget-verify: ${missing}: 파일이 없습니다.\n`);
    expect(await say({ LANG: 'en_US.UTF-8' })).toBe(`budget-verify: ${missing}: no such file.\n`);
    expect(await say({ LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.UTF-8' })).toContain('파일이 없습니다');
    expect(await say({ LANG: 'C.UTF-8' })).toContain('파일이 없습니다');
    expect(await say({ LANG: 'ko_KR.UTF-8' }, ['--lang', 'en'])).toContain('no such file');
    expect(await say({ LANG: 'en_US.UTF-8' }, ['--lang', 'ko'])).toContain('파일이 없습니다');
  });
});
