/**
 * The canonical form of a value: a safe integer is a plain number (never −0), anything
 * else a reduced Fraction with a positive denominator. Structural equality is numeric
 * equality only if every operation keeps that form, at the edge of the safe range too;
 * checked against a reference in plain BigInt written here.
 */
import fc from 'fast-check';
import {
  abs,
  add,
  ceil,
  cmp,
  div,
  eq,
  floor,
  fromBigInt,
  isInteger,
  isZero,
  mul,
  neg,
  rat,
  roundHalfUp,
  sign,
  sub,
  truncate,
  type Rational,
} from '../../src/engine/rational';

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);

/** A reference value: [numerator, denominator], reduced, denominator positive. */
type Ref = readonly [bigint, bigint];

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function ref(n: bigint, d: bigint): Ref {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? [n / g, d / g] : [n, d];
}

/** What the library must give for a reference value. */
function canonical([n, d]: Ref): Rational | { num: bigint; den: bigint } {
  return d === 1n && n <= BIG_MAX && n >= -BIG_MAX ? Number(n) : { num: n, den: d };
}

function isCanonical(v: Rational): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0);
  return v.den > 0n && gcd(v.num, v.den) === 1n && !(v.den === 1n && v.num <= BIG_MAX && v.num >= -BIG_MAX);
}

function expectValue(got: Rational, want: Ref): void {
  expect(isCanonical(got)).toBe(true);
  expect(got).toEqual(canonical(want));
}

const floorRef = ([n, d]: Ref): bigint => (n >= 0n || n % d === 0n ? n / d : n / d - 1n);

describe('the safe-range boundary', () => {
  const over = { num: BIG_MAX + 1n, den: 1n };
  const under = { num: -BIG_MAX - 1n, den: 1n };

  it('add and sub leave plain numbers exactly past ±(2^53 − 1), and come back', () => {
    expect(add(MAX, 0)).toBe(MAX);
    expect(add(MAX, 1)).toEqual(over);
    expect(add(1, MAX)).toEqual(over);
    expect(add(-MAX, -1)).toEqual(under);
    expect(sub(-MAX, 1)).toEqual(under);
    expect(sub(MAX, -1)).toEqual(over);
    expect(sub(MAX - 1, -1)).toBe(MAX);
    expect(add(MAX, MAX)).toEqual({ num: 2n * BIG_MAX, den: 1n });
    expect(sub(add(MAX, 1), 1)).toBe(MAX);
    expect(add(add(-MAX, -1), 1)).toBe(-MAX);
    expect(neg(add(MAX, 1))).toEqual(under);
    expect(abs(add(-MAX, -2))).toEqual({ num: BIG_MAX + 2n, den: 1n });
  });

  it('mul of two safe numbers that overflows is redone in BigInt, exactly', () => {
    expect(mul(2 ** 26, 2 ** 26)).toBe(2 ** 52);
    expect(mul(2 ** 26, 2 ** 27)).toEqual({ num: 2n ** 53n, den: 1n }); // a double holds 2^53, but it is not safe
    expect(mul(2 ** 27, 2 ** 27)).toEqual({ num: 2n ** 54n, den: 1n });
    // 94,906,267² = 9,007,199,326,062,289 is past 2^53: the double product is rounded.
    expect(mul(94906267, 94906267)).toEqual({ num: 94906267n * 94906267n, den: 1n });
    expect(mul(-94906267, 94906267)).toEqual({ num: -94906267n * 94906267n, den: 1n });
    expect(mul(MAX, 1)).toBe(MAX);
    expect(mul(MAX, -1)).toBe(-MAX);
    expect(mul(MAX, 2)).toEqual({ num: 2n * BIG_MAX, den: 1n });
    expect(mul(div(add(MAX, 1), 2), 1)).toBe(2 ** 52);
  });

  it('never produces −0', () => {
    const zeros = [
      mul(0, -5),
      mul(-5, 0),
      neg(0),
      div(0, -5),
      sub(5, 5),
      add(-5, 5),
      roundHalfUp(rat(-1, 4)),
      truncate(rat(-1, 2)),
      ceil(rat(-1, 2)),
      rat(-0),
      abs(0),
      mul(rat(-1, 2), 0),
      fromBigInt(-0n),
    ];
    for (const z of zeros) expect(Object.is(z, 0)).toBe(true);
  });

  it('divides numbers to an exact integer when it divides, else to a fraction', () => {
    expect(div(6, 3)).toBe(2);
    expect(div(-6, 3)).toBe(-2);
    expect(div(MAX, -1)).toBe(-MAX);
    expect(div(7, 2)).toEqual({ num: 7n, den: 2n });
    expect(div(-7, 2)).toEqual({ num: -7n, den: 2n });
    expect(div(7, -2)).toEqual({ num: -7n, den: 2n });
    expect(div(6, 4)).toEqual({ num: 3n, den: 2n });
    expect(div(rat(7, 2), rat(7, 2))).toBe(1);
    expect(() => div(1, 0)).toThrow(RangeError);
  });

  it('compares across a number and a Fraction', () => {
    const past = add(MAX, 1);
    expect(cmp(MAX, past)).toBe(-1);
    expect(cmp(past, MAX)).toBe(1);
    expect(cmp(-MAX, neg(past))).toBe(1);
    expect(cmp(rat(1, 2), 1)).toBe(-1);
    expect(cmp(0, rat(-1, 2))).toBe(1);
    expect(eq(2, rat(4, 2))).toBe(true);
    expect(eq(1, rat(1, 2))).toBe(false);
    expect(eq(past, add(MAX, 1))).toBe(true);
    expect(eq(past, MAX)).toBe(false);
    expect(sign(past)).toBe(1);
    expect(sign(rat(-1, 3))).toBe(-1);
    expect(sign(0)).toBe(0);
    expect(isInteger(past)).toBe(true);
    expect(isZero(sub(past, past))).toBe(true);
  });
});

