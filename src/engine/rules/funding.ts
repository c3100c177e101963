/** 재원: an amount is the sum of its funding shares (국비, 시비, …). Identity: linear.ts. */
import type { Rule } from './rule';

export const funding: Rule<'funding'> = {
  id: 'funding',
  label: { ko: '재원', en: 'Funding' },
  message: {
    ko: '재원별 금액과 맞으려면 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'To agree with the funding shares this should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
};
