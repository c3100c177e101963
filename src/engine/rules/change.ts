/** 증감: the change between two years, B − A. Identity: linear.ts. */
import type { Rule } from './rule';

export const change: Rule<'change'> = {
  id: 'change',
  label: { ko: '증감', en: 'Change' },
  message: {
    ko: '증감(B−A)은 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'The change (B − A) should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
};
