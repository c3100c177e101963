/**
 * A seeded generator of consistent budget projects in the seed's layout (every
 * table kind, every basis line layout, figures as numbers or as text with the
 * documents' quirks). It records every stated figure with how to write it, so a
 * property test can change exactly one and know which cell must be flagged.
 */
import { cellAddress } from '../src/engine/address';

export type BasisLayout = 'cells' | 'one-cell' | 'two-cells';

export interface StatedFigure {
  readonly address: string;
  readonly value: number;
  readonly render: (value: number) => string;
  /** `derived`: a mutation must be flagged at this very cell; `input`: exactly one error somewhere. */
  readonly kind: 'derived' | 'input';
  /** Smallest change that cannot be mistaken for another rounding. */
  readonly minDelta: number;
}

export interface Generated {
  readonly source: string;
  readonly figures: StatedFigure[];
}

/** Small deterministic PRNG (mulberry32) so failures replay from the seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['사무관리비', '여비', '업무추진비', '행사운영비', '시설비', '자산취득비', '민간경상사업보조'];
const LABELS = ['홍보물 제작', '3.1절 기념행사', '2022 이용안내 책자', '4급(30호봉) 인건비', '카카오 1boon 콘텐츠', '위원회 운영', '교육 프로그램'];
const COUNTERS = ['건', '회', '명', '개', '부', '일'];

export function generateProject(seed: number, layout: BasisLayout): Generated {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const mode = pick(['down', 'half-up', 'up'] as const);
  const lines: string[] = [];
  const figures: StatedFigure[] = [];
  const row = () => lines.length; // 0-based row of the next line
  const num = (v: number) => v.toLocaleString('en-US');
  const figureText = (v: number, style: number) =>
    style === 0 ? `n:${v}` : style === 1 ? `${v < 0 ? '△' : ''}${num(Math.abs(v))}` : `(x-) ${v < 0 ? '△' : ''}${num(Math.abs(v))}`;
  const style = int(0, 2);
  const fig = (v: number) => figureText(v, style);
  const put = (r: number, c: number, value: number, kind: StatedFigure['kind'], render = fig, minDelta = 1) =>
    figures.push({ address: cellAddress(r, c), value, render, kind, minDelta });

  // The basis first (its totals drive the other tables); written out later in document order.
  const categories = CATEGORIES.slice(0, int(1, 3)).map((name) => ({ name, items: makeItems() }));
  function makeItems() {
    return Array.from({ length: int(1, 3) }, () => {
      const kids = int(0, 3);
      const leaves = Array.from({ length: Math.max(kids, 1) }, () => makeLeaf());
      return { label: pick(LABELS), leaves, parent: kids > 0 };
    });
  }
  function makeLeaf() {
    const priceWon = pick([int(1, 900) * 1000, int(1, 99) * 100, int(10000, 99999)]);
    const factors: string[] = [`${num(priceWon)}원`];
    let num1 = priceWon;
    let den = 1;
    for (let i = int(1, 3); i > 0; i--) {
      const k = int(0, 4);
      if (k === 0) { const n = int(1, 60); factors.push(`${n}${pick(COUNTERS)}`); num1 *= n; }
      else if (k === 1) { const n = int(1, 3); factors.push(`주${n}회`); num1 *= n; }
      else if (k === 2) { const n = int(1, 12); factors.push(`${n}/12개월`); num1 *= n; den *= 12; }
      else if (k === 3) { const p = pick([50, 80, 95, 30]); factors.push(`${p}%`); num1 *= p; den *= 100; }
      else { const n = int(2, 52); factors.push(`${n}주`); num1 *= n; }
    }
    const thousandths = num1 / den / 1000; // exact value in 천원 (may be fractional)
    const stated = roundBy(thousandths, mode);
    const whole = Number.isInteger(Math.round(thousandths * 1e9) / 1e9) && Math.abs(thousandths - Math.round(thousandths)) < 1e-9;
    return { formula: factors.join('*'), stated, whole };
  }
  const itemTotal = (it: { leaves: { stated: number }[] }) => it.leaves.reduce((s, l) => s + l.stated, 0);
  const catTotal = (c: (typeof categories)[number]) => c.items.reduce((s, it) => s + itemTotal(it), 0);
  const totalB = categories.reduce((s, c) => s + catTotal(c), 0);

  // 사업개요
  lines.push('□ 사업개요');
  const shares = splitInto(totalB, int(1, 2));
  const shareLabels = ['국비', '시비'];
  put(row(), 1, totalB, 'derived', (v) => `${num(v)}천원`);
  const shareCells = shares.map((s, i) => `(${shareLabels[i]})${num(s)}천원`);
  shares.forEach((s, i) => put(row(), 2 + i, s, shares.length === 1 ? 'input' : 'input', (v) => `(${shareLabels[i]})${num(v)}천원`));
  lines.push(['사업비 (당해년도)', `${num(totalB)}천원`, ...shareCells].join(' | '));
  lines.push(' | 기타 (예산 외) | (구비) | (기타)');
  lines.push('.');

  // 예산 총괄
  lines.push('□ 예산 총괄');
  lines.push(' |  |  |  | (단위 : 천원, %)');
  lines.push('구 분 | 2020예산액 (A) | 2021예산액 (B) | 증감 (B-A) | (B-A)*100/A');
  const rows = categories.map((c) => ({ label: c.name, a: int(1000, 900000), b: catTotal(c) }));
  const total = { label: '계', a: rows.reduce((s, r) => s + r.a, 0), b: totalB };
  const decimals = int(0, 1);
  for (const [i, r] of [total, ...rows].entries()) {
    const at = row();
    const rate = Math.round(((r.b - r.a) * 100 * 10 ** decimals) / r.a) / 10 ** decimals;
    const rateText = (v: number) => (style === 0 ? `n:${v}:${decimals ? '0.0' : '0'}` : `${v < 0 ? '△' : ''}${Math.abs(v).toFixed(decimals)}`);
    lines.push([r.label, fig(r.a), fig(r.b), fig(r.b - r.a), rateText(rate)].join(' | '));
    put(at, 1, r.a, i === 0 ? 'derived' : 'input');
    put(at, 2, r.b, 'derived');
    put(at, 3, r.b - r.a, 'derived');
    // The rate is only as exact as the amounts (each within one unit): a change inside that band is no error.
    const band = Math.abs((r.b + 1) / (r.a - 1) - (r.b - 1) / (r.a + 1)) * 100;
    put(at, 4, rate, 'derived', rateText, Math.ceil((band + 2 * 10 ** -decimals) * 10 ** decimals) / 10 ** decimals);
  }
  lines.push('.');

  // 산출근거
  lines.push('□ 산출근거');
  lines.push('과목구분 | 2021년 예산내역 |  | ');
  const amount = (v: number) => `${num(v)}천원`;
  for (const c of categories) {
    let first = true;
    const cat = () => { const s = first ? c.name : ''; first = false; return s; };
    for (const it of c.items) {
      if (it.parent) {
        basisLine(cat(), `○ ${it.label}`, itemTotal(it), 'derived', 1);
        for (const l of it.leaves) basisLine(cat(), `- ${pick(LABELS)} ${l.formula}`, l.stated, 'derived', l.whole ? 1 : 2);
      } else {
        const l = it.leaves[0] as (typeof it.leaves)[number];
        basisLine(cat(), `○ ${it.label} ${l.formula}`, l.stated, 'derived', l.whole ? 1 : 2);
      }
    }
  }
  function basisLine(category: string, text: string, value: number, kind: StatedFigure['kind'], minDelta: number) {
    const at = row();
    if (layout === 'cells') {
      lines.push([category, text, '=', amount(value)].join(' | '));
      put(at, 3, value, kind, amount, minDelta);
    } else if (layout === 'two-cells') {
      lines.push([category, text, fig(value)].join(' | '));
      put(at, 2, value, kind, fig, minDelta);
    } else {
      const render = (v: number) => `${text} = ${amount(v)}`;
      lines.push([category, render(value)].join(' | '));
      put(at, 1, value, kind, render, minDelta);
    }
  }
  lines.push('.');

  // 추진일정
  lines.push('□ 추진일정');
  lines.push('사업추진절차 | 추진기간 | 예산집행금액 | 추진세부내용');
  const steps = splitInto(totalB, int(1, 3));
  put(row(), 2, totalB, 'derived');
  lines.push(['계', '', fig(totalB), ''].join(' | '));
  lines.push(['기본계획 수립', '2021.01~2021.02', '', '계획 수립'].join(' | '));
  for (const [i, s] of steps.entries()) {
    put(row(), 2, s, 'input');
    lines.push([`사업 추진 ${i + 1}단계`, '2021.03~2021.12', fig(s), '집행'].join(' | '));
  }
  lines.push('.');

  // 결산
  lines.push(' |  |  |  |  |  |  | (단위 : 천원)');
  lines.push('연도 | 최종예산 | 전년이월 | 예산변경 | 예산현액 | 집행액 | 차년이월 | 집행잔액');
  for (const year of [2017, 2018, 2019].slice(0, int(1, 3))) {
    const final = int(1000, 900000);
    const carriedIn = pick([0, int(1, 5000)]);
    const changed = pick([0, -int(1, 500), int(1, 500)]);
    const current = final + carriedIn + changed;
    const spent = int(0, current);
    const carriedOut = pick([0, int(0, current - spent)]);
    const at = row();
    lines.push([String(year), fig(final), fig(carriedIn), fig(changed), fig(current), fig(spent), fig(carriedOut), fig(current - spent - carriedOut)].join(' | '));
    [final, carriedIn, changed].forEach((v, i) => put(at, 1 + i, v, 'input'));
    put(at, 4, current, 'derived');
    put(at, 5, spent, 'input');
    put(at, 6, carriedOut, 'input');
    put(at, 7, current - spent - carriedOut, 'derived');
  }

  function splitInto(totalValue: number, parts: number): number[] {
    const out: number[] = [];
    let left = totalValue;
    for (let i = 1; i < parts; i++) {
      const s = Math.floor(left * (0.2 + rnd() * 0.5));
      out.push(s);
      left -= s;
    }
    out.push(left);
    return out;
  }
  return { source: `@sheet 사업\n${lines.join('\n')}\n`, figures };
}

function roundBy(x: number, mode: 'down' | 'half-up' | 'up'): number {
  const eps = 1e-9;
  if (Math.abs(x - Math.round(x)) < eps) return Math.round(x);
  if (mode === 'down') return Math.trunc(x);
  if (mode === 'up') return Math.ceil(x);
  return Math.floor(x + 0.5 + eps);
}
