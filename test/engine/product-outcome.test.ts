/**
 * A basis line's check in BigInt arithmetic (whole figures, nearly every line of a
 * book) must decide exactly what the general rational path decides: compared here
 * with a reference written from the definitions, over signs, steps and modes.
 */
import { evaluate } from '../../src/engine/checks/evaluate';
import type { Figure, ProductDerivation } from '../../src/engine/checks/ledger';
import { ceil, floor, rat, roundHalfUp, truncate, type Rational } from '../../src/engine/rational';

type Mode = 'down' | 'half-up' | 'up';

function figure(stated: Rational): Figure {
  return { sheet: 'S', cell: 'B2', stated, unit: '원', scale: 1n, like: null, label: '' };
}

function line(exact: Rational, stated: Rational, step: bigint, mode: ProductDerivation['mode'], proposeMode: Mode): ProductDerivation {
  return { kind: 'product', rule: 'product', target: figure(stated), exact, step, mode, proposeMode, explain: '' };
}

/** The document's rounding of q, from the definitions: negatives mirror positives. */
function rounded(q: Rational, mode: Mode): bigint {
  if (mode === 'down') return truncate(q);
  if (mode === 'half-up') return roundHalfUp(q);
  return q.num >= 0n ? ceil(q) : floor(q);
}

/** What the check must decide: agrees, and the proposed figure when it does not. */
function reference(d: ProductDerivation, stated: Rational): { agrees: boolean; expected: Rational } {
  const q: Rational = rat(d.exact.num, d.step);
  const asFigure = (n: bigint) => rat(n * d.step);
  if (q.den === 1n) return { agrees: stated.num === d.exact.num && stated.den === 1n, expected: d.exact };
  if (d.mode === 'any') {
    const agrees = [floor(q), ceil(q)].some((n) => asFigure(n).num === stated.num && stated.den === 1n);
    return { agrees, expected: asFigure(rounded(q, d.proposeMode)) };
  }
  const required = asFigure(rounded(q, d.mode));
  return { agrees: required.num === stated.num && stated.den === 1n, expected: required };
}

const MODES: readonly Mode[] = ['down', 'half-up', 'up'];

test('whole lines: the fast check agrees with the definitions for every sign, step and mode', () => {
  let state = 7;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  let checked = 0;
  let disagreements = 0;
  for (let i = 0; i < 3000; i++) {
    const step = [1n, 1000n, 10n][next(3)] as bigint;
    const magnitude = BigInt(next(5_000_000));
    const exact = rat(next(4) === 0 ? -magnitude : magnitude);
    // Stated: each candidate rounding, and a figure one step off.
    const base = (exact.num / step) * step;
    for (const statedNum of [base, base + step, base - step, base + 2n * step, exact.num]) {
      const stated = rat(statedNum);
      for (const mode of ['any', ...MODES] as const) {
        const d = line(exact, stated, step, mode, MODES[next(3)] as Mode);
        const want = reference(d, stated);
        const got = evaluate([d]);
        checked++;
        if (want.agrees) {
          if (got.length !== 0) disagreements++;
        } else if (got.length !== 1 || got[0]?.expected?.num !== want.expected.num || got[0]?.expected?.den !== 1n) {
          disagreements++;
        }
      }
    }
  }
  expect(checked).toBe(60000);
  expect(disagreements).toBe(0);
});

test('a half exactly: half-up goes away from zero on both sides', () => {
  const plus = evaluate([line(rat(2500), rat(2000), 1000n, 'half-up', 'half-up')]);
  const minus = evaluate([line(rat(-2500), rat(-2000), 1000n, 'half-up', 'half-up')]);
  expect(plus[0]?.expected).toEqual(rat(3000));
  expect(minus[0]?.expected).toEqual(rat(-3000));
});

describe('the rounding tally decides a table mode as the per-line sets did', () => {
  // Imported here so the fast path above and the tally share one file of definitions.
  const { admittedModes, RoundingTally } = jest.requireActual('../../src/engine/tables/rounding') as typeof import('../../src/engine/tables/rounding');

  test('whole and fractional lines, positive and negative', () => {
    const lines: [Rational, Rational, bigint][] = [
      [rat(1500), rat(2000), 1000n], // half-up or up
      [rat(-1500), rat(-2000), 1000n],
      [rat(2400), rat(2000), 1000n], // down or half-up
      [rat(3000), rat(3000), 1000n], // whole: not rounded
      [rat(2400), rat(9000), 1000n], // admits none
      [rat(10, 3), rat(3), 1n], // a fraction: the general path
    ];
    const tally = new RoundingTally();
    for (const [e, s, step] of lines) tally.add(e, s, step);
    // The per-line sets, counted from the definitions.
    const sets = lines.map(([e, s, step]) => admittedModes(e, s, step));
    const rounded = sets.filter((m) => m !== null && m.size > 0);
    const every = (['half-up', 'down', 'up'] as const).find((m) => rounded.every((r) => r?.has(m)));
    expect(tally.prevailing()).toBe(every ?? 'mixed');
    expect(tally.prevailing()).toBe('half-up');
    const count = (m: Mode) => sets.filter((x) => x?.has(m)).length;
    expect(count('half-up')).toBe(4);
    expect(tally.majority()).toBe('half-up');
    // A line only truncation explains makes the table mixed; half-up is still the majority.
    tally.add(rat(2600), rat(2000), 1000n);
    expect(tally.prevailing()).toBe('mixed');
    expect(tally.majority()).toBe('half-up');
  });

  test('no rounded line: exact; one mode everywhere: that mode', () => {
    const exact = new RoundingTally();
    exact.add(rat(3000), rat(3000), 1000n);
    expect(exact.prevailing()).toBe('exact');
    const down = new RoundingTally();
    down.add(rat(2700), rat(2000), 1000n);
    down.add(rat(-2700), rat(-2000), 1000n);
    expect(down.prevailing()).toBe('down');
    expect(down.majority()).toBe('down');
  });
});
