import { formatNumber, groupThousands, roundDecimal } from '../../src/file/numberFormat';
import { formatFigure, formatFigureWithUnit } from '../../src/file/figures';

describe('formatNumber shows numbers as Excel does', () => {
  it.each([
    [1234567, '#,##0', '1,234,567'],
    [-1234567, '#,##0', '-1,234,567'],
    [9007199254739999, '#,##0', '9,007,199,254,739,999'], // groups near the largest exact whole number
    [-106540, '#,##0;"△"#,##0', '△106,540'],
    [106540, '#,##0;"△"#,##0', '106,540'],
    [0, '#,##0;"△"#,##0;"-"', '-'],
    [-19.94, '0.0', '-19.9'],
    [19.95, '0.0', '20.0'],
    [0.2, '0%', '20%'],
    [-0.1994, '0.0%', '-19.9%'],
    [427660, '#,##0"천원"', '427,660천원'],
    [1.005, '0.00', '1.01'],
    [1234.5, '#,##0.00_);(#,##0.00)', '1,234.50 '],
    [-1234.5, '#,##0.00_);[Red](#,##0.00)', '(1,234.50)'],
    [1234567, '#,##0,', '1,235'],
    [0.5, '0.##', '0.5'],
    [5, '[$₩-412]#,##0', '₩5'],
    [1.5, null, '1.5'],
    [-3, 'General', '-3'],
    [0.1 + 0.2, 'General', '0.3'],
    [123456789012, 'General', '1.23457E+11'],
    [42, '@', '42'],
  ])('%p under %p → %p', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });

  it.each([
    ['#,###', ['', '', '7', '-1,000', '123,456,789', '9,007,199,254,740,991', '-9,007,199,254,740,990']],
    ['#,##0;"△"#,##0', ['0', '0', '7', '△1,000', '123,456,789', '9,007,199,254,740,991', '△9,007,199,254,740,990']],
    ['"₩"#,##0"원"', ['₩0원', '₩0원', '₩7원', '-₩1,000원', '₩123,456,789원', '₩9,007,199,254,740,991원', '-₩9,007,199,254,740,990원']],
    ['#,##0_);(#,##0)', ['0 ', '0 ', '7 ', '(1,000)', '123,456,789 ', '9,007,199,254,740,991 ', '(9,007,199,254,740,990)']],
  ])('whole numbers under %p, the largest exact one and past it, as their pattern shows them', (format, texts) => {
    expect([0, -0, 7, -1000, 123456789, 2 ** 53 - 1, -(2 ** 53)].map((v) => formatNumber(v, format))).toEqual(texts);
  });

  it('rounds half away from zero on the decimal form', () => {
    expect(roundDecimal(2.5, 0)).toBe('3');
    expect(roundDecimal(0.125, 2)).toBe('0.13');
    expect(roundDecimal(999.95, 1)).toBe('1000.0');
  });
});

describe('groupThousands', () => {
  it('groups every length of digits as the regular expression did, and leaves what is not digits to it', () => {
    const byPattern = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    for (let length = 0; length <= 22; length++) {
      const digits = '9876543210123456789012'.slice(0, length);
      expect(groupThousands(digits)).toBe(byPattern(digits));
    }
    for (const odd of ['1e+21', '1.2345e+22', '12345.678']) expect(groupThousands(odd)).toBe(byPattern(odd));
  });
});

describe('figures for people', () => {
  it('groups thousands and writes negatives with △', () => {
    expect(formatFigure(-106540)).toBe('△106,540');
    expect(formatFigure(-19.94)).toBe('△19.94');
    expect(formatFigure(60000)).toBe('60,000');
    expect(formatFigure(null)).toBe('');
    expect(formatFigureWithUnit(60000, '천원')).toBe('60,000천원');
    expect(formatFigureWithUnit(-20, '%')).toBe('△20%');
  });
});

describe('formatNumber keeps a busy format’s recent texts', () => {
  it('gives every value the same text once the format keeps them as before, colliding values included', () => {
    const format = '#,##0.0;"△"#,##0.0;"-"';
    const values = [0, -0, 1.1, 1.2, 1.15, -1.1, 4096, 8192, 2 ** 32 + 5, 5, 1e20, -106540, 106540.04, 0.04, -0.04];
    const first = values.map((v) => formatNumber(v, format));
    for (let i = 0; i < 300; i++) formatNumber(i, format); // past the uses after which it keeps them
    for (let round = 0; round < 3; round++) expect(values.map((v) => formatNumber(v, format))).toEqual(first);
    expect(first.slice(0, 5)).toEqual(['-', '-', '1.1', '1.2', '1.2']);
  });
});
