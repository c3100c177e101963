/** 예산현액 = 최종예산 + 전년이월 + 예산변경 (결산). Identity: linear.ts. */
import type { Rule } from './rule';

export const budgetCurrent: Rule<'budget-current'> = {
  id: 'budget-current',
  label: { ko: '예산현액', en: 'Current budget' },
  message: {
    ko: '예산현액(최종예산 + 전년이월 + 예산변경)은 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'The current budget (final + carried in + changes) should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
};
