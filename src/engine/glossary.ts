/**
 * The glossary: every word the product shows for one idea, in Korean and English,
 * once. The pane, the page, the notes, the report sheet, the print view, the
 * command line's table and the README take their words from here (a rule's name
 * and messages from its own module in rules/), so one act is never called two
 * things: 검산 (never 검증), 수락 (never 승인), 기대값 for the figure a check expects
 * and 계산 과정 for the computation behind it (never 계산 for either).
 *
 * Sentences stay with their surface; they are built around these words.
 */
import type { Language } from './options';
import type { Severity, TableKind, UncheckedReason } from './findings';
import type { RuleId } from './rules/ids';
import type { TemplateKind } from './templates/plan';
import { RULES, ruleLabel } from './rules/index';
import { KIND_WORDS } from './tables/kindWords';
import { COVERAGE_WORDS, UNCHECKED_REASON_WORDS } from './coverage/words';

type Words = Readonly<Record<Language, string>>;

/** The product and its one act. */
export const PRODUCT = {
  name: { ko: '예산 검산', en: 'Budget Verify' },
  /** The act of checking, as a noun and on its button. */
  verify: { ko: '검산', en: 'Verify' },
  /** What the act produces: the sheet of the annotated copy and the print view. */
  findings: { ko: '검산 결과', en: 'Findings' },
  /** The report sheet's name (a sheet name: no spaces, short). */
  reportSheet: { ko: '검산결과', en: 'Findings' },
  /** The annotated copy (`NAME.checked.xlsx`). */
  annotatedCopy: { ko: '검산 사본', en: 'annotated copy' },
  /** The printable report: the print view, and the command line's `NAME.report.html`. */
  report: { ko: '검산 보고서', en: 'report' },
  /** The tag that opens each of our notes on a cell. */
  noteTag: { ko: '[예산 검산]', en: '[Budget Verify]' },
} as const satisfies Record<string, Words>;

export const SEVERITIES: Readonly<Record<Severity, Words>> = {
  error: { ko: '오류', en: 'Error' },
  warning: { ko: '경고', en: 'Warning' },
};

/** What a reviewer does. */
export const ACTIONS = {
  verify: PRODUCT.verify,
  cancel: { ko: '취소', en: 'Cancel' },
  fix: { ko: '수정', en: 'Fix' },
  accept: { ko: '수락', en: 'Accept' },
  clear: { ko: '표시 지우기', en: 'Clear highlights' },
  insert: { ko: '행 넣기', en: 'Insert' },
  undo: { ko: '되돌리기', en: 'Undo' },
  redo: { ko: '다시 하기', en: 'Redo' },
  print: { ko: '인쇄', en: 'Print' },
  open: { ko: '파일 열기', en: 'Open file' },
  save: { ko: '저장', en: 'Save' },
} as const satisfies Record<string, Words>;

/** The states a finding or a figure is in. */
export const STATES = {
  open: { ko: '미처리', en: 'Open' },
  accepted: { ko: '수락됨', en: 'Accepted' },
  fixed: { ko: '수정됨', en: 'Fixed' },
  /** Nothing found and every figure checked (coverage/words.ts holds the coverage words). */
  noFindings: COVERAGE_WORDS.clean,
  unchecked: COVERAGE_WORDS.group,
} as const satisfies Record<string, Words>;

/** The kinds of table: their words live with the tables (tables/kindWords.ts), named here too. */
export const TABLE_KINDS: Readonly<Record<TableKind, Words>> = KIND_WORDS;

/** The standard rows Insert offers (engine/templates). */
export const TEMPLATES: Readonly<Record<TemplateKind, Words>> = {
  'basis-item': { ko: '산출근거 줄', en: 'Basis line' },
  subtotal: { ko: '소계 (SUM)', en: 'Subtotal (SUM)' },
  'total-row': { ko: '계 (SUM)', en: 'Total row (SUM)' },
  'change-rate': { ko: '증감·증감률', en: 'Change and rate' },
  'settlement-row': { ko: '결산 연도 행', en: 'Settlement year' },
};

/** A finding's parts: the report sheet's columns, the note's lines, the pane's labels. */
export const FIELDS = {
  sheet: { ko: '시트', en: 'Sheet' },
  cell: { ko: '셀', en: 'Cell' },
  rule: { ko: '규칙', en: 'Rule' },
  severity: { ko: '구분', en: 'Severity' },
  stated: { ko: '기재값', en: 'Stated' },
  expected: { ko: '기대값', en: 'Expected' },
  unit: { ko: '단위', en: 'Unit' },
  message: { ko: '내용', en: 'Message' },
  explain: { ko: '계산 과정', en: 'Computation' },
  /** The cell an error was carried from, when it is not the flagged cell. */
  cause: { ko: '원인', en: 'Cause' },
  table: { ko: '표', en: 'Table' },
  reason: { ko: '사유', en: 'Reason' },
  reviewer: { ko: '검토자', en: 'Reviewer' },
  acceptedAt: { ko: '수락 일시', en: 'Accepted on' },
  fixedAt: { ko: '수정 일시', en: 'Fixed on' },
} as const satisfies Record<string, Words>;

/** Why a figure could not be checked (DESIGN §1.2): the coverage's own words. */
export const UNCHECKED_REASONS: Readonly<Record<UncheckedReason, Words>> = UNCHECKED_REASON_WORDS;

export type GlossaryGroup = 'product' | 'actions' | 'states' | 'fields';
const GROUPS = { product: PRODUCT, actions: ACTIONS, states: STATES, fields: FIELDS } as const;

/** A word of the glossary: `word('actions', 'accept', 'ko')` → `수락`. */
export function word<G extends GlossaryGroup>(group: G, key: keyof (typeof GROUPS)[G], language: Language): string {
  return (GROUPS[group][key] as Words)[language];
}

export function severityWord(severity: Severity, language: Language): string {
  return SEVERITIES[severity][language];
}

export function tableKindWord(kind: TableKind, language: Language): string {
  return TABLE_KINDS[kind][language];
}

/** A rule's name: from the rule's own module (rules/), never written here a second time. */
export function ruleWord(rule: RuleId, language: Language): string {
  return ruleLabel(rule, language);
}

/** The reason a figure went unchecked, in words; an unknown reason as the engine wrote it. */
export function uncheckedReasonWord(reason: UncheckedReason, language: Language): string {
  return UNCHECKED_REASONS[reason][language];
}

/**
 * Every glossary word of one language, by `group.key` (rules as `rules.<id>`), for the
 * README's table and the test that no surface uses another word for the same thing.
 */
export function glossaryEntries(): { readonly key: string; readonly ko: string; readonly en: string }[] {
  const out: { key: string; ko: string; en: string }[] = [];
  const add = (prefix: string, table: Readonly<Record<string, Words>>) => {
    for (const [key, w] of Object.entries(table)) out.push({ key: `${prefix}.${key}`, ko: w.ko, en: w.en });
  };
  add('product', PRODUCT);
  add('severities', SEVERITIES);
  add('actions', ACTIONS);
  add('states', STATES);
  add('tableKinds', TABLE_KINDS);
  add('templates', TEMPLATES);
  add('fields', FIELDS);
  add('unchecked', UNCHECKED_REASONS);
  add('rules', Object.fromEntries(RULES.map((r) => [r.id, r.label])));
  return out;
}
