/** 합계: a 계 / 합계 / 총계 row (or column) is the sum of the rows it closes. Identity: linear.ts. */
import type { Rule } from './rule';

export const total: Rule<'total'> = {
  id: 'total',
  label: { ko: '합계', en: 'Total' },
  message: {
    ko: '합계는 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'The total should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
};
