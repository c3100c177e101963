/** Seeded randomness for the book generators, and the 산출기초 formulas they write. */
import { prng } from '../generate-project';

export interface Random {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  shuffle<T>(xs: readonly T[]): T[];
}

export function random(seed: number): Random {
  const next = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)] as T,
    shuffle: <T>(xs: readonly T[]) => {
      const out = [...xs];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}

export type Rounding = 'down' | 'half-up' | 'up';

const COUNTERS = ['건', '회', '명', '개', '부', '일', '대', '박스'];

/**
 * `15,000원*300부`-style formula text, its exact value and the amount stated in 천원
 * (rounded the book's way). `whole`: the exact value is a whole 천원, so any other
 * figure is a slip; otherwise the other rounding is also right and a slip is ±2 or more.
 */
export function makeFormula(rnd: Random, mode: Rounding): { text: string; stated: number; whole: boolean } {
  const price = rnd.pick([rnd.int(1, 900) * 1000, rnd.int(1, 99) * 100, rnd.int(10000, 99999)]);
  const factors = [`${price.toLocaleString('en-US')}원`];
  let num = price;
  let den = 1;
  for (let i = rnd.int(1, 3); i > 0; i--) {
    const k = rnd.int(0, 4);
    if (k === 0) {
      const n = rnd.int(1, 60);
      factors.push(`${n}${rnd.pick(COUNTERS)}`);
      num *= n;
    } else if (k === 1) {
      const n = rnd.int(1, 3);
      factors.push(`주${n}회`);
      num *= n;
    } else if (k === 2) {
      const n = rnd.int(1, 12);
      factors.push(`${n}/12개월`);
      num *= n;
      den *= 12;
    } else if (k === 3) {
      const p = rnd.pick([50, 80, 95, 30]);
      factors.push(`${p}%`);
      num *= p;
      den *= 100;
    } else {
      const n = rnd.int(2, 52);
      factors.push(`${n}주`);
      num *= n;
    }
  }
  // num / den / 1000 in 천원, decided in integers: num < 2^53 for these ranges.
  const q = Math.floor(num / (den * 1000));
  const rest = num - q * den * 1000;
  const whole = rest === 0;
  let stated = q;
  if (!whole && (mode === 'up' || (mode === 'half-up' && 2 * rest >= den * 1000))) stated = q + 1;
  return { text: factors.join(rnd.pick(['*', ' × ', '×'])), stated, whole };
}
