/**
 * The words every surface uses for coverage (DESIGN §1.2): the counts line, the
 * verdicts, and why a figure was not checked. Placeholders as in rules/rule.ts.
 */
import type { UncheckedReason } from '../findings';
import type { Words } from '../rules/rule';

export const COVERAGE_WORDS = {
  /** `검산한 숫자 n개 · 확인하지 못한 숫자 m개` */
  counts: {
    ko: '검산한 숫자 {checked}개 · 확인하지 못한 숫자 {unchecked}개',
    en: '{checked} figure(s) checked · {unchecked} not checked',
  },
  /** Nothing found and every figure checked: the only clean verdict. */
  clean: { ko: '이상 없음', en: 'no findings' },
  /** Nothing found, but not everything was checked. */
  notAllChecked: {
    ko: '오류 없음 — 확인하지 못한 숫자 {unchecked}개',
    en: 'no errors — {unchecked} figure(s) not checked',
  },
  /** The group of unchecked figures in the pane, the page and the report. */
  group: { ko: '확인하지 못한 숫자', en: 'Figures not checked' },
  /** A sheet with figures on which no table was recognised. */
  sheetWithoutTable: {
    ko: "시트 '{sheet}'에 숫자 {figures}개가 있지만 표를 찾지 못해 검산하지 못했습니다.",
    en: "Sheet '{sheet}' has {figures} figure(s) but no table was recognised, so none was checked.",
  },
  /** `외 n개` after the first few cells. */
  more: { ko: '외 {n}개', en: 'and {n} more' },
} as const satisfies Record<string, Words>;

export const UNCHECKED_REASON_WORDS: Readonly<Record<UncheckedReason, Words>> = {
  'no table found': { ko: '표를 찾지 못함', en: 'no table found' },
  'no identity found': { ko: '맞춰 볼 식이 없음', en: 'no identity found' },
  'not read': { ko: '읽지 못함', en: 'not read' },
};
