/** 구성비: a row's share of the total, row ÷ total × 100, at the precision shown. Identity: ratio.ts. */
import type { Rule } from './rule';

export const share: Rule<'share'> = {
  id: 'share',
  label: { ko: '구성비', en: 'Share' },
  message: {
    ko: '구성비(이 금액 ÷ 합계 × 100)는 {expected}%여야 합니다. 적힌 값은 {actual}%입니다.',
    en: 'The share (this amount ÷ the total × 100) should be {expected}%, but the cell states {actual}%.',
  },
};