describe('every operation keeps the canonical form (property, against BigInt)', () => {
  // Small integers, integers at and past the edge of the safe range, larger ones, and fractions.
  const numerator = fc.oneof(
    fc.bigInt({ min: -1000n, max: 1000n }),
    fc.bigInt({ min: BIG_MAX - 4n, max: BIG_MAX + 4n }),
    fc.bigInt({ min: -BIG_MAX - 4n, max: -BIG_MAX + 4n }),
    fc.bigInt({ min: -(2n ** 27n), max: 2n ** 27n }),
    fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }),
  );
  const value = fc.tuple(numerator, fc.oneof(fc.constant(1n), fc.bigInt({ min: 1n, max: 12n }))).map(([n, d]) => ref(n, d));
  const of = (r: Ref) => rat(r[0], r[1]);

  it('reads, adds, subtracts, multiplies, divides, negates as BigInt does', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const [an, ad] = a;
        const [bn, bd] = b;
        expectValue(of(a), a);
        expectValue(add(of(a), of(b)), ref(an * bd + bn * ad, ad * bd));
        expectValue(sub(of(a), of(b)), ref(an * bd - bn * ad, ad * bd));
        expectValue(mul(of(a), of(b)), ref(an * bn, ad * bd));
        if (bn !== 0n) expectValue(div(of(a), of(b)), ref(an * bd, ad * bn));
        expectValue(neg(of(a)), ref(-an, ad));
        expectValue(abs(of(a)), ref(an < 0n ? -an : an, ad));
        const l = an * bd;
        const r = bn * ad;
        expect(cmp(of(a), of(b))).toBe(l < r ? -1 : l > r ? 1 : 0);
        expect(eq(of(a), of(b))).toBe(l === r);
        expect(sign(of(a))).toBe(an < 0n ? -1 : an > 0n ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds as BigInt does', () => {
    fc.assert(
      fc.property(value, (a) => {
        const [n, d] = a;
        const f = floorRef(a);
        expectValue(floor(of(a)), [f, 1n]);
        expectValue(ceil(of(a)), [n % d === 0n ? f : f + 1n, 1n]);
        expectValue(truncate(of(a)), [n / d, 1n]);
        const size = n < 0n ? -n : n;
        const half = (2n * size + d) / (2n * d);
        expectValue(roundHalfUp(of(a)), [n < 0n ? -half : half, 1n]);
        expect(isInteger(of(a))).toBe(d === 1n);
        expect(isZero(of(a))).toBe(n === 0n);
      }),
      { numRuns: 2000 },
    );
  });
});
