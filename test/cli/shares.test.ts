/**
 * A large book checked in shares of its sheets at once (plan.ts, shares.ts): the same
 * outcome as the whole book checked in one process, always; the file checked whole
 * when the shares cannot give that (one project across sheets, a share refused).
 */
import { existsSync, readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeOptions, verifyWorkbook } from '../../src/engine/index';
import { checkShare, finishShares, isFailure } from '../../src/cli/check';
import { BOUNDED_GROWTH_FROM_BYTES, planRun } from '../../src/cli/plan';
import { joinShares as joinWithPrints } from '../../src/cli/shares';
import type { FileOutcome, FileReport } from '../../src/cli/outcome';
import { shareOf } from '../../src/file/xlsx/readPackage';
import { readForCheck } from '../../src/cli/readFile';
import { ShareRefused } from '../../src/file/xlsx/read';
import { STATE_SHEET } from '../../src/engine/index';
import { generateBook, writeBookXlsx } from '../../scripts/generate-book';
import { parseSheetText } from '../../scripts/sheet-text';
import { book as hostileBook, budgetRows } from '../hostile/books';
import { SAMPLES } from '../support/samples';
import { runCaptured } from './capture';
import { loadWorkbook, makeTempDir } from '../file/workbooks';
import { cellsOf, differences } from '../support/cells';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

/** Every file shared out: the only one into `shares` shares (plan.ts gives a share two cores). */
const sharing = (shares: number) => ({ plan: { shareFrom: 0, cores: 2 * shares } });

async function expectSameAsWhole(argv: string[], shares: number): Promise<{ stdout: string }> {
  const whole = await runCaptured(argv, { verify: verifyWorkbook });
  const shared = await runCaptured(argv, sharing(shares));
  expect(shared.stderr).toBe(whole.stderr);
  expect(shared.stdout).toBe(whole.stdout);
  expect(shared.status).toBe(whole.status);
  return whole;
}

describe('the sheets of a share', () => {
  const sheets = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `S${i}`, path: `p${i}` }));

  it('are runs of neighbouring sheets; every sheet is in exactly one share, the state sheet in all', () => {
    for (let n = 0; n <= 9; n++) {
      for (let of = 1; of <= 5; of++) {
        const list = [...sheets(n), { name: STATE_SHEET, path: 'state' }];
        const sizes = new Map(list.map((s, i) => [s.path, (i * 7919) % 1000]));
        const shares = Array.from({ length: of }, (_, index) => shareOf(list, { index, of }, (p) => sizes.get(p) ?? 0));
        for (const share of shares) expect(share.some((s) => s.name === STATE_SHEET)).toBe(true);
        const own = shares.map((share) => share.filter((s) => s.name !== STATE_SHEET).map((s) => Number(s.name.slice(1))));
        expect(own.flat()).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }
  });

  it('weigh about the same: a share goes where its sheets\' middle falls', () => {
    const list = sheets(6);
    const sizes = [100, 100, 100, 100, 100, 500];
    const of2 = [0, 1].map((index) => shareOf(list, { index, of: 2 }, (p) => sizes[Number(p.slice(1))] ?? 0).map((s) => s.name));
    expect(of2).toEqual([['S0', 'S1', 'S2', 'S3', 'S4'], ['S5']]);
  });
});

