/** 표 간 합계: a figure one table states equals the one another table states for the same thing. Identity: linear.ts. */
import type { Rule } from './rule';

export const crossTotal: Rule<'cross-total'> = {
  id: 'cross-total',
  label: { ko: '표 간 합계', en: 'Cross-table total' },
  message: {
    ko: '다른 표의 금액과 맞으려면 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'To agree with the other table this should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
};
