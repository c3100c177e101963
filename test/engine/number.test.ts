import {
  MONEY_SCALE,
  cellFigure,
  displayScale,
  isDashOnly,
  parseFigure,
  parseLabelledFigure,
  stripNoise,
  styleOf,
  toWon,
  type ParsedFigure,
} from '../../src/engine/number';
import { denominator, numerator, rat } from '../../src/engine/rational';

/** The parts of a figure a test cares about, with the value as a plain number. */
function brief(f: ParsedFigure | null) {
  return (
    f && {
      value: Number(numerator(f.value)) / Number(denominator(f.value)),
      unit: f.unit,
      decimals: f.decimals,
      sign: f.sign,
      grouped: f.grouped,
    }
  );
}

describe('stripNoise', () => {
  it('removes conversion noise and invisible characters', () => {
    expect(stripNoise('(x-) 534,200')).toBe('534,200');
    expect(stripNoise('(x) △20')).toBe('△20');
    expect(stripNoise('(×-)1,000')).toBe('1,000');
    expect(stripNoise('\u200B 1,000\u00A0')).toBe('1,000');
    expect(stripNoise('  (x-) (x-) 3 ')).toBe('3');
  });

  it('keeps brackets that hold digits or Hangul', () => {
    expect(stripNoise('(106,540)')).toBe('(106,540)');
    expect(stripNoise('(사비)427,660천원')).toBe('(사비)427,660천원');
  });
});

describe('parseFigure', () => {
  it.each([
    ['534,200', 534200, null, 0, null, true],
    ['(x-) 534,200', 534200, null, 0, null, true],
    ['△106,540', -106540, null, 0, '△', true],
    ['(x-) △106,540', -106540, null, 0, '△', true],
    ['▲ 300', -300, null, 0, '▲', false],
    ['-300', -300, null, 0, '-', false],
    ['−300', -300, null, 0, '−', false],
    ['(106,540)', -106540, null, 0, '()', true],
    ['427,660천원', 427660, '천원', 0, null, true],
    ['44,111,000원', 44111000, '원', 0, null, true],
    ['19.94', 19.94, null, 2, null, false],
    ['△20', -20, null, 0, '△', false],
    ['12.5%', 12.5, '%', 1, null, false],
    ['1,000 천원', 1000, '천원', 0, null, true],
    ['0', 0, null, 0, null, false],
    ['3백만원', 3, '백만원', 0, null, false],
    ['2억원', 2, '억원', 0, null, false],
    ['638.7조원', 638.7, '조원', 1, null, false],
    ['15만원', 15, '만원', 0, null, false],
    ['1000', 1000, null, 0, null, false],
    ['1,234.50', 1234.5, null, 2, null, true],
  ] as const)('%s', (text, value, unit, decimals, sign, grouped) => {
    expect(brief(parseFigure(text))).toEqual({ value, unit, decimals, sign, grouped });
  });

  it('records spacing so notation can round-trip', () => {
    expect(parseFigure('1,000 천원')?.unitSpaced).toBe(true);
    expect(parseFigure('1,000천원')?.unitSpaced).toBe(false);
    expect(parseFigure('▲ 300')?.signSpaced).toBe(true);
  });

  it.each([
    '',
    '   ',
    '-',
    '순증',
    '신규',
    '계',
    '(사비)427,660천원',
    '1,00,0',
    '1,0000',
    '1000,000',
    '#REF!',
    '#DIV/0!',
    '300원화',
    '1,000원*3',
    '1 000',
    '△',
    '()',
    '3.',
    '.5',
    'abc',
    '12%%',
    '(300',
    '300)',
    '2021.01~2021.12',
  ])('not a single figure: %j', (text) => {
    expect(parseFigure(text)).toBeNull();
  });

  it('never reads a negative zero', () => {
    expect(parseFigure('△0')?.value).toEqual(rat(0));
  });

  // Texts without a digit, with a digit after Hangul, or opening with a marker are answered before any parse.
  it.each(['사업비 1,000', '  천원 500', '○ 1,000', '□ 2021', '원 1,000', '(국비)168,255천원', '- 2022 이용안내 4,200원*11주', '사업비', '-', '', '1천2백원'])('no figure: %j', (text) => {
    expect(parseFigure(text)).toBeNull();
  });

  it('reads a figure after leading spaces and noise whatever follows it', () => {
    expect(brief(parseFigure('  1,000천원'))?.value).toBe(1000);
    expect(brief(parseFigure('\u200b(x-) 1,000'))?.value).toBe(1000);
    expect(brief(parseFigure('(x-) △1,000 천원'))).toMatchObject({ value: -1000, unit: '천원' });
    expect(brief(parseFigure('(1,000원)'))).toMatchObject({ value: -1000, unit: '원' });
  });
});

describe('isDashOnly', () => {
  it.each(['-', '－', '–', ' - ', '(x-) -'])('%j is the nothing mark', (t) =>
    expect(isDashOnly(t)).toBe(true),
  );
  it.each(['', '--', '-1', '0', '순증'])('%j is not', (t) => expect(isDashOnly(t)).toBe(false));
});

