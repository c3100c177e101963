/**
 * One word for one idea (issue 14): every surface's words come from the glossary
 * (src/engine/glossary.ts) and the rules' own modules, and none uses the other
 * word the issue found (검증 for 검산, 승인 for 수락, 표간 for 표 간, 계산 for the
 * expected figure, a rule id in a note's first line, a heading saying its kind twice).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS, FIELDS, glossaryEntries, PRODUCT, SEVERITIES, STATES, TABLE_KINDS, TEMPLATES } from '../../src/engine/glossary';
import type { Finding } from '../../src/engine/findings';
import type { Language } from '../../src/engine/options';
import { describeRefusal } from '../../src/engine/templates';
import { RULE_IDS, ruleLabel } from '../../src/engine/rules/index';
import { labelsFor } from '../../src/file/labels';
import { noteBlock } from '../../src/file/notes';
import { STRINGS } from '../../src/taskpane/strings';
import { headingOf } from '../../src/taskpane/components/GroupHeader/GroupHeader';
import { pageStrings } from '../../src/web/view/strings';
import { hostMessage, type HostMessageId } from '../../src/web/host/messages';
import { cliMessagesFor, type UsageProblem } from '../../src/cli/messages';
import type { WriteProblem } from '../../src/file/problems';
import { damagedCellText, readProblemText, writeProblemText } from '../../src/file/problemText';
import type { ReadProblem } from '../../src/file/problems';
import { RULES } from '../../src/engine/rules/index';
import { COVERAGE_WORDS } from '../../src/engine/coverage/words';
import { commandMessage, type CommandMessageId } from '../../src/commands/messages';
import { phrase, STEP_ORDER, stepTitle, type Phrase } from '../../src/excel/selfTest/words';
import { SELF_TEST_STRINGS } from '../../src/taskpane/selfTest/selfTestStrings';
import { printReport } from '../../src/engine/report/printReport';

/** Every text a string table can produce: strings as they are, functions called with sample arguments. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const tries: unknown[][] = [[1, 2, 3], ['A1', 'B2', 'C3'], [{ errors: 1, warnings: 2, accepted: 3 }], ['error', 2]];
    return tries.flatMap((args) => {
      try {
        return textsOf(fn(...args));
      } catch {
        return [];
      }
    });
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(textsOf);
  return [];
}

const HOST_IDS: HostMessageId[] = ['sheetNotFound', 'badCell', 'formulaCell', 'noExpected', 'engineFailed'];
const USAGE_PROBLEMS: UsageProblem[] = [
  { kind: 'no-value', option: '--out' },
  { kind: 'takes-no-value', option: '--json' },
  { kind: 'bad-value', option: '--lang', value: 'fr', allowed: ['ko', 'en'] },
  { kind: 'unknown-option', option: '--x' },
  { kind: 'conflict', options: ['--out', '--no-write'] },
  { kind: 'no-files' },
];
const READ_PROBLEMS: ReadProblem[] = [
  { kind: 'crashed', memory: true },
  { kind: 'crashed', memory: false },
  { kind: 'corrupt' },
  { kind: 'not-xlsx' },
  { kind: 'no-worksheets' },
  { kind: 'damaged-zip' },
  { kind: 'cells-too-spread', sheet: 'S' },
];
const COMMAND_IDS: CommandMessageId[] = ['dialogTitle', 'openFindings', 'failedTitle', 'close', 'tooLong'];
const PHRASES: Phrase[] = ['pass', 'fail', 'skip', 'title', 'notRun', 'notesMissing', 'writesNotes', 'writesComments', 'writesNothing', 'tintShown', 'tintBase', 'skippedNotice', 'fixedTo'];
const WRITE_KINDS: WriteProblem['kind'][] = ['same-as-input', 'permission', 'no-space', 'read-only', 'not-a-folder', 'cannot-rebuild', 'io-error'];

function koreanTexts(): { where: string; text: string }[] {
  const tables: Record<string, unknown> = {
    pane: STRINGS.ko,
    page: pageStrings('ko'),
    labels: labelsFor('ko'),
    host: HOST_IDS.map((id) => hostMessage(id, 'ko', { sheet: 'S', cell: 'A1', detail: 'x' })),
    refusals: (['does-not-fit', 'figure-differs', 'not-a-line', 'merged'] as const).map((reason) =>
      describeRefusal({ reason, cell: 'D24', stated: '1', computed: '2' }, 'ko', 'subtotal'),
    ),
    cli: cliMessagesFor('ko'),
    cliUsage: USAGE_PROBLEMS.map((p) => cliMessagesFor('ko').usageProblem(p)),
    cliWrite: WRITE_KINDS.map((kind) => writeProblemText({ kind }, 'x.checked.xlsx', 'ko')),
    cliRead: READ_PROBLEMS.map((p) => readProblemText(p, 'x.xlsx', 'ko')),
    damaged: damagedCellText({ sheet: 'S', cell: 'A1', stored: '12abc' }, 'ko'),
    rules: RULES.map((r) => [r.label.ko, r.message.ko, ...Object.values(r.variants ?? {}).map((w) => w.ko)]),
    coverage: Object.values(COVERAGE_WORDS).map((w) => w.ko),
    commands: COMMAND_IDS.map((id) => commandMessage(id, 'ko', { count: 2, errors: 1, warnings: 1, detail: 'x', seconds: 240 })),
    selfTest: [SELF_TEST_STRINGS.ko, STEP_ORDER.map((id) => stepTitle(id, 'ko')), PHRASES.map((id) => phrase(id, 'ko'))],
    print: printReport({ at: '2026-01-01T00:00Z', tables: [], findings: [], acceptances: [], coverage: { figures: 0, checked: 0, unchecked: [] } }, 'ko'),
  };
  return Object.entries(tables).flatMap(([where, table]) => textsOf(table).map((text) => ({ where, text })));
}

describe('the glossary', () => {
  it('is the only home of the words: no surface (the command line, rules, ribbon, self-test, print view too) says 검사 or 검증 for 검산, 승인 for 수락, 표간 or 계산 for the expected figure', () => {
    expect(koreanTexts().filter(({ where }) => where.startsWith('cli')).length).toBeGreaterThan(USAGE_PROBLEMS.length + WRITE_KINDS.length + READ_PROBLEMS.length);
    for (const where of ['rules', 'commands', 'selfTest', 'print', 'damaged']) expect(koreanTexts().some((t) => t.where === where)).toBe(true);
    const doubles = koreanTexts().filter(({ text }) => /검사|검증|승인|표간|강조 표시/.test(text));
    expect(doubles).toEqual([]);
    expect(STRINGS.ko.expected).toBe(FIELDS.expected.ko);
    expect(labelsFor('ko').columns.expected).toBe(FIELDS.expected.ko);
  });

  it('gives the pane, the page, the notes and the report sheet the same words', () => {
    for (const language of ['ko', 'en'] as Language[]) {
      const pane = STRINGS[language];
      const labels = labelsFor(language);
      expect([pane.verify, pageStrings(language).title]).toEqual([ACTIONS.verify[language], PRODUCT.name[language]]);
      expect(pane.appTitle).toBe(PRODUCT.name[language]);
      expect(pane.severities).toEqual(labels.severity);
      expect(pane.severities.error).toBe(SEVERITIES.error[language]);
      expect([pane.stated, pane.expected]).toEqual([labels.columns.stated, labels.columns.expected]);
      expect([pane.accept, pane.accepted]).toEqual([labels.columns.accepted, labels.yes]);
      expect(pane.accepted).toBe(STATES.accepted[language]);
      expect(labels.reportSheet).toBe(PRODUCT.reportSheet[language]);
      for (const rule of RULE_IDS) expect([pane.rules[rule], labels.rules[rule]]).toEqual([ruleLabel(rule, language), ruleLabel(rule, language)]);
      for (const [kind, words] of Object.entries(TABLE_KINDS)) expect(pane.tableKinds[kind as keyof typeof TABLE_KINDS]).toBe(words[language]);
      for (const [kind, words] of Object.entries(TEMPLATES)) expect(pane.templates[kind as keyof typeof TEMPLATES]).toBe(words[language]);
    }
  });

  it('opens a note with the product, the severity and the rule, once each', () => {
    const finding: Finding = {
      rule: 'product', severity: 'error', sheet: 'S', cell: 'D29', expected: 60000, actual: 61000, unit: '천원',
      cause: 'D29', explain: '1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원', message: 'm', table: 'A1:D9',
    };
    expect(noteBlock(finding, labelsFor('ko')).split('\n')).toEqual([
      '[예산 검산] 오류 · 산출식',
      '기재값 61,000천원 / 기대값 60,000천원',
      'm',
      '계산 과정: 1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원',
    ]);
    expect(noteBlock(finding, labelsFor('en')).split('\n')[0]).toBe('[Budget Verify] Error · Calculation');
  });

  it('names a group by its kind and title without saying the same thing twice', () => {
    expect(headingOf('예산 총괄', '예산 총괄')).toBe('예산 총괄');
    expect(headingOf('예산 총괄', '□ 예산총괄')).toBe('예산 총괄');
    expect(headingOf('추진일정', '2021년도 추진일정')).toBe('2021년도 추진일정');
    expect(headingOf('산출근거', '사무관리비')).toBe('산출근거 · 사무관리비');
    expect(headingOf('결산', '')).toBe('결산');
  });

  it('is written out in the README, word for word, and the README uses no other word', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const { ko, en } of glossaryEntries()) expect(readme).toContain(`| ${ko} | ${en} |`);
    expect(readme.match(/검사|검증|승인|표간/g)).toBeNull();
  });
});
