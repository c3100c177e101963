/** 소계: a parent (a line with lines under it, a 소계 row, a category) is the sum of its parts. Identity: linear.ts. */
import type { Rule } from './rule';

export const subtotal: Rule<'subtotal'> = {
  id: 'subtotal',
  label: { ko: '소계', en: 'Subtotal' },
  message: {
    ko: '하위 항목의 합은 {expected}{unit}이고, 적힌 금액은 {actual}{unit}입니다.',
    en: 'The items below add up to {expected} {unit}, but the cell states {actual} {unit}.',
  },
};
