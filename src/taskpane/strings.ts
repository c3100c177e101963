/**
 * Every text the task pane shows, in Korean and English, in one table so that a
 * translation is reviewed in one place. Findings' own messages come from the
 * engine in the language the verification ran in.
 */
import type { RuleId, Severity, TableKind } from '../engine/findings';
import { ruleLabels } from '../engine/rules/index';
import { ACTIONS, FIELDS, PRODUCT, SEVERITIES, STATES, TEMPLATES } from '../engine/glossary';
import { COVERAGE_WORDS } from '../engine/coverage/words';
import { fill } from '../engine/rules/rule';
import { kindLabels } from '../engine/tables/kindWords';
import type { Language } from '../engine/options';
import type { Progress, VerifyScope } from '../host/port';
import type { TemplateKind } from '../engine/templates/plan';
import type { Rounding, SettlementKey } from '../engine/templates/sites';
import type { HostErrorCode } from './review/paneError';
import { formatNumber } from './format';

export interface Strings {
  readonly appTitle: string;
  readonly language: string;
  readonly languageNames: Record<Language, string>;
  readonly scope: string;
  readonly scopes: Record<VerifyScope, string>;
  readonly verify: string;
  readonly cancel: string;
  readonly cancelVerify: string;
  readonly clear: string;
  readonly stages: Record<Progress['stage'], string>;
  readonly progressOf: (done: number, total: number) => string;
  readonly summary: string;
  readonly severities: Record<Severity, string>;
  readonly severityCount: (severity: Severity, count: number) => string;
  readonly acceptedCount: (count: number) => string;
  readonly ruleCounts: string;
  readonly rules: Record<RuleId, string>;
  readonly filterRule: string;
  readonly filterSeverity: string;
  readonly all: string;
  readonly tableKinds: Record<TableKind, string>;
  readonly otherTable: string;
  readonly findingsInGroup: (count: number) => string;
  readonly findings: string;
  readonly stated: string;
  readonly expected: string;
  readonly goToCell: (ref: string) => string;
  readonly fix: string;
  readonly fixCell: (ref: string) => string;
  readonly accept: string;
  readonly acceptCell: (ref: string) => string;
  readonly accepted: string;
  readonly acceptedOn: (date: string) => string;
  readonly previous: string;
  readonly next: string;
  readonly position: (index: number | null, total: number) => string;
  readonly notVerified: string;
  readonly noFindings: string;
  readonly noMatches: string;
  readonly cancelled: string;
  readonly cleared: string;
  readonly dismissError: string;
  readonly dismissNotice: string;
  readonly errorTitles: Record<HostErrorCode, string>;
  readonly errorHints: Record<HostErrorCode, string>;
  readonly insertTitle: string;
  readonly readSelection: string;
  readonly insertTableAt: (table: string, range: string, cell: string) => string;
  readonly insertNoTable: string;
  readonly insertNothingFits: string;
  readonly insertTemplate: string;
  readonly templates: Record<TemplateKind, string>;
  readonly templateHelp: Record<TemplateKind, string>;
  readonly level: string;
  readonly levels: Record<'1' | '2' | '3', string>;
  readonly itemLabel: string;
  readonly yearLabel: string;
  readonly unitPrice: string;
  readonly countValue: (n: number) => string;
  readonly countCounter: (n: number) => string;
  readonly addCount: string;
  readonly removeCount: (n: number) => string;
  readonly rounding: string;
  readonly roundings: Record<Rounding, string>;
  readonly settlementFigures: Record<Exclude<SettlementKey, 'current' | 'balance'>, string>;
  readonly preview: string;
  readonly previewInsertRow: (row: number) => string;
  readonly previewRewriteRow: (row: number) => string;
  readonly previewHelpers: (range: string) => string;
  readonly previewAmount: string;
  readonly previewChanges: string;
  readonly previewRecomputes: (cells: string) => string;
  readonly previewUnresolved: (cells: string) => string;
  readonly previewFormulas: string;
  readonly insert: string;
  readonly inserted: (row: number) => string;
  readonly findingsTab: string;
  readonly insertTab: string;
  readonly print: string;
  readonly printHint: string;
  readonly coverageCounts: (checked: number, unchecked: number) => string;
  readonly uncheckedGroup: string;
  readonly notChecked: string;
  readonly formulaNote: (formula: string) => string;
  readonly formulaInputs: string;
  readonly formulaNoInputs: string;
  readonly goToInput: (ref: string) => string;
  readonly acceptTitle: (ref: string) => string;
  readonly acceptReason: string;
  readonly acceptReasonHint: string;
  readonly reviewer: string;
  readonly reviewerHint: string;
  readonly acceptConfirm: string;
  readonly acceptedDetail: (date: string, reviewer: string | undefined) => string;
  readonly reason: string;
}

