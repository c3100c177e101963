/**
 * Every word the file adapter and the CLI show, in both languages, in one place.
 * (Findings' messages come from the engine already in the chosen language.)
 */
import type { Language, RuleId, Severity } from '../engine/index';
import { ruleLabels } from '../engine/rules/index';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly accepted: number;
}

export interface Labels {
  readonly reportSheet: string;
  readonly rules: Readonly<Record<RuleId, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly columns: {
    readonly sheet: string;
    readonly cell: string;
    readonly rule: string;
    readonly severity: string;
    readonly stated: string;
    readonly expected: string;
    readonly unit: string;
    readonly message: string;
    readonly explain: string;
    readonly cause: string;
    readonly accepted: string;
  };
  readonly yes: string;
  readonly counts: (c: Counts) => string;
  readonly reportTitle: (c: Counts) => string;
  readonly noFindings: string;
  readonly note: {
    readonly stated: string;
    readonly expected: string;
    readonly explain: string;
    readonly cause: string;
  };
}

const KO: Labels = {
  reportSheet: '검증결과',
  rules: ruleLabels('ko'),
  severity: { error: '오류', warning: '경고' },
  columns: {
    sheet: '시트',
    cell: '셀',
    rule: '규칙',
    severity: '구분',
    stated: '기재값',
    expected: '기대값',
    unit: '단위',
    message: '내용',
    explain: '계산',
    cause: '원인',
    accepted: '수락',
  },
  yes: '수락됨',
  counts: (c) => `오류 ${c.errors}건, 경고 ${c.warnings}건, 수락 ${c.accepted}건`,
  reportTitle: (c) =>
    `예산 검증 결과 — 오류 ${c.errors}건, 경고 ${c.warnings}건, 수락 ${c.accepted}건`,
  noFindings: '이상 없음',
  note: { stated: '기재', expected: '기대', explain: '계산', cause: '원인' },
};

const EN: Labels = {
  reportSheet: 'Findings',
  rules: ruleLabels('en'),
  severity: { error: 'error', warning: 'warning' },
  columns: {
    sheet: 'Sheet',
    cell: 'Cell',
    rule: 'Rule',
    severity: 'Severity',
    stated: 'Stated',
    expected: 'Expected',
    unit: 'Unit',
    message: 'Message',
    explain: 'Computation',
    cause: 'Cause',
    accepted: 'Accepted',
  },
  yes: 'accepted',
  counts: (c) => `${c.errors} error(s), ${c.warnings} warning(s), ${c.accepted} accepted`,
  reportTitle: (c) =>
    `Budget verification — ${c.errors} error(s), ${c.warnings} warning(s), ${c.accepted} accepted`,
  noFindings: 'no findings',
  note: { stated: 'Stated', expected: 'Expected', explain: 'Computation', cause: 'Carried from' },
};

export function labelsFor(language: Language): Labels {
  return language === 'en' ? EN : KO;
}
