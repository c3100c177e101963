/**
 * Text from a workbook on its way to a terminal (issue 13): a label carrying an
 * escape sequence (`&#27;`, `_x001B_`: cursor moves, OSC 52 clipboard writes) or a
 * bidi override reaches stdout and stderr shown, never acted on; the JSON escapes
 * the same characters and still parses back to the workbook's own text.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyWorkbook } from '../../src/engine/index';
import { forTerminal } from '../../src/cli/terminal';
import { runCaptured } from '../cli/capture';
import { makeTempDir } from '../file/workbooks';
import { book, budgetRows, cell, row } from './books';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

/** Every character a terminal acts on: C0 but the line break, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const OSC52 = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const ERASE = '\u001b[2K\u001b[1A';

async function hostileBook(): Promise<string> {
  // The sheet name, a label and an unreadable amount carry the sequences, as a character
  // reference, as Excel's `_x001B_` escape and as a bidi override.
  const rows = budgetRows(427000)
    .replace('<c r="C3"><v>424960</v></c>', cell('C3', '4249\u202e60\u001b[2K'))
    .replace('>사무관리비<', '>사무관리비&#27;]52;c;cm0gLXJmIH4=&#7;<') +
    row(6, '<c r="A6" t="s"><v>0</v></c>');
  const file = join(dir, 'hostile.xlsx');
  await writeFile(file, book([{ name: `Budget${OSC52}`, rows }], { strings: ['비고_x001B_[2J'] }));
  return file;
}

describe('control characters from a workbook', () => {
  it('are shown, not acted on, in the text report and on stderr', async () => {
    const file = await hostileBook();
    const r = await runCaptured([file, '--no-write'], { verify: verifyWorkbook });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(ACTIVE);
    expect(r.stderr).not.toMatch(ACTIVE);
    expect(r.stdout).toContain('Budget\\u{001b}]52;c;cm0gLXJmIH4=\\u{0007}');
    expect(r.stdout).toContain('4249\\u{202e}60\\u{001b}[2K');
  });

  it('are escaped in the JSON, which still holds the workbook’s own text', async () => {
    const file = await hostileBook();
    const r = await runCaptured([file, '--no-write', '--json'], { verify: verifyWorkbook });
    expect(r.stdout).not.toMatch(ACTIVE);
    expect(r.stdout).toContain('\\u001b]52;c;');
    expect(r.stdout).toContain('\\u202e');
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].findings.map((f: { sheet: string }) => f.sheet)).toContain(`Budget${OSC52}`);
  });

  it('in a file name are shown too', async () => {
    const name = join(dir, `book${ERASE}.xlsx`);
    const r = await runCaptured([name, '--no-write'], { verify: verifyWorkbook });
    expect(r.stderr).toBe(`budget-verify: ${forTerminal(name)}: 파일이 없습니다.\n`);
    expect(r.stderr).not.toMatch(ACTIVE);
  });
});
