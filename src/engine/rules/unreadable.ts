/**
 * 읽을 수 없음: a figure or a calculation the engine could not read. Never dropped
 * silently: a warning at the cell, and the cell is listed as unchecked.
 */
import type { Unreadable } from '../checks/ledger';
import type { Rule, Words } from './rule';

export const unreadable = {
  id: 'unreadable',
  label: { ko: '읽을 수 없음', en: 'Unreadable' },
  message: {
    ko: '계산식처럼 보이지만 읽을 수 없어 검산하지 못했습니다: {text}',
    en: 'This looks like a calculation but could not be read, so it was not checked: {text}',
  },
  variants: {
    'error-value': {
      ko: '셀에 오류 값({text})이 있어 검산하지 못했습니다.',
      en: 'The cell holds an error value ({text}), so it was not checked.',
    },
    figure: {
      ko: '숫자로 읽을 수 없어 검산하지 못했습니다: {text}',
      en: 'This could not be read as a number, so it was not checked: {text}',
    },
    internal: {
      ko: '이 시트를 읽다가 내부 오류가 나서 이 시트는 검산하지 못했습니다: {text}',
      en: 'An internal error of the verifier stopped it from checking this sheet: {text}',
    },
  },
} satisfies Rule<'unreadable'>;

/** The message for one reason a cell could not be read. */
export function unreadableWords(reason: Unreadable['reason']): Words {
  return reason === 'formula' ? unreadable.message : unreadable.variants[reason];
}
