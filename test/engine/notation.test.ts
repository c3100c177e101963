import { parseFigure } from '../../src/engine/number';
import { fixContent, formatFigure } from '../../src/engine/notation';

describe('formatFigure', () => {
  it('writes like the model figure', () => {
    expect(formatFigure(-2590, parseFigure('△300'))).toBe('△2,590');
    expect(formatFigure(427660, parseFigure('1천원'))).toBe('427,660천원');
    expect(formatFigure(-300, parseFigure('-5'))).toBe('-300');
    expect(formatFigure(-106540, parseFigure('(1,000)'))).toBe('(106,540)');
    expect(formatFigure(19.94, parseFigure('10.5'))).toBe('19.9');
    expect(formatFigure(-19.94, parseFigure('△20'))).toBe('△20');
    expect(formatFigure(-300, parseFigure('▲ 1'))).toBe('▲ 300');
    expect(formatFigure(1000, parseFigure('5 천원'))).toBe('1,000 천원');
    expect(formatFigure(-1000, parseFigure('(5천원)'))).toBe('(1,000천원)');
    expect(formatFigure(12.5, parseFigure('3.0%'))).toBe('12.5%');
    expect(formatFigure(2.5, parseFigure('1'))).toBe('3');
    expect(formatFigure(-2.5, parseFigure('1'))).toBe('△3');
  });

  it('keeps an ungrouped document ungrouped', () => {
    expect(formatFigure(123456, parseFigure('5000'))).toBe('123456');
    // a model under 1,000 says nothing about grouping: default grouped
    expect(formatFigure(123456, parseFigure('500'))).toBe('123,456');
  });

  it('defaults to grouped, △ and the number’s own decimals', () => {
    expect(formatFigure(-2590, null)).toBe('△2,590');
    expect(formatFigure(1234.5, null)).toBe('1,234.5');
    expect(formatFigure(0, null)).toBe('0');
    expect(formatFigure(-0, parseFigure('△1'))).toBe('0');
  });

  it('refuses a non-finite value', () => {
    expect(() => formatFigure(Number.NaN, null)).toThrow(RangeError);
  });
});

describe('fixContent', () => {
  it('writes a number into a number cell', () => {
    expect(fixContent({ value: 534200, text: '534,200' }, 534300)).toEqual({
      kind: 'number',
      value: 534300,
    });
    expect(fixContent({ value: null, text: '' }, 5)).toEqual({ kind: 'number', value: 5 });
    // Kept in 원, shown in 천원: the fix is stored the way the cell keeps it.
    expect(fixContent({ value: 534200000, text: '534,200' }, 534300)).toEqual({
      kind: 'number',
      value: 534300000,
    });
    expect(fixContent({ value: { error: '#REF!' }, text: '#REF!' }, 5)).toEqual({
      kind: 'number',
      value: 5,
    });
  });

  it('keeps the notation of a text figure and drops conversion noise', () => {
    expect(fixContent({ value: '(x-) 534,200', text: '(x-) 534,200' }, 534300)).toEqual({
      kind: 'text',
      text: '534,300',
    });
    expect(fixContent({ value: '427,660천원', text: '427,660천원' }, 427600)).toEqual({
      kind: 'text',
      text: '427,600천원',
    });
    expect(fixContent({ value: '(x-) △106,540', text: '' }, -106500)).toEqual({
      kind: 'text',
      text: '△106,500',
    });
    expect(fixContent({ value: '(x-) △20', text: '' }, -19)).toEqual({ kind: 'text', text: '△19' });
    expect(fixContent({ value: '(106,540)', text: '' }, -1)).toEqual({ kind: 'text', text: '(1)' });
    expect(fixContent({ value: '534,200', text: '' }, -1000)).toEqual({
      kind: 'text',
      text: '△1,000',
    });
  });

  it('writes a bare minus figure as a number', () => {
    expect(fixContent({ value: '-300', text: '-300' }, -400)).toEqual({
      kind: 'number',
      value: -400,
    });
    expect(fixContent({ value: '(x-) -300', text: '' }, -400)).toEqual({
      kind: 'number',
      value: -400,
    });
    expect(fixContent({ value: '-300', text: '' }, 400)).toEqual({ kind: 'text', text: '400' });
  });

  it('never starts a text with "-" the original did not start with', () => {
    expect(fixContent({ value: '(x-) -300천원', text: '' }, -400)).toEqual({
      kind: 'text',
      text: '△400천원',
    });
    expect(fixContent({ value: '-300천원', text: '' }, -400)).toEqual({
      kind: 'text',
      text: '-400천원',
    });
  });

  it('replaces only the figure of a funding cell', () => {
    expect(fixContent({ value: '(사비)427,660천원', text: '' }, 427600)).toEqual({
      kind: 'text',
      text: '(사비)427,600천원',
    });
    expect(fixContent({ value: '(x-) (시비) 1,000', text: '' }, 2000)).toEqual({
      kind: 'text',
      text: '(시비) 2,000',
    });
  });

  it('replaces only the amount of a basis line', () => {
    const text = '- 지정콘텐츠 SNS 광고 1,000,000원*15건*4분기 = 61,000천원';
    expect(fixContent({ value: text, text }, 60000)).toEqual({
      kind: 'text',
      text: '- 지정콘텐츠 SNS 광고 1,000,000원*15건*4분기 = 60,000천원',
    });
    const neg = '○ 일반운영비 △740천원×7명×6/12개월 = △2,509';
    expect(fixContent({ value: neg, text: neg }, -2590)).toEqual({
      kind: 'text',
      text: '○ 일반운영비 △740천원×7명×6/12개월 = △2,590',
    });
    const eqFirst = '= 61,000천원';
    expect(fixContent({ value: eqFirst, text: eqFirst }, 60000)).toEqual({
      kind: 'text',
      text: '= 60,000천원',
    });
  });

  it('writes a number over a text that holds no figure', () => {
    expect(fixContent({ value: '순증', text: '순증' }, 5)).toEqual({ kind: 'number', value: 5 });
    expect(fixContent({ value: '-', text: '-' }, 5)).toEqual({ kind: 'number', value: 5 });
    expect(fixContent({ value: '=SUM(A1)', text: '' }, 5)).toEqual({ kind: 'number', value: 5 });
    expect(fixContent({ value: '@x', text: '' }, 5)).toEqual({ kind: 'number', value: 5 });
  });
});