describe('joining the shares', () => {
  /** Shares of the same bytes (fingerprint 7); the joined outcome. */
  const joinShares = (outcomes: FileOutcome[]) => joinWithPrints(outcomes.map((outcome) => ({ outcome, fingerprint: 7 })))?.joined ?? null;

  const report = (over: Partial<FileReport>): FileReport => ({
    file: 'f.xlsx', tables: [], findings: [], coverage: { figures: 0, checked: 0, unchecked: [] }, warnings: [], damaged: [],
    annotated: null, notOverwritten: null, report: null, writeError: null, ...over,
  });
  const table = (kind: 'summary' | 'basis', sheet: string) => ({ kind, sheet, range: 'A1:B2', unit: null, rounding: 'exact', title: null }) as unknown as FileReport['tables'][number];

  it('adds the counts and joins the lists in share order; damaged cells\' words first, the state sheet\'s once', () => {
    const a = report({ tables: [table('basis', 'A'), table('basis', 'A')], coverage: { figures: 3, checked: 2, unchecked: [{ sheet: 'A', cell: 'B2', reason: 'no table found' }] }, damaged: [{ sheet: 'A', cell: 'C1', stored: 'x' }], warnings: ['A!C1 damaged', 'state'] });
    const b = report({ tables: [table('basis', 'B')], coverage: { figures: 4, checked: 4, unchecked: [] }, damaged: [{ sheet: 'B', cell: 'D1', stored: 'y' }], warnings: ['B!D1 damaged', 'state'] });
    const joined = joinShares([a, b]);
    expect(joined?.coverage).toEqual({ figures: 7, checked: 6, unchecked: [{ sheet: 'A', cell: 'B2', reason: 'no table found' }] });
    expect(joined?.warnings).toEqual(['A!C1 damaged', 'B!D1 damaged', 'state']);
    expect(joined?.damaged.map((d) => d.sheet)).toEqual(['A', 'B']);
    expect(joined?.tables.map((t) => t.sheet)).toEqual(['A', 'A', 'B']);
  });

  it('gives null (check the file whole) for a failed share, one project across sheets, or a damaged state sheet', () => {
    const failed: FileOutcome = { file: 'f.xlsx', error: 'crashed' };
    expect(joinShares([report({}), failed])).toBeNull();
    // One table of each kind in the book, on two sheets: one project, which shares would cut.
    expect(joinShares([report({ tables: [table('summary', 'A')] }), report({ tables: [table('basis', 'B')] })])).toBeNull();
    // A share holding one table of each kind on two sheets, where the whole keeps the sheets apart.
    const apart = report({ tables: [table('summary', 'A'), table('basis', 'B')] });
    expect(joinShares([apart, report({ tables: [table('basis', 'C'), table('basis', 'C')] })])).toBeNull();
    expect(joinShares([report({ damaged: [{ sheet: STATE_SHEET, cell: 'A1', stored: 'x' }], warnings: ['w'] }), report({})])).toBeNull();
    expect(joinShares([apart, report({ tables: [table('basis', 'C'), table('summary', 'C'), table('basis', 'C')] })])).toBeNull();
    expect(joinShares([report({ tables: [table('summary', 'A'), table('summary', 'A')] }), report({ tables: [table('basis', 'B')] })])).not.toBeNull();
  });

  it('gives null for shares that read different bytes (the file saved meanwhile), or none', () => {
    const ok = { outcome: report({}), fingerprint: 7 };
    expect(joinWithPrints([ok, ok])).toEqual({ joined: report({}), fingerprint: 7 });
    expect(joinWithPrints([ok, { ...ok, fingerprint: 8 }])).toBeNull();
    expect(joinWithPrints([{ ...ok, fingerprint: null }, { ...ok, fingerprint: null }])).toBeNull();
  });
});

