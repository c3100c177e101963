/**
 * 머리글 식: an identity a column's header writes out (`㉰=㉮-㉯`, `㉳=㉰-㉱-㉲`,
 * `⑤=②-③-④`, `C=D-E`) and no more particular rule names. Identity: linear.ts or ratio.ts.
 */
import type { Rule } from './rule';

export const headerFormula: Rule<'header-formula'> = {
  id: 'header-formula',
  label: { ko: '머리글 식', en: 'Header formula' },
  message: {
    ko: '머리글의 식 {formula}대로 계산하면 {expected}{unit}이고, 적힌 값은 {actual}{unit}입니다.',
    en: 'The header’s formula {formula} gives {expected} {unit}, but the cell states {actual} {unit}.',
  },
};
