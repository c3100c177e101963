import fc from 'fast-check';
import { evaluateFormula, explainFormula, parseBasisLine } from '../../src/engine/basis/line';
import {
  cellFigure,
  isDashOnly,
  parseFigure,
  parseLabelledFigure,
  stripNoise,
} from '../../src/engine/number';
import { fixContent, formatFigure } from '../../src/engine/notation';
import { rat, toNumber } from '../../src/engine/rational';

/** Characters that matter to the grammars, so random strings hit the interesting paths. */
const GRAMMAR_CHARS = [
  ...'0123456789,.,=*＊×xX+-−–/÷()[]△▲%원천만백억건회주월 ○◦ㅇ─―·ㆍ•※□경정기ℓ#!\t\u00A0\u200B',
];
const grammarString = fc
  .array(fc.constantFrom(...GRAMMAR_CHARS), { maxLength: 60 })
  .map((cs) => cs.join(''));
const anyString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  grammarString,
);

describe('no parser throws on any string', () => {
  it('figures, labels, noise, dashes and fixes', () => {
    fc.assert(
      fc.property(anyString, fc.double(), (s, x) => {
        stripNoise(s);
        parseFigure(s);
        isDashOnly(s);
        parseLabelledFigure(s);
        cellFigure(s, s);
        cellFigure(x, s);
        fixContent({ value: s, text: s }, 1234);
      }),
      { numRuns: 2000 },
    );
  });

  it('basis lines, and their formulas evaluate and explain', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const line = parseBasisLine(s);
        expect(line.text).toBe(s);
        if (line.formula) {
          evaluateFormula(line.formula);
          explainFormula(line.formula);
          expect(s.slice(line.formula.start, line.formula.end)).toBe(line.formula.text);
        }
        if (line.amount) expect(line.amount.end).toBeGreaterThan(line.amount.start);
      }),
      { numRuns: 3000 },
    );
  });

  it('finishes fast on long hostile lines', () => {
    const hostile = [
      '('.repeat(20000),
      '1*'.repeat(10000),
      '1 '.repeat(10000),
      '△'.repeat(20000),
      '- 1,000원*('.repeat(3000),
      '[1+'.repeat(5000) + ']'.repeat(5000),
      '1,'.repeat(10000),
      '(x)'.repeat(10000) + '1',
      '(' + ' '.repeat(30000),
      '(가' + ' '.repeat(30000),
      '- 행사 ' + '1'.repeat(30000) + '원 = ' + '9'.repeat(30000),
      '=' + ' '.repeat(30000) + '1',
    ];
    const started = Date.now();
    for (const s of hostile) {
      const line = parseBasisLine(s);
      if (line.formula) explainFormula(line.formula);
      parseFigure(s);
      parseLabelledFigure(s);
      fixContent({ value: s, text: s }, 1);
    }
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

/** Label pieces as real documents write them: digits, brackets, counts, a Latin x. */
const LABEL_PIECES = [
  '사업',
  '3.1절',
  '행사',
  '2022',
  '이용안내',
  '4급(30호봉)',
  '외 3종',
  '21영암포럼',
  '(포럼집 외 3종)',
  '카카오 1boon',
  'lboon',
  '제2차',
  '2회',
  '1,000명 대상',
  'SNS x 블로그',
  '코로나19',
  '(국비)',
  '운영',
];
const TIMES = ['*', '×', 'x', 'X', ' x ', ' * ', ' × ', '＊'];
const COUNTERS = ['건', '회', '명', '인', '개월', '분기', '일', ' 회'];

describe('generated calculation lines', () => {
  it('price원 × n × m under any label evaluates to the exact product', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('○ ', '- ', '· ', ''),
        fc.array(fc.constantFrom(...LABEL_PIECES), { minLength: 1, maxLength: 4 }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.constantFrom('원', '천원', ' 원', '만원'),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(...TIMES),
        fc.constantFrom(...TIMES),
        fc.constantFrom(...COUNTERS),
        fc.constantFrom(...COUNTERS),
        fc.boolean(),
        (marker, pieces, price, unit, n, m, op1, op2, c1, c2, stated) => {
          const label = pieces.join(' ');
          const grouped = (v: bigint | number) => v.toLocaleString('en-US');
          const formula = `${grouped(price)}${unit}${op1}${grouped(n)}${c1}${op2}${m}${c2}`;
          const scale = unit.trim() === '천원' ? 1000n : unit === '만원' ? 10000n : 1n;
          const expected = price * scale * BigInt(n) * BigInt(m);
          const text = `${marker}${label} ${formula}${stated ? ` = ${grouped(expected / 1000n)}천원` : ''}`;
          const line = parseBasisLine(text);
          expect(line.unreadable).toBeNull();
          expect(line.label).toBe(label);
          expect(line.formula?.text).toBe(formula);
          expect(evaluateFormula(line.formula!)).toEqual(rat(expected));
          expect(line.formula?.hasMoney).toBe(true);
          if (stated) expect(line.amount?.figure.value).toEqual(rat(expected / 1000n));
          else expect(line.amount).toBeNull();
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('formatFigure ∘ parseFigure', () => {
  const signs = ['', '△', '▲', '▲ ', '-', '−', '()'] as const;
  const units = ['', '원', '천원', '만원', '백만원', '억원', '%', ' 천원', ' 원', ' %'] as const;
  const figureText = fc
    .record({
      int: fc.bigInt({ min: 0n, max: 10n ** 11n }),
      frac: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 3 }),
      grouped: fc.boolean(),
      sign: fc.constantFrom(...signs),
      unit: fc.constantFrom(...units),
    })
    .filter(({ int, frac, sign }) => sign === '' || int > 0n || /[1-9]/.test(frac))
    .map(({ int, frac, grouped, sign, unit }) => {
      const digits =
        (grouped ? int.toLocaleString('en-US') : int.toString()) + (frac ? `.${frac}` : '');
      return sign === '()' ? `(${digits}${unit})` : `${sign}${digits}${unit}`;
    });

  it('writes back what it read', () => {
    fc.assert(
      fc.property(figureText, fc.constantFrom('', '(x-) ', '(x) ', ' '), (text, noise) => {
        const f = parseFigure(noise + text);
        expect(f).not.toBeNull();
        expect(formatFigure(toNumber(f!.value), f)).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('fixes a text figure to the expected value, keeping its notation', () => {
    fc.assert(
      fc.property(figureText, fc.integer({ min: -1e9, max: 1e9 }), (text, expected) => {
        const fix = fixContent({ value: text, text }, expected);
        if (fix.kind === 'number') {
          expect(fix.value).toBe(expected);
          return;
        }
        expect(fix.text).not.toMatch(/^[=+@]/);
        const back = parseFigure(fix.text);
        expect(back).not.toBeNull();
        expect(toNumber(back!.value)).toBe(expected);
        expect(back!.unit).toBe(parseFigure(text)!.unit);
      }),
      { numRuns: 2000 },
    );
  });
});