describe('a book checked in shares', () => {
  it('gives what the whole gives: findings, unchecked figures, tables, in order (2 and 5 shares)', async () => {
    const book = generateBook({ seed: 7, layout: 'seed', projects: 14, perSheet: 3, errors: 4 });
    expect(book.sheets.length).toBeGreaterThanOrEqual(5);
    const file = join(dir, 'book.xlsx');
    await writeBookXlsx(book, file);
    const whole = await expectSameAsWhole([file, '--json', '--no-write'], 2);
    await expectSameAsWhole([file, '--no-write', '--lang', 'en'], 5);
    const doc = JSON.parse(whole.stdout);
    expect(doc.files[0].findings.length).toBeGreaterThanOrEqual(4);
    expect(new Set(doc.files[0].findings.map((f: { sheet: string }) => f.sheet)).size).toBeGreaterThan(1);
  }, 120_000);

  it('is checked whole when it is one project across sheets: a cross-sheet slip is still found', async () => {
    // The seed with its tables on two sheets and the 사업비 on the first disagreeing with the 계 on the second.
    const text = readFileSync(join(SAMPLES, 'seoul-sns-2021.txt'), 'utf8')
      .replace(/^@merge .*$/gm, '')
      .replace('2 예산 설명', '@sheet 예산\n2 예산 설명')
      .replace('사업비 (당해년도) | 427,660천원', '사업비 (당해년도) | 427,600천원');
    const sheets = parseSheetText(text);
    expect(sheets.map((s) => s.name)).toEqual(['사업설명서', '예산']);
    const file = join(dir, 'two-sheets.xlsx');
    await writeBookXlsx({ layout: 'seed', sheets, figures: [], injected: [] }, file);
    const whole = await expectSameAsWhole([file, '--json', '--no-write'], 2);
    const findings = JSON.parse(whole.stdout).files[0].findings as { sheet: string; rule: string }[];
    expect(findings.some((f) => f.sheet === '사업설명서' && f.rule === 'cross-total')).toBe(true);
  }, 60_000);

  it('is checked whole when a share is refused: a part larger than its directory says', async () => {
    const rows = budgetRows();
    const bytes = hostileBook([{ name: 'A', rows }, { name: 'B', rows, declaredSize: 10 }]);
    const file = join(dir, 'lying.xlsx');
    await writeFile(file, bytes);
    await expect(readForCheck(file, { share: { index: 1, of: 2 } })).rejects.toBeInstanceOf(ShareRefused);
    const read = await readForCheck(file, { share: { index: 0, of: 2 } });
    expect(read.reading.snapshot.sheets.map((s) => s.name)).toEqual(['A']);
    await expectSameAsWhole([file, '--json', '--no-write'], 2);
  }, 60_000);

  it('writes the copy and the report from the joined outcome, as the whole writes them', async () => {
    const book = generateBook({ seed: 11, layout: 'seed', projects: 6, perSheet: 2, errors: 3 });
    const file = join(dir, 'book.xlsx');
    await writeBookXlsx(book, file);
    const whole = await runCaptured([file, '--out', join(dir, 'whole'), '--report'], { verify: verifyWorkbook });
    const shared = await runCaptured([file, '--out', join(dir, 'shared'), '--report'], sharing(2));
    expect(shared.status).toBe(whole.status);
    expect(shared.stdout.replaceAll('shared', 'whole')).toBe(whole.stdout);
    const copy = (folder: string) => loadWorkbook(join(dir, folder, 'book.checked.xlsx'));
    const findings = JSON.parse((await runCaptured([file, '--json', '--no-write'], { verify: verifyWorkbook })).stdout).files[0].findings as { cell: string }[];
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(differences(cellsOf(await copy('shared'), { everySheet: true }), cellsOf(await copy('whole'), { everySheet: true }))).toEqual([]);
    const report = readFileSync(join(dir, 'shared', 'book.report.html'), 'utf8');
    for (const f of findings) expect(report).toContain(f.cell);
  }, 120_000);

  it('writes no copy from shares\' findings onto bytes they did not read: a file saved meanwhile is checked whole', async () => {
    const file = join(dir, 'saved.xlsx');
    await copyFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'), file);
    const options = { verify: makeOptions({ language: 'en' }) };
    const shares = await Promise.all([0, 1].map((index) => checkShare(file, { index, of: 2 }, options, verifyWorkbook)));
    const joined = joinWithPrints(shares);
    if (!joined) throw new Error('the shares of one file were not joined');
    expect(joined.fingerprint).toBe(crc32(readFileSync(file)) >>> 0);
    const copy = { path: join(dir, 'saved.checked.xlsx'), instead: null };
    expect(await finishShares(joined.joined, joined.fingerprint + 1, copy, options)).toBeNull();
    expect(existsSync(copy.path)).toBe(false);
    const written = await finishShares(joined.joined, joined.fingerprint, copy, options);
    expect(written && !isFailure(written) ? written.annotated : null).toBe(copy.path);
    expect(existsSync(copy.path)).toBe(true);
  }, 60_000);

  it('is planned at two cores a share, from the size given', () => {
    const sample = join(SAMPLES, 'seoul-sns-2021.xlsx');
    const request = { files: [sample], memoryMb: null };
    expect(planRun(request, { shareFrom: 0, cores: 8 })).toMatchObject({ children: 4, shares: [4] });
    expect(planRun(request, { shareFrom: 0, cores: 5 })).toMatchObject({ children: 2, shares: [2] });
    // Two cores: one process keeps both busy, and a share would only repeat its work.
    expect(planRun(request, { shareFrom: 0, cores: 2 })).toMatchObject({ children: 1, shares: [1] });
    expect(planRun(request, { cores: 8 }).shares).toEqual([1]);
    expect(planRun({ ...request, files: [sample, sample] }, { shareFrom: 0, cores: 8 })).toMatchObject({ children: 4, shares: [2, 2] });
    expect(planRun({ ...request, files: [sample, sample] }, { shareFrom: 0, cores: 6 })).toMatchObject({ children: 2, shares: [1, 1] });
    expect(planRun({ ...request, files: [join(dir, 'missing.xlsx')] }, { shareFrom: 0, cores: 8 }).shares).toEqual([1]);
  });

  it('bounds the children\'s heap growth when a file is a large book, from its size', async () => {
    const sample = join(SAMPLES, 'seoul-sns-2021.xlsx');
    const large = join(dir, 'large.xlsx');
    await writeFile(large, Buffer.alloc(BOUNDED_GROWTH_FROM_BYTES));
    expect(planRun({ files: [sample], memoryMb: null }).boundedGrowth).toBe(false);
    expect(planRun({ files: [sample, large], memoryMb: null }).boundedGrowth).toBe(true);
    expect(planRun({ files: [join(dir, 'missing.xlsx')], memoryMb: null }).boundedGrowth).toBe(false);
  });
});
