/**
 * `--report` (issue 14): the print view written as `NAME.report.html` beside the
 * annotated copy, saying which file and when, the coverage counts, every finding
 * with its computation, and every acceptance with its reason and name.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STATE_SHEET } from '../../src/engine/review';
import { encodeAcceptance } from '../../src/file/state';
import { reportPath } from '../../src/file/htmlReport';
import { writeProblemText } from '../../src/file/problemText';
import { loadWorkbook, makeTempDir } from '../file/workbooks';
import { runCaptured } from './capture';

const SAMPLES = join(__dirname, '..', '..', 'samples');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

/** What a reader of the page sees: tags out, entities decoded, spaces folded. */
const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

/** The error sample with D29 accepted by a named reviewer, for a reason. */
async function acceptedSample(): Promise<string> {
  const wb = await loadWorkbook(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'));
  wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' }).addRow(
    encodeAcceptance({ sheet: '사업설명서', cell: 'D29', rule: 'product', actual: 61000, note: '광고 단가 인상 <확정>', reviewer: '김주무관', at: '2026-04-01T09:00:00Z' }),
  );
  const file = join(dir, 'errors.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('budget-verify --report', () => {
  it('writes NAME.report.html beside the copy: the file, when, coverage counts and the four findings with their computation', async () => {
    const input = join(dir, 'seoul-sns-2021-errors.xlsx');
    await copyFile(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'), input);
    const before = Date.now();
    const r = await runCaptured([input, '--report', '--lang', 'ko']);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 1, stderr: '' });
    const path = join(dir, 'seoul-sns-2021-errors.report.html');
    expect(r.stdout).toContain(`검산 보고서: ${path}`);
    const html = await readFile(path, 'utf8');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('Malgun Gothic');
    const text = visible(html);
    expect(text).toContain(`파일: ${input}`);
    expect(text).toContain(`검산 사본: ${join(dir, 'seoul-sns-2021-errors.checked.xlsx')}`);
    const made = /작성: (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) \(UTC([+-]\d{2}:\d{2})\)/.exec(text);
    expect(made).not.toBeNull();
    const at = new Date(`${made?.[1]}T${made?.[2]}${made?.[3]}`).getTime();
    expect(at).toBeGreaterThan(before - 61_000);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(text).toContain('검산한 숫자 62개 · 확인하지 못한 숫자 0개');
    expect(text).toContain('오류 4건 · 경고 0건 · 수락됨 0건');
    for (const cell of ['E24', 'D29', 'D32', 'H88']) expect(text).toContain(`사업설명서!${cell} 오류`);
    expect(text).toContain('계산 과정: 1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원');
    expect(text).toMatch(/사업설명서!D29 오류 산출근거 산출식 61,000천원 60,000천원/);
  });

  it('shows an acceptance with its reviewer and reason, escaped, and the JSON says where the report is', async () => {
    const input = await acceptedSample();
    const out = join(dir, 'out');
    const r = await runCaptured([input, '--report', '--json', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(1);
    const entry = JSON.parse(r.stdout).files[0];
    expect(entry.annotated).toBe(join(out, 'errors.checked.xlsx'));
    expect(entry.report).toBe(join(out, 'errors.report.html'));
    const html = await readFile(entry.report, 'utf8');
    expect(html).toContain('광고 단가 인상 &lt;확정&gt;');
    expect(html).not.toContain('<확정>');
    const text = visible(html);
    expect(text).toContain('3 error(s) · 0 warning(s) · 1 accepted');
    expect(text).toMatch(/Accepted Cell Rule Accepted on Reviewer Reason 사업설명서!D29 \S.* 2026-04-01 김주무관 광고 단가 인상 &lt;확정&gt;/);
  });

  it('with --no-write writes the report beside the file, and never replaces a file that is not ours', async () => {
    const input = join(dir, 'budget.xlsx');
    await copyFile(join(SAMPLES, 'seoul-sns-2021.xlsx'), input);
    const theirs = join(dir, 'budget.report.html');
    await writeFile(theirs, '<p>my own notes</p>');
    const first = await runCaptured([input, '--report', '--no-write', '--json']);
    expect(first.status).toBe(0);
    const entry = JSON.parse(first.stdout).files[0];
    expect(entry.annotated).toBeUndefined();
    expect(entry.report).toBe(join(dir, 'budget.report (2).html'));
    expect(await readFile(theirs, 'utf8')).toBe('<p>my own notes</p>');
    const text = visible(await readFile(entry.report, 'utf8'));
    expect(text).toContain('이상 없음');
    expect(text).not.toContain('검산 사본:');
    // Our own report is replaced by the next run.
    const again = await runCaptured([input, '--report', '--no-write', '--json']);
    expect(JSON.parse(again.stdout).files[0].report).toBe(join(dir, 'budget.report (2).html'));
  });

  it('names the report after the copy, numbers included', () => {
    expect(reportPath('/d/NAME.checked.xlsx')).toBe('/d/NAME.report.html');
    expect(reportPath('/d/NAME.checked (3).xlsx')).toBe('/d/NAME.report (3).html');
    expect(reportPath('/d/NAME.xlsm')).toBe('/d/NAME.report.html');
  });

  it('says the report, not the copy, when the report cannot be written', () => {
    expect(writeProblemText({ kind: 'permission' }, 'x.report.html', 'ko', 'report')).toBe('x.report.html: 검산 보고서를 쓰지 못했습니다 (쓰기 권한이 없습니다).');
    expect(writeProblemText({ kind: 'no-space' }, 'x.report.html', 'en', 'report')).toBe('x.report.html: the report could not be written (the disk is full).');
  });

  it('is in the help, in Korean and English', async () => {
    expect((await runCaptured(['--help', '--lang', 'ko'])).stdout).toMatch(/--report +인쇄용 검산 보고서 NAME\.report\.html\(A4\)/);
    expect((await runCaptured(['--help', '--lang', 'en'])).stdout).toMatch(/--report +write a printable report NAME\.report\.html \(A4\)/);
  });
});
