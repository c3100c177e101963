/**
 * A basis line's check in BigInt arithmetic (whole figures, nearly every line of a
 * book) must decide exactly what the general rational path decides: compared here
 * with a reference written from the definitions, over signs, steps and modes.
 */
import { evaluate } from '../../src/engine/checks/evaluate';
import type { Figure, ProductDerivation } from '../../src/engine/checks/ledger';
import { eq, rat, toBigInt, type Rational } from '../../src/engine/rational';

type Mode = 'down' | 'half-up' | 'up';

function figure(stated: Rational): Figure {
  return { sheet: 'S', cell: 'B2', stated, unit: '원', scale: 1n, like: null, label: '' };
}

function line(exact: Rational, stated: Rational, step: bigint, mode: ProductDerivation['mode'], proposeMode: Mode): ProductDerivation {
  return { kind: 'product', rule: 'product', target: figure(stated), exact, step, mode, proposeMode, explain: '' };
}

/** The document's rounding of e / step (step > 0), from the definitions in BigInt: negatives mirror positives. */
function rounded(e: bigint, step: bigint, mode: Mode): bigint {
  const size = e < 0n ? -e : e;
  const down = size / step;
  const rest = size - down * step;
  const magnitude = mode === 'down' || rest === 0n ? down : mode === 'up' ? down + 1n : 2n * rest >= step ? down + 1n : down;
  return e < 0n ? -magnitude : magnitude;
}

/** What the check must decide: agrees, and the proposed figure when it does not (whole figures, in BigInt). */
function reference(d: ProductDerivation, stated: Rational): { agrees: boolean; expected: bigint } {
  const e = toBigInt(d.exact);
  const s = toBigInt(stated);
  if (e % d.step === 0n) return { agrees: s === e, expected: e };
  if (d.mode === 'any') {
    const floorQ = e >= 0n ? e / d.step : -((-e + d.step - 1n) / d.step);
    const agrees = s === floorQ * d.step || s === (floorQ + 1n) * d.step;
    return { agrees, expected: rounded(e, d.step, d.proposeMode) * d.step };
  }
  const required = rounded(e, d.step, d.mode) * d.step;
  return { agrees: required === s, expected: required };
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
    const base = (toBigInt(exact) / step) * step;
    for (const statedNum of [base, base + step, base - step, base + 2n * step, toBigInt(exact)]) {
      const stated = rat(statedNum);
      for (const mode of ['any', ...MODES] as const) {
        const d = line(exact, stated, step, mode, MODES[next(3)] as Mode);
        const want = reference(d, stated);
        const got = evaluate([d]);
        checked++;
        if (want.agrees) {
          if (got.length !== 0) disagreements++;
        } else if (got.length !== 1 || got[0]?.expected == null || !eq(got[0].expected, rat(want.expected))) {
          disagreements++;
        }
      }
    }
  }
  expect(checked).toBe(60000);
  expect(disagreements).toBe(0);
});

test('at the edge of the safe range: the fast check hands over to the exact one, and agrees with the definitions', () => {
  let disagreements = 0;
  let checked = 0;
  for (const step of [1n, 1000n, 1_000_000n]) {
    for (let k = 0n; k < 2500n; k += 7n) {
      for (const sign of [1n, -1n]) {
        const e = sign * (BigInt(Number.MAX_SAFE_INTEGER) - k);
        const exact = rat(e);
        const base = (e / step) * step;
        for (const s of [base, base + step, base - step, e]) {
          const stated = rat(s);
          for (const mode of ['any', ...MODES] as const) {
            const d = line(exact, stated, step, mode, 'half-up');
            const want = reference(d, stated);
            const got = evaluate([d]);
            checked++;
            if (want.agrees ? got.length !== 0 : got.length !== 1 || got[0]?.expected == null || !eq(got[0].expected, rat(want.expected))) disagreements++;
          }
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(20000);
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

  test('whole lines at the edge of the safe range count as the per-line sets do', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    for (const step of [1000n, 1_000_000n]) {
      for (let k = 0n; k < 3000n; k += 13n) {
        for (const sign of [1n, -1n]) {
          const e = sign * (max - k);
          const base = (e / step) * step;
          for (const s of [base, base + sign * step, e]) {
            const tally = new RoundingTally();
            tally.add(rat(e), rat(s), step);
            const set = admittedModes(rat(e), rat(s), step);
            // One line: a line that admits no mode is not a rounded one (the table stays exact).
            const expected = set === null || set.size === 0 ? 'exact' : set.has('half-up') ? 'half-up' : set.has('down') ? 'down' : 'up';
            expect([e, s, step, tally.prevailing()]).toEqual([e, s, step, expected]);
          }
        }
      }
    }
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
