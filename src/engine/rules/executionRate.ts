/** 집행률: 지출액 ÷ 예산현액 × 100 (B/A), at the precision shown. Identity: ratio.ts. */
import type { Rule } from './rule';

export const executionRate: Rule<'execution-rate'> = {
  id: 'execution-rate',
  label: { ko: '집행률', en: 'Execution rate' },
  message: {
    ko: '집행률(지출액 ÷ 예산현액 × 100)은 {expected}%여야 합니다. 적힌 값은 {actual}%입니다.',
    en: 'The execution rate (spent ÷ current budget × 100) should be {expected}%, but the cell states {actual}%.',
  },
};
