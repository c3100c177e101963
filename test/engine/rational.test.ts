import fc from 'fast-check';
import {
  abs,
  add,
  ceil,
  cmp,
  div,
  eq,
  floor,
  formatRational,
  isInteger,
  isZero,
  mul,
  neg,
  rat,
  roundHalfUp,
  sub,
  toNumber,
  truncate,
} from '../../src/engine/rational';

describe('rat', () => {
  it('reads decimals exactly and keeps fractions reduced', () => {
    expect(rat('1.045')).toEqual({ num: 209n, den: 200n });
    expect(rat(3)).toBe(3);
    expect(rat(1, 3)).toEqual({ num: 1n, den: 3n });
    expect(rat(6, 12)).toEqual({ num: 1n, den: 2n });
    expect(rat(2, -4)).toEqual({ num: -1n, den: 2n });
    expect(rat(10n)).toBe(10);
    expect(rat('-0.50')).toEqual({ num: -1n, den: 2n });
    expect(rat('1e3')).toBe(1000);
    expect(rat(0.1)).toEqual({ num: 1n, den: 10n });
    expect(rat(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(Object.is(rat(-0), 0)).toBe(true);
  });

  it('throws RangeError on misuse', () => {
    expect(() => rat(1, 0)).toThrow(RangeError);
    expect(() => rat('1,000')).toThrow(RangeError);
    expect(() => rat(Number.NaN)).toThrow(RangeError);
    expect(() => rat(Infinity)).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('computes the DESIGN examples exactly', () => {
    // 264,663,000원 × 4/12 × 50% = 44,110,500원: no float drift
    const v = mul(mul(rat(264663000), rat(4, 12)), rat(50, 100));
    expect(v).toBe(44110500);
    expect(sub(mul(rat(86666), rat(96)), rat(8680000))).toEqual(rat(-360064));
    expect(add(rat(1, 3), rat(1, 6))).toEqual(rat(1, 2));
    expect(div(rat(3), rat(4))).toEqual(rat('0.75'));
    expect(neg(rat(0))).toEqual(rat(0));
    expect(abs(rat(-5, 2))).toEqual(rat(5, 2));
  });

  it('refuses division by zero', () => {
    expect(() => div(rat(1), rat(0))).toThrow(RangeError);
  });

  it('compares', () => {
    expect(cmp(rat(1, 3), rat('0.333'))).toBe(1);
    expect(cmp(rat(-1), rat(0))).toBe(-1);
    expect(cmp(rat(2, 4), rat(1, 2))).toBe(0);
    expect(eq(rat(2, 4), rat(1, 2))).toBe(true);
    expect(isZero(rat(0, 5))).toBe(true);
    expect(isInteger(rat(6, 3))).toBe(true);
    expect(isInteger(rat(7, 3))).toBe(false);
  });
});

describe('rounding', () => {
  it.each([
    ['2.5', 2, 3, 2, 3],
    ['-2.5', -3, -2, -2, -3],
    ['2.4', 2, 3, 2, 2],
    ['-2.6', -3, -2, -2, -3],
    ['7', 7, 7, 7, 7],
    ['-0.5', -1, 0, 0, -1],
    ['-0.4', -1, 0, 0, 0],
  ])('%s: floor %s, ceil %s, truncate %s, half-up %s', (x, f, c, t, h) => {
    const r = rat(x);
    // Object.is: a rounding to zero is 0, never −0.
    expect(Object.is(floor(r), f)).toBe(true);
    expect(Object.is(ceil(r), c)).toBe(true);
    expect(Object.is(truncate(r), t)).toBe(true);
    expect(Object.is(roundHalfUp(r), h)).toBe(true);
  });
});

describe('toNumber and formatRational', () => {
  it('converts to the nearest double', () => {
    expect(toNumber(rat('19.94'))).toBe(19.94);
    expect(toNumber(rat(1, 3))).toBeCloseTo(1 / 3, 15);
    expect(toNumber(rat(-360064))).toBe(-360064);
    expect(toNumber(rat('0.1'))).toBe(0.1);
  });

  it('formats for explanations', () => {
    expect(formatRational(rat(-1994, 100), 2)).toBe('-19.94');
    expect(formatRational(rat(-1994, 100), 0)).toBe('-20');
    expect(formatRational(rat(1, 3), 3)).toBe('0.333');
    expect(formatRational(rat(2, 3), 3)).toBe('0.667');
    expect(formatRational(rat(5, 2), 3)).toBe('2.5');
    expect(formatRational(rat(-360064), 3, { group: true, negative: '△' })).toBe('△360,064');
    expect(formatRational(rat(44110500), 0, { group: true })).toBe('44,110,500');
  });

  it('agrees with floating point on small values (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 1e4 }), (n, d) => {
        const r = rat(n, d);
        expect(toNumber(r)).toBeCloseTo(n / d, 9);
        expect(floor(r)).toBe(Math.floor(n / d));
        expect(sub(add(r, rat(7, 3)), rat(7, 3))).toEqual(r);
        expect(div(mul(r, rat(d)), rat(d))).toEqual(r);
      }),
    );
  });
});