function templateNames(language: Language): Record<TemplateKind, string> {
  return Object.fromEntries(Object.entries(TEMPLATES).map(([k, w]) => [k, w[language]])) as Record<TemplateKind, string>;
}


const ko: Strings = {
  appTitle: PRODUCT.name.ko,
  language: '언어',
  languageNames: { ko: '한국어', en: 'English' },
  scope: `${ACTIONS.verify.ko} 범위`,
  scopes: { workbook: '통합 문서 전체', sheet: '현재 시트' },
  verify: ACTIONS.verify.ko,
  cancel: ACTIONS.cancel.ko,
  cancelVerify: `${ACTIONS.verify.ko} ${ACTIONS.cancel.ko}`,
  clear: ACTIONS.clear.ko,
  stages: { read: '셀 읽는 중', check: '검산 중', write: '결과 표시 중' },
  progressOf: (done, total) => `${formatNumber(done)} / ${formatNumber(total)}`,
  summary: '요약',
  severities: { error: SEVERITIES.error.ko, warning: SEVERITIES.warning.ko },
  severityCount: (severity, count) => `${ko.severities[severity]} ${formatNumber(count)}건`,
  acceptedCount: (count) => `${STATES.accepted.ko} ${formatNumber(count)}건`,
  ruleCounts: '규칙별 건수',
  rules: ruleLabels('ko'),
  filterRule: '규칙',
  filterSeverity: '심각도',
  all: '전체',
  tableKinds: kindLabels('ko'),
  otherTable: '기타',
  findingsInGroup: (count) => `${formatNumber(count)}건`,
  findings: PRODUCT.findings.ko,
  stated: FIELDS.stated.ko,
  expected: FIELDS.expected.ko,
  goToCell: (ref) => `${ref} 셀로 이동`,
  fix: ACTIONS.fix.ko,
  fixCell: (ref) => `${ref} ${ACTIONS.fix.ko}`,
  accept: ACTIONS.accept.ko,
  acceptCell: (ref) => `${ref} ${ACTIONS.accept.ko}`,
  accepted: STATES.accepted.ko,
  acceptedOn: (date) => `${date} ${ACTIONS.accept.ko}`,
  previous: '이전 항목',
  next: '다음 항목',
  position: (index, total) =>
    index === null
      ? `${formatNumber(total)}건`
      : `${formatNumber(index + 1)} / ${formatNumber(total)}`,
  notVerified: `${ACTIONS.verify.ko}을 눌러 산식을 확인하세요.`,
  noFindings: `${STATES.noFindings.ko}: 발견된 문제가 없습니다.`,
  noMatches: '필터에 맞는 항목이 없습니다.',
  cancelled: `${ACTIONS.verify.ko}을 취소했습니다.`,
  cleared: '표시를 모두 지웠습니다.',
  dismissError: '오류 메시지 닫기',
  dismissNotice: '알림 닫기',
  errorTitles: {
    protected: '시트가 보호되어 있습니다',
    'read-only': '읽기 전용 통합 문서입니다',
    'edit-mode': '셀을 편집하는 중입니다',
    'too-large': '통합 문서가 너무 큽니다',
    'not-found': '셀을 찾을 수 없습니다',
    'cannot-insert': '이 행을 넣을 수 없습니다',
    'formula-cell': '수식이 있는 셀은 고칠 수 없습니다',
    unknown: '작업을 완료하지 못했습니다',
  },
  errorHints: {
    protected: '검토 › 시트 보호 해제 후 다시 시도하세요.',
    'read-only': '편집 가능한 사본으로 저장한 뒤 다시 시도하세요.',
    'edit-mode': 'Enter 또는 Esc 키로 셀 편집을 마친 뒤 다시 시도하세요.',
    'too-large': `현재 시트만 ${ACTIONS.verify.ko}해 보세요.`,
    'not-found': `시트나 셀이 삭제되었거나 이름이 바뀌었을 수 있습니다. 다시 ${ACTIONS.verify.ko}하세요.`,
    'cannot-insert': '아래 이유를 확인하고 다른 셀을 선택하거나 입력을 고치세요. 아무것도 바뀌지 않았습니다.',
    'formula-cell': '다시 시도해도 같습니다. 수식이 참조하는 입력 셀을 고치세요. 아무것도 바뀌지 않았습니다.',
    unknown: '잠시 후 다시 시도하세요.',
  },
  insertTitle: '표준 행 넣기',
  readSelection: '선택한 셀 읽기',
  insertTableAt: (table, range, cell) => `${table} (${range}) · 선택한 셀 ${cell}`,
  insertNoTable: '선택한 셀이 예산 표 안에 있지 않습니다. 표 안의 셀을 선택한 뒤 다시 읽으세요.',
  insertNothingFits: '이 셀에 넣을 수 있는 표준 행이 없습니다. 계산 줄이나 표의 행을 선택하세요.',
  insertTemplate: '넣을 행',
  templates: templateNames('ko'),
  templateHelp: {
    'basis-item': '단가와 수량으로 금액을 계산하는 줄을 선택한 줄 아래에 넣습니다.',
    subtotal: '선택한 줄의 금액을 하위 항목 금액의 합계(SUM)로 바꿉니다.',
    'total-row': '계 행의 금액을 각 행의 합계(SUM)로 만듭니다. 계 행이 없으면 첫 행으로 넣습니다.',
    'change-rate': '선택한 행의 증감(B−A)과 증감률을 수식으로 바꿉니다. 전년도가 0이면 순증으로 표시합니다.',
    'settlement-row': '새 연도 행을 넣고 예산현액과 집행잔액을 수식으로 계산합니다.',
  },
  level: '수준',
  levels: { '1': '○ 1단계', '2': '- 2단계', '3': '· 3단계' },
  itemLabel: '항목 이름',
  yearLabel: '연도',
  unitPrice: '단가 (원)',
  countValue: (n) => `수량 ${n}`,
  countCounter: (n) => `단위 ${n}`,
  addCount: '수량 추가',
  removeCount: (n) => `수량 ${n} 삭제`,
  rounding: '단위 미만 처리',
  roundings: { down: '절사 (ROUNDDOWN)', 'half-up': '반올림 (ROUND)', up: '올림 (ROUNDUP)' },
  settlementFigures: { final: '최종예산', carriedIn: '전년이월', changed: '예산변경', spent: '집행액', carriedOut: '차년이월' },
  preview: '미리보기',
  previewInsertRow: (row) => `${formatNumber(row)}행에 새 행을 넣습니다.`,
  previewRewriteRow: (row) => `${formatNumber(row)}행의 금액을 수식으로 바꿉니다. 보이는 금액은 그대로입니다.`,
  previewHelpers: (range) => `입력값은 ${range}에 숨겨 둡니다. 값을 바꾸면 줄과 금액이 함께 바뀝니다.`,
  previewAmount: '금액',
  previewChanges: '함께 바뀌는 금액 (같은 변경으로 되돌릴 수 있습니다)',
  previewRecomputes: (cells) => `수식이 다시 계산합니다: ${cells}`,
  previewUnresolved: (cells) =>
    `다음 셀은 넣은 뒤 직접 고쳐야 합니다 (괄호 안은 그 가운데 하나): ${cells}. 고치지 않으면 ${ACTIONS.verify.ko}이 오류로 표시합니다.`,
  previewFormulas: '쓰는 수식',
  insert: ACTIONS.insert.ko,
  inserted: (row) => `${formatNumber(row)}행에 넣었습니다. ${ACTIONS.verify.ko}을 눌러 확인하세요.`,
  findingsTab: PRODUCT.findings.ko,
  insertTab: ACTIONS.insert.ko,
  print: ACTIONS.print.ko,
  printHint: `${PRODUCT.findings.ko}를 A4로 인쇄합니다 (계산 과정, 검산한 숫자, 수락 기록 포함).`,
  coverageCounts: (checked, unchecked) =>
    fill(COVERAGE_WORDS.counts.ko, { checked: formatNumber(checked), unchecked: formatNumber(unchecked) }),
  uncheckedGroup: COVERAGE_WORDS.group.ko,
  notChecked: '확인 못 함',
  formulaNote: (formula) =>
    `수식(${formula})이 있는 셀이라 ${ACTIONS.fix.ko}하지 않습니다. 값을 덮어쓰면 수식이 사라집니다. 이 값을 정하는 입력을 고치세요.`,
  formulaInputs: '입력',
  formulaNoInputs: '수식이 참조하는 셀을 확인하세요.',
  goToInput: (ref) => `입력 ${ref} 셀로 이동`,
  acceptTitle: (ref) => `${ref} ${ACTIONS.accept.ko}`,
  acceptReason: `${FIELDS.reason.ko} (다음 검토자에게 보입니다)`,
  acceptReasonHint: '예: 천원 미만 올림은 회계 지침에 따른 것',
  reviewer: FIELDS.reviewer.ko,
  reviewerHint: '이름 (이 컴퓨터에서 기억합니다)',
  acceptConfirm: ACTIONS.accept.ko,
  acceptedDetail: (date, reviewer) => [`${date} ${ACTIONS.accept.ko}`, reviewer].filter(Boolean).join(' · '),
  reason: FIELDS.reason.ko,
};

