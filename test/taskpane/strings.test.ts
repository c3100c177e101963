import { STRINGS } from '../../src/taskpane/strings';
import { RULE_IDS as RULE_ORDER } from '../../src/engine/rules/ids';

describe('the bilingual string table', () => {
  it('has the same entries in Korean and English, none empty', () => {
    const { ko, en } = STRINGS;
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ko)) {
      const other = (en as unknown as Record<string, unknown>)[key];
      expect(typeof other).toBe(typeof value);
      if (typeof value === 'string') {
        expect(value.trim()).not.toBe('');
        expect((other as string).trim()).not.toBe('');
      }
      if (typeof value === 'object') {
        expect(Object.keys(value).sort()).toEqual(Object.keys(other as object).sort());
      }
    }
  });

  it('names every rule in both languages', () => {
    for (const rule of RULE_ORDER) {
      expect(STRINGS.ko.rules[rule]).toBeTruthy();
      expect(STRINGS.en.rules[rule]).toBeTruthy();
    }
  });

  it('formats counts with thousands separators', () => {
    expect(STRINGS.en.severityCount('error', 12345)).toBe('12,345 errors');
    expect(STRINGS.en.severityCount('warning', 1)).toBe('1 warning');
    expect(STRINGS.ko.severityCount('error', 12345)).toBe('오류 12,345건');
    expect(STRINGS.en.position(1233, 12345)).toBe('1,234 of 12,345');
    expect(STRINGS.en.position(null, 2)).toBe('2 findings');
  });
});
