/**
 * 이월: in a settlement over several years, a year's 전년이월 (carried in) is the
 * previous year's 차년이월 (carried out). Identity: linear.ts (an equality).
 */
import type { Rule } from './rule';

export const carryOver: Rule<'carry-over'> = {
  id: 'carry-over',
  label: { ko: '이월', en: 'Carry-over' },
  message: {
    ko: '전년도에서 넘어온 금액(전년도의 차년이월)과 맞으려면 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: "To agree with the previous year's amount carried forward this should be {expected} {unit}, but the cell states {actual} {unit}.",
  },
};
