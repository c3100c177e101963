/**
 * Golden cases: each folder under test/fixtures holds `input.txt` (a workbook in the
 * readable sheet-text form), optionally `options.json`, and `expected.json` (the tables,
 * the findings and the coverage), written or reviewed by a person. A case without
 * `expected.json` fails: the runner never writes the file it compares against.
 * `UPDATE_GOLDEN=1 npx jest golden` rewrites existing expectations; review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeOptions, verifyWorkbook, type VerifyOptions } from '../../src/engine';
import { parseSheetText, toSnapshot } from '../../scripts/sheet-text';

const FIXTURES = join(__dirname, '..', 'fixtures');
const cases = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'input.txt')));

describe('golden cases', () => {
  it('there are golden cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const optionsFile = join(dir, 'options.json');
    const options: Partial<VerifyOptions> = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
    const result = verifyWorkbook(toSnapshot(parseSheetText(readFileSync(join(dir, 'input.txt'), 'utf8'))), makeOptions(options));
    const actual = {
      tables: result.tables.map((t) => `${t.kind} ${t.sheet}!${t.range} ${t.unit} ${t.rounding}`),
      findings: result.findings.map((f) => ({
        sheet: f.sheet, cell: f.cell, rule: f.rule, severity: f.severity,
        expected: f.expected, actual: f.actual, unit: f.unit, cause: f.cause, explain: f.explain, message: f.message,
      })),
      coverage: {
        figures: result.coverage.figures,
        checked: result.coverage.checked,
        unchecked: result.coverage.unchecked.map((u) => `${u.sheet}!${u.cell} ${u.reason}`),
      },
    };
    const expectedFile = join(dir, 'expected.json');
    if (!existsSync(expectedFile)) throw new Error(`${name}: expected.json is missing; write it by hand and review it`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});
