/** The name of each kind of table, for titles, groups and reports, in one place. */
import type { TableKind } from '../findings';
import type { Language } from '../options';
import type { Words } from '../rules/rule';

export const KIND_WORDS: Readonly<Record<TableKind, Words>> = {
  overview: { ko: '사업개요', en: 'Overview' },
  summary: { ko: '예산 총괄', en: 'Budget summary' },
  basis: { ko: '산출근거', en: 'Calculation basis' },
  schedule: { ko: '추진일정', en: 'Schedule' },
  settlement: { ko: '결산', en: 'Settlement' },
  statement: { ko: '예산서', en: 'Budget statement' },
  subjects: { ko: '과목별 예산서', en: 'Budget by subject' },
  mention: { ko: '본문 금액', en: 'Amount in the text' },
  columns: { ko: '금액표', en: 'Table of figures' },
};

export function kindLabels(language: Language): Readonly<Record<TableKind, string>> {
  return Object.fromEntries(Object.entries(KIND_WORDS).map(([k, w]) => [k, w[language]])) as Record<TableKind, string>;
}
