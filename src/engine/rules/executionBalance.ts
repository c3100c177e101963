/** 집행잔액 = 예산현액 − 집행액 − 차년이월 (결산). Identity: linear.ts. */
import type { Rule } from './rule';

export const executionBalance: Rule<'execution-balance'> = {
  id: 'execution-balance',
  label: { ko: '집행잔액', en: 'Execution balance' },
  message: {
    ko: '집행잔액(예산현액 − 집행액 − 차년이월)은 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'The unspent balance (current budget − spent − carried out) should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
};