const en: Strings = {
  appTitle: PRODUCT.name.en,
  language: 'Language',
  languageNames: { ko: '한국어', en: 'English' },
  scope: 'Scope',
  scopes: { workbook: 'Whole workbook', sheet: 'Active sheet' },
  verify: ACTIONS.verify.en,
  cancel: ACTIONS.cancel.en,
  cancelVerify: 'Cancel verification',
  clear: ACTIONS.clear.en,
  stages: { read: 'Reading cells', check: 'Checking', write: 'Highlighting' },
  progressOf: (done, total) => `${formatNumber(done)} of ${formatNumber(total)}`,
  summary: 'Summary',
  severities: { error: SEVERITIES.error.en, warning: SEVERITIES.warning.en },
  severityCount: (severity, count) =>
    `${formatNumber(count)} ${severity === 'error' ? 'error' : 'warning'}${count === 1 ? '' : 's'}`,
  acceptedCount: (count) => `${formatNumber(count)} ${STATES.accepted.en.toLowerCase()}`,
  ruleCounts: 'Counts by rule',
  rules: ruleLabels('en'),
  filterRule: 'Rule',
  filterSeverity: 'Severity',
  all: 'All',
  tableKinds: kindLabels('en'),
  otherTable: 'Other',
  findingsInGroup: (count) => `${formatNumber(count)} finding${count === 1 ? '' : 's'}`,
  findings: PRODUCT.findings.en,
  stated: FIELDS.stated.en,
  expected: FIELDS.expected.en,
  goToCell: (ref) => `Go to ${ref}`,
  fix: ACTIONS.fix.en,
  fixCell: (ref) => `${ACTIONS.fix.en} ${ref}`,
  accept: ACTIONS.accept.en,
  acceptCell: (ref) => `${ACTIONS.accept.en} ${ref}`,
  accepted: STATES.accepted.en,
  acceptedOn: (date) => `Accepted ${date}`,
  previous: 'Previous finding',
  next: 'Next finding',
  position: (index, total) =>
    index === null
      ? `${formatNumber(total)} finding${total === 1 ? '' : 's'}`
      : `${formatNumber(index + 1)} of ${formatNumber(total)}`,
  notVerified: 'Press Verify to check the arithmetic.',
  noFindings: `${STATES.noFindings.en.replace(/^./, (c) => c.toUpperCase())}.`,
  noMatches: 'No findings match the filters.',
  cancelled: 'Verification cancelled.',
  cleared: 'All highlights cleared.',
  dismissError: 'Dismiss error',
  dismissNotice: 'Dismiss notice',
  errorTitles: {
    protected: 'The sheet is protected',
    'read-only': 'The workbook is read-only',
    'edit-mode': 'A cell is being edited',
    'too-large': 'The workbook is too large',
    'not-found': 'The cell could not be found',
    'cannot-insert': 'The row cannot be inserted here',
    'formula-cell': 'A cell with a formula cannot be fixed',
    unknown: 'The action could not be completed',
  },
  errorHints: {
    protected: 'Unprotect the sheet (Review › Unprotect Sheet) and try again.',
    'read-only': 'Save an editable copy and try again.',
    'edit-mode': 'Press Enter or Esc to finish editing the cell, then try again.',
    'too-large': 'Try verifying the active sheet only.',
    'not-found': 'The sheet or cell may have been deleted or renamed. Verify again.',
    'cannot-insert': 'See why below, then select another cell or change the inputs. Nothing was changed.',
    'formula-cell': 'Trying again will not help: change the input cells the formula refers to. Nothing was changed.',
    unknown: 'Try again in a moment.',
  },
  insertTitle: 'Insert standard rows',
  readSelection: 'Use the selected cell',
  insertTableAt: (table, range, cell) => `${table} (${range}) · selected cell ${cell}`,
  insertNoTable: 'The selected cell is not in a budget table. Select a cell in a table and read it again.',
  insertNothingFits: 'No standard row fits this cell. Select a calculation line or a row of the table.',
  insertTemplate: 'Row to insert',
  templates: templateNames('en'),
  templateHelp: {
    'basis-item': 'Inserts a line below the selected one whose amount is computed from its unit price and counts.',
    subtotal: "Makes the selected line's amount the SUM of the lines below it.",
    'total-row': 'Makes the 계 row the SUM of the rows; inserts it as the first row when the table has none.',
    'change-rate': 'Turns the change (B − A) and the rate of the selected row into formulas; 순증 when A is zero.',
    'settlement-row': 'Inserts a new year with the current budget and the balance as formulas.',
  },
  level: 'Level',
  levels: { '1': '○ Level 1', '2': '- Level 2', '3': '· Level 3' },
  itemLabel: 'Label',
  yearLabel: 'Year',
  unitPrice: 'Unit price (원)',
  countValue: (n) => `Count ${n}`,
  countCounter: (n) => `Counter ${n}`,
  addCount: 'Add a count',
  removeCount: (n) => `Remove count ${n}`,
  rounding: 'Rounding',
  roundings: { down: 'Down (ROUNDDOWN)', 'half-up': 'Half up (ROUND)', up: 'Up (ROUNDUP)' },
  settlementFigures: { final: 'Final budget', carriedIn: 'Carried in', changed: 'Budget changes', spent: 'Spent', carriedOut: 'Carried out' },
  preview: 'Preview',
  previewInsertRow: (row) => `Inserts a new row at row ${formatNumber(row)}.`,
  previewRewriteRow: (row) => `Turns the figures of row ${formatNumber(row)} into formulas; they show the same.`,
  previewHelpers: (range) => `The inputs are kept, hidden, in ${range}: change one and the line and its amount follow.`,
  previewAmount: 'Amount',
  previewChanges: 'Figures that change with it (undone together with it)',
  previewRecomputes: (cells) => `Recomputed by their formulas: ${cells}`,
  previewUnresolved: (cells) =>
    `Correct these by hand after inserting (in brackets: one of them): ${cells}. Until then ${ACTIONS.verify.en} flags them.`,
  previewFormulas: 'Formulas written',
  insert: ACTIONS.insert.en,
  inserted: (row) => `Inserted at row ${formatNumber(row)}. Press Verify to check.`,
  findingsTab: PRODUCT.findings.en,
  insertTab: ACTIONS.insert.en,
  print: ACTIONS.print.en,
  printHint: 'Prints the findings on A4, with their computations, the figures checked and the acceptances.',
  coverageCounts: (checked, unchecked) =>
    fill(COVERAGE_WORDS.counts.en, { checked: formatNumber(checked), unchecked: formatNumber(unchecked) }),
  uncheckedGroup: COVERAGE_WORDS.group.en,
  notChecked: 'Not checked',
  formulaNote: (formula) =>
    `This cell holds a formula (${formula}), so ${ACTIONS.fix.en} does not write over it. Change the inputs that make its figure.`,
  formulaInputs: 'Inputs',
  formulaNoInputs: 'Check the cells the formula refers to.',
  goToInput: (ref) => `Go to input ${ref}`,
  acceptTitle: (ref) => `${ACTIONS.accept.en} ${ref}`,
  acceptReason: `${FIELDS.reason.en} (shown to the next reviewer)`,
  acceptReasonHint: 'e.g. rounded up to 천원 as the accounting rules require',
  reviewer: FIELDS.reviewer.en,
  reviewerHint: 'Your name (remembered on this computer)',
  acceptConfirm: ACTIONS.accept.en,
  acceptedDetail: (date, reviewer) => [`${ACTIONS.accept.en}ed ${date}`, reviewer].filter(Boolean).join(' · '),
  reason: FIELDS.reason.en,
};

export const STRINGS: Readonly<Record<Language, Strings>> = Object.freeze({ ko, en });
