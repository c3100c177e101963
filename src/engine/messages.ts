/**
 * Every message the engine writes, in Korean and English, in one table.
 * Placeholders: {expected} {actual} {unit} {cause} {text} {label}.
 */
import type { RuleId } from './findings';
import type { Language } from './options';

type Key = RuleId | 'culprit' | 'suspects' | 'rate-word' | 'rate-base-zero' | 'unreadable-error' | 'unreadable-figure' | 'unreadable-internal' | 'carried';

const MESSAGES: Record<Key, Record<Language, string>> = {
  product: {
    ko: '산출식 계산 결과는 {expected}{unit}이고, 적힌 금액은 {actual}{unit}입니다.',
    en: 'The calculation gives {expected} {unit}, but the cell states {actual} {unit}.',
  },
  subtotal: {
    ko: '하위 항목의 합은 {expected}{unit}이고, 적힌 금액은 {actual}{unit}입니다.',
    en: 'The items below add up to {expected} {unit}, but the cell states {actual} {unit}.',
  },
  total: {
    ko: '합계는 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'The total should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
  change: {
    ko: '증감(B−A)은 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'The change (B − A) should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
  'change-rate': {
    ko: '증감률 계산 결과는 {expected}%이고, 적힌 값은 {actual}%입니다.',
    en: 'The change rate should be {expected}%, but the cell states {actual}%.',
  },
  funding: {
    ko: '재원별 금액과 맞으려면 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'To agree with the funding shares this should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
  'cross-total': {
    ko: '다른 표의 금액과 맞으려면 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'To agree with the other table this should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
  'budget-current': {
    ko: '예산현액(최종예산 + 전년이월 + 예산변경)은 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'The current budget (final + carried in + changes) should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
  'execution-balance': {
    ko: '집행잔액(예산현액 − 집행액 − 차년이월)은 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'The unspent balance (current budget − spent − carried out) should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
  unreadable: {
    ko: '계산식처럼 보이지만 읽을 수 없어 검사하지 못했습니다: {text}',
    en: 'This looks like a calculation but could not be read, so it was not checked: {text}',
  },
  'unreadable-error': {
    ko: '셀에 오류 값({text})이 있어 검사하지 못했습니다.',
    en: 'The cell holds an error value ({text}), so it was not checked.',
  },
  'unreadable-figure': {
    ko: '숫자로 읽을 수 없어 검사하지 못했습니다: {text}',
    en: 'This could not be read as a number, so it was not checked: {text}',
  },
  'unreadable-internal': {
    ko: '이 시트를 읽다가 검사기 내부 오류가 나서 이 시트는 검사하지 못했습니다: {text}',
    en: 'An internal error of the verifier stopped it from checking this sheet: {text}',
  },
  culprit: {
    ko: '이 금액이 {expected}{unit}이면 관련된 합계와 증감이 모두 맞습니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'With {expected} {unit} here every related total and change agrees; the cell states {actual} {unit}.',
  },
  suspects: {
    ko: '구성 금액을 더하면 {sum}{unit}인데 적힌 금액은 {actual}{unit}입니다. 이 금액은 다른 식과 맞으므로 {suspects} 중 하나가 틀렸을 가능성이 큽니다.',
    en: 'The parts add up to {sum} {unit}, but the cell states {actual} {unit}, which other figures confirm: one of {suspects} is probably wrong.',
  },
  'rate-word': {
    ko: "전년도 금액이 0이 아니므로 증감률은 '{word}'이 아니라 {expected}%여야 합니다.",
    en: "The earlier amount is not 0, so the rate should be {expected}%, not '{word}'.",
  },
  'rate-base-zero': {
    ko: '전년도 금액이 0이므로 증감률은 숫자가 아니라 \'순증\'(또는 \'신규\', \'-\')으로 적어야 합니다.',
    en: "The earlier amount is 0, so the rate should read '순증' (new), not a number.",
  },
  carried: {
    ko: ' ({cause}의 오류가 이어진 것입니다)',
    en: ' (carried from {cause})',
  },
};

export type MessageKey = Key;

export function message(key: Key, language: Language, values: Readonly<Record<string, string>>): string {
  return MESSAGES[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
