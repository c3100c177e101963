import { formatFigure, formatNumber } from '../../src/taskpane/format';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [427660, '427,660'],
    [-106540, '△106,540'],
    [-19.94, '△19.94'],
    [1234567.5, '1,234,567.5'],
    [-0, '0'],
    [-1e-9, '0'],
  ])('%p → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatFigure', () => {
  it('glues the unit on as the documents do, and shows a dash for no figure', () => {
    expect(formatFigure(60000, '천원')).toBe('60,000천원');
    expect(formatFigure(-20, '%')).toBe('△20%');
    expect(formatFigure(44111000, null)).toBe('44,111,000');
    expect(formatFigure(null, '천원')).toBe('—');
  });
});
