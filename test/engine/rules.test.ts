/**
 * The rules registry: one module per rule id, every word in both languages, and the
 * shared pieces (the rounding tolerance, the rate formula) behaving the same wherever
 * a layout uses them.
 */
import { RULES, RULE_IDS, ruleLabel, ruleLabels } from '../../src/engine/rules';
import { changeRateValue, rateFormula, ratePrecision, DEFAULT_RATE_DECIMALS } from '../../src/engine/rules/changeRate';
import { rat } from '../../src/engine/rational';
import { makeOptions, verifyWorkbook } from '../../src/engine';
import { parseSheetText, toSnapshot } from '../../scripts/sheet-text';

const verify = (text: string) => verifyWorkbook(toSnapshot(parseSheetText(text)), makeOptions());

describe('rules registry', () => {
  it('lists one module per rule id, in the ids order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it('gives every rule a label and a message in Korean and English, with distinct labels', () => {
    for (const rule of RULES) {
      for (const lang of ['ko', 'en'] as const) {
        expect(rule.label[lang].trim()).not.toBe('');
        expect(rule.message[lang].trim()).not.toBe('');
      }
    }
    for (const lang of ['ko', 'en'] as const) {
      const labels = Object.values(ruleLabels(lang));
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(ruleLabel('change-rate', 'ko')).toBe('증감률');
  });
});

describe('the change rate, in one place', () => {
  it('rounds half away from zero at the precision shown, and gives no rate on a zero base', () => {
    expect(changeRateValue(rat(534200), rat(427660), 0)).toEqual(rat(-20));
    expect(changeRateValue(rat(534200), rat(427660), 2)).toEqual(rat(-1994, 100));
    expect(changeRateValue(rat(0), rat(5), 1)).toBeNull();
  });

  it('takes the precision the column shows, one decimal when it shows none', () => {
    expect(ratePrecision([0, undefined, 0])).toBe(0);
    expect(ratePrecision([undefined, 2])).toBe(2);
    expect(ratePrecision([undefined])).toBe(DEFAULT_RATE_DECIMALS);
  });

  it('writes the Excel formula with the documents’ words for a zero base', () => {
    expect(rateFormula('B3', 'C3', 1)).toBe('IF(B3=0,IF(C3=0,"-","순증"),ROUND((C3-B3)*100/B3,1))');
  });
});

describe('the rounding tolerance, in one place', () => {
  // 1,333원 × 3 = 3,999원, written 4,000원: a whole thousand of 원 was rounded to 천원.
  it('accepts a 원 figure rounded to a whole thousand in a columnar table, as in a text line', () => {
    const columnar = verify(`@sheet S
 |  |  | (단위 : 원)
산출내역 | 단가(원) | 수량 | 금액
볼펜 | n:1333 | n:3 | n:4000
합계 |  |  | n:4000
`);
    expect(columnar.tables.map((t) => t.kind)).toEqual(['basis']);
    expect(columnar.findings).toEqual([]);
    const text = verify(`@sheet S
 | (단위 : 원)
산출근거 | 금액
○ 볼펜 1,333원 × 3개 | n:4000
`);
    expect(text.findings).toEqual([]);
  });

  it('still flags a 원 figure that is off by more than its unit', () => {
    const columnar = verify(`@sheet S
 |  |  | (단위 : 원)
산출내역 | 단가(원) | 수량 | 금액
볼펜 | n:1333 | n:3 | n:5000
`);
    expect(columnar.findings.map((f) => [f.cell, f.rule, f.expected])).toEqual([['D3', 'product', 4000]]);
  });
});