describe('cellFigure', () => {
  it('takes a number exactly and the notation from its text', () => {
    expect(brief(cellFigure(-2590, '△2,590'))).toEqual({
      value: -2590,
      unit: null,
      decimals: 0,
      sign: '△',
      grouped: true,
    });
    expect(brief(cellFigure(427660, '427,660천원'))).toEqual({
      value: 427660,
      unit: '천원',
      decimals: 0,
      sign: null,
      grouped: true,
    });
    expect(cellFigure(-106540, '(106,540)')?.sign).toBe('()');
  });

  it('keeps the exact value when the format rounds for display', () => {
    const f = cellFigure(-19.9363, '△20');
    expect(f?.value).toEqual(rat('-19.9363'));
    expect(f?.sign).toBe('△');
    expect(f?.decimals).toBe(0);
    const p = cellFigure(0.125, '12.5%');
    expect(p?.unit).toBe('%');
    expect(p?.value).toEqual(rat('12.5'));
  });

  it('reads a number shown in thousands (`#,##0,`) as the shown figure, exactly', () => {
    expect(brief(cellFigure(534200000, '534,200'))).toEqual({
      value: 534200,
      unit: null,
      decimals: 0,
      sign: null,
      grouped: true,
    });
    expect(cellFigure(-2590000, '△2,590')?.value).toEqual(rat('-2590'));
    // The remainder the display hides is kept: sums stay exact.
    expect(cellFigure(534200499, '534,200')?.value).toEqual(rat('534200.499'));
    expect(cellFigure(1500000000, '1,500')?.value).toEqual(rat('1500'));
    expect(displayScale(534200000, '534,200')).toBe(1000);
    expect(displayScale(534200000, '534')).toBe(1000000);
    expect(displayScale(534200, '534,200')).toBe(1);
    expect(displayScale(534200, '534,100')).toBe(1);
    expect(displayScale('534,200', '534,200')).toBe(1);
  });

  it('falls back to the number alone when the text says something else', () => {
    expect(brief(cellFigure(1234.5, '#####'))).toEqual({
      value: 1234.5,
      unit: null,
      decimals: 1,
      sign: null,
      grouped: false,
    });
    expect(brief(cellFigure(-3, ''))).toEqual({
      value: -3,
      unit: null,
      decimals: 0,
      sign: '-',
      grouped: false,
    });
  });

  it('parses strings and rejects the rest', () => {
    expect(brief(cellFigure('(x-) 534,200', '(x-) 534,200'))?.value).toBe(534200);
    expect(cellFigure('#REF!', '#REF!')).toBeNull();
    expect(cellFigure({ error: '#REF!' }, '#REF!')).toBeNull();
    expect(cellFigure(true, 'TRUE')).toBeNull();
    expect(cellFigure(null, '')).toBeNull();
    expect(cellFigure(Number.NaN, '')).toBeNull();
  });
});

describe('parseLabelledFigure', () => {
  it('reads a funding cell', () => {
    const l = parseLabelledFigure('(사비)427,660천원');
    expect(l?.label).toBe('사비');
    expect(brief(l?.figure ?? null)).toEqual({
      value: 427660,
      unit: '천원',
      decimals: 0,
      sign: null,
      grouped: true,
    });
    expect(parseLabelledFigure('(국비)')).toEqual({ label: '국비', figure: null });
    expect(parseLabelledFigure('(시비) 1,000')?.figure?.value).toEqual(rat(1000));
    expect(parseLabelledFigure('( 구비 ) △300')?.figure?.sign).toBe('△');
  });

  it('is null without a bracketed Hangul label', () => {
    expect(parseLabelledFigure('427,660천원')).toBeNull();
    expect(parseLabelledFigure('(106,540)')).toBeNull();
    expect(parseLabelledFigure('사비 427,660')).toBeNull();
  });
});

describe('toWon', () => {
  it('scales by the written unit or the default', () => {
    expect(MONEY_SCALE['백만원']).toBe(1000000n);
    expect(toWon(parseFigure('427,660천원')!, '원')).toEqual(rat(427660000));
    expect(toWon(parseFigure('44,111,000원')!, '천원')).toEqual(rat(44111000));
    expect(toWon(parseFigure('△2,590')!, '천원')).toEqual(rat(-2590000));
    expect(toWon(parseFigure('1.5억원')!, '천원')).toEqual(rat(150000000));
  });

  it('reads 조원 as 10^12 원, exactly', () => {
    expect(MONEY_SCALE['조원']).toBe(1000000000000n);
    expect(toWon(parseFigure('1조원')!, '원')).toEqual(toWon(parseFigure('10,000억원')!, '원'));
    expect(toWon(parseFigure('638.7')!, '조원')).toEqual(rat(638700000000000));
    expect(toWon(parseFigure('△0.1조원')!, '천원')).toEqual(rat(-100000000000));
  });

  it('refuses a percentage', () => {
    expect(() => toWon(parseFigure('12.5%')!, '천원')).toThrow(TypeError);
  });
});

describe('styleOf', () => {
  const style = (text: string) => styleOf(parseFigure(text) as ParsedFigure);

  it('keeps how a figure is written and drops its value', () => {
    expect(style('△1,234.5천원')).toEqual({
      unit: '천원', decimals: 1, sign: '△', grouped: true, unitSpaced: false, signSpaced: false,
    });
    expect(style('1,000')).not.toHaveProperty('value');
  });

  it('gives one shared object per way of writing, whatever the value', () => {
    expect(style('534,200')).toBe(style('1,000'));
    expect(style('△106,540')).toBe(style('△7,000'));
    expect(style('12.5%')).toBe(style('3.0%'));
  });

  it('tells apart every difference of notation', () => {
    const texts = ['1,000', '1000', '△1,000', '▲1,000', '▲ 1,000', '-1,000', '(1,000)', '1,000천원', '1,000 천원', '1,000원', '1,000.0', '1,000.00', '10%'];
    const seen = new Set(texts.map(style));
    expect(seen.size).toBe(texts.length);
    for (const t of texts) expect(style(t)).toEqual(styleOfCopy(parseFigure(t) as ParsedFigure));
  });
});

function styleOfCopy(figure: ParsedFigure): object {
  return Object.fromEntries(Object.entries(figure).filter(([key]) => key !== 'value'));
}
