/**
 * Generated calculation-basis lines for property tests: a small tree of lines with random
 * markers (known classes in their order, numbering, indentation), random formulas (money ×
 * counts, `÷`, `/`, `%`, differences `경정 … - 기정 …`), written in a random split over the
 * basis columns, in 원 or 천원. Every stated figure is recorded with how to rewrite it, so a
 * test can change exactly one and know which cell must be flagged.
 */
import { cellAddress } from '../../../src/engine/address';
import type { StatedFigure } from '../../support/generate';

export type Rnd = () => number;

export interface Line {
  readonly label: string;
  /** The formula as written, or null for a heading whose lines below give its amount. */
  readonly formula: string | null;
  /** Exact value in 원 (leaves), or the sum of the children's stated amounts (parents), in the line unit. */
  readonly children: readonly Line[];
  /** The stated amount in the line unit; null: none written (a heading that stands for its lines' sum). */
  readonly stated: number | null;
  /** The value it adds to its parent, in the line unit. */
  readonly value: number;
  /** Smallest change of the stated amount that no rounding explains. */
  readonly minDelta: number;
}

export type Split = 'one-cell' | 'eq' | 'amount' | 'label-formula' | 'second-line' | 'next-row';
export const SPLITS: readonly Split[] = ['one-cell', 'eq', 'amount', 'label-formula', 'second-line', 'next-row'];

const LABELS = ['홍보물 제작', '3.1절 기념행사', '2022 이용안내 책자', '위원회 운영', '교육 프로그램', '자료 구입', '시설 임차료', '차량 유지'];
const COUNTERS = ['건', '회', '명', '개', '부', '일', '개월'];
/** Outer and inner marker pairs, as documents pair them. */
const MARKER_PAIRS: readonly (readonly [string, string])[] = [
  ['○ ', '- '], ['○', 'ㅇ'], ['◎ ', '○ '], ['ㅇ ', '- '], ['○ ', '· '], ['1. ', '가. '], ['○ ', '  '], ['□ ', '○ '], ['● ', '- '],
];

export function int(rnd: Rnd, lo: number, hi: number): number {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

export function pick<T>(rnd: Rnd, xs: readonly T[]): T {
  return xs[int(rnd, 0, xs.length - 1)] as T;
}

export const num = (v: number, decimals = 0): string =>
  Math.abs(v).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** A leaf: its formula and exact value in 원 (a difference when `change`). */
function leafFormula(rnd: Rnd, change: boolean): { formula: string; won: number } {
  const price = pick(rnd, [int(rnd, 1, 900) * 1000, int(rnd, 1, 99) * 100, int(rnd, 10000, 99999)]);
  const joiner = pick(rnd, [' × ', '*', ' x ']);
  let product = `${num(price)}원`;
  let won = price;
  for (let i = int(rnd, 1, 3); i > 0; i--) {
    const k = int(rnd, 0, 4);
    if (k === 0 || k === 4) {
      const n = int(rnd, 1, 40);
      product += `${joiner}${n}${pick(rnd, COUNTERS)}`;
      won *= n;
    } else if (k === 1) {
      const n = pick(rnd, [2, 4, 5, 8]);
      product += ` ${pick(rnd, ['÷', '/'])} ${n}`;
      won /= n;
    } else if (k === 2) {
      const p = pick(rnd, [50, 80, 30]);
      product += `${joiner}${p}%`;
      won = (won * p) / 100;
    } else {
      const n = int(rnd, 2, 12);
      product += `${joiner}${n}/12개월`;
      won = (won * n) / 12;
    }
  }
  if (!change) return { formula: product, won };
  const former = Math.abs(Math.round(won) + int(rnd, -5, 5) * 1000 * int(rnd, 1, 30));
  return rnd() < 0.5
    ? { formula: `경정 ${num(Math.round(won))}원 - 기정 ${num(former)}원`, won: Math.round(won) - former }
    : { formula: `(${product}) - ${num(former)}원`, won: won - former };
}

/** The smallest safe change of an amount in 원: more than the thousand a whole-thousand figure may be rounded by. */
export const WON_MIN_DELTA = 1001;

/** The stated amount of an exact value in the unit (원 per unit), rounded half up; its smallest safe change. */
function stateIn(won: number, unitWon: number): { stated: number; minDelta: number } {
  const q = won / unitWon;
  const stated = Math.sign(q) * Math.floor(Math.abs(q) + 0.5 + 1e-9);
  // A 원 figure that lands on a whole thousand is read to the thousand: keep clear of the step.
  return { stated, minDelta: unitWon === 1 ? WON_MIN_DELTA : 2 };
}

/** Top-level lines of one 과목 or category, with a few children each; `change`: lines are differences. */
export function makeLines(rnd: Rnd, unitWon: number, change: boolean): Line[] {
  return Array.from({ length: int(rnd, 1, 3) }, () => {
    const kids = int(rnd, 0, 3);
    const label = pick(rnd, LABELS);
    if (kids === 0) return leaf(rnd, label, unitWon, change);
    const children = Array.from({ length: kids }, () => leaf(rnd, pick(rnd, LABELS), unitWon, change));
    const value = children.reduce((s, c) => s + c.value, 0);
    return { label, formula: null, children, stated: rnd() < 0.3 ? null : value, value, minDelta: 1 };
  });
}

function leaf(rnd: Rnd, label: string, unitWon: number, change: boolean): Line {
  const { formula, won } = leafFormula(rnd, change);
  const { stated, minDelta } = stateIn(won, unitWon);
  return { label, formula, children: [], stated, value: stated, minDelta };
}

/** An outer and an inner marker, as one block of lines pairs them. */
export function pickMarkers(rnd: Rnd): readonly [string, string] {
  return pick(rnd, MARKER_PAIRS);
}

export interface Written {
  readonly rows: string[][];
  readonly figures: StatedFigure[];
}

/**
 * Writes lines into rows of `width` basis cells starting at column `col` of row `firstRow`,
 * each row prefixed by `lead` (the cells left of the basis). Figures are recorded by address.
 */
export function writeLines(rnd: Rnd, lines: readonly Line[], opts: { firstRow: number; col: number; width: number; lead: readonly string[]; trail: readonly string[]; unitWon: number; markers?: readonly [string, string] }): Written {
  const rows: string[][] = [];
  const figures: StatedFigure[] = [];
  const [outer, inner] = opts.markers ?? pickMarkers(rnd);
  const amountText = (v: number) => `n:${v}`;
  const inText = (v: number) => `${v < 0 ? '△' : ''}${num(v)}`;
  const emit = (cells: string[]): number => {
    const row = [...opts.lead, ...cells, ...Array.from({ length: Math.max(0, opts.width - cells.length) }, () => ''), ...opts.trail];
    rows.push(row);
    return opts.firstRow + rows.length - 1;
  };
  const put = (row: number, offset: number, value: number, render: (v: number) => string, minDelta: number) =>
    figures.push({ address: cellAddress(row, opts.col + offset), value, render, kind: 'derived', minDelta });
  const write = (line: Line, marker: string) => {
    const text = `${marker}${line.label}`;
    const stated = line.stated;
    let split = pick(rnd, SPLITS);
    if (opts.width < 3 && (split === 'eq' || split === 'label-formula')) split = 'amount';
    if (line.formula === null || stated === null) split = stated === null ? 'heading' as Split : 'eq';
    const last = opts.width - 1;
    if ((split as string) === 'heading') {
      emit([text]);
    } else if (split === 'one-cell') {
      const render = (v: number) => `${text} ${line.formula} = ${inText(v)}`;
      put(emit([render(stated as number)]), 0, stated as number, render, line.minDelta);
    } else if (split === 'eq' && opts.width >= 3) {
      const body = line.formula ? `${text} ${line.formula}` : text;
      put(emit([body, ...pad(last - 2), '=', amountText(stated as number)]), last, stated as number, amountText, line.minDelta);
    } else if (split === 'label-formula') {
      const between = last > 2 ? ['=', ...pad(last - 3)] : [];
      put(emit([text, line.formula as string, ...between, amountText(stated as number)]), last, stated as number, amountText, line.minDelta);
    } else if (split === 'second-line') {
      put(emit([`${text}\\n\\s\\s\\s\\s${line.formula as string}`, ...pad(last - 1), amountText(stated as number)]), last, stated as number, amountText, line.minDelta);
    } else if (split === 'next-row') {
      emit([text]);
      const indent = marker.startsWith(' ') || marker === '' ? '\\s\\s\\s\\s\\s\\s' : '\\s\\s\\s\\s';
      put(emit([`${indent}${line.formula as string}`, ...pad(last - 1), amountText(stated as number)]), last, stated as number, amountText, line.minDelta);
    } else {
      const body = line.formula ? `${text} ${line.formula}` : text;
      put(emit([body, ...pad(last - 1), amountText(stated as number)]), last, stated as number, amountText, line.minDelta);
    }
    writeAll(line.children, inner === '  ' ? '\\s\\s' : inner);
  };
  /** Siblings in turn; now and then a run of leaves shares one cell, a line each (`… = 1\n… = 2`). */
  const writeAll = (siblings: readonly Line[], marker: string) => {
    for (let i = 0; i < siblings.length; i++) {
      const run: Line[] = [];
      while (i + run.length < siblings.length && isPlainLeaf(siblings[i + run.length] as Line)) run.push(siblings[i + run.length] as Line);
      if (run.length >= 2 && marker.trim() !== '' && rnd() < 0.4) {
        const cell = (values: readonly number[]) => run.map((l, k) => `${marker}${l.label} ${l.formula as string} = ${inText(values[k] as number)}`).join('\\n');
        const values = run.map((l) => l.stated as number);
        const at = emit([cell(values)]);
        run.forEach((l, k) => put(at, 0, values[k] as number, (v) => cell(values.map((x, j) => (j === k ? v : x))), l.minDelta));
        i += run.length - 1;
        continue;
      }
      write(siblings[i] as Line, marker);
    }
  };
  writeAll(lines, outer);
  return { rows, figures };
}

function isPlainLeaf(l: Line): boolean {
  return l.children.length === 0 && l.formula !== null && l.stated !== null;
}

function pad(n: number): string[] {
  return Array.from({ length: Math.max(0, n) }, () => '');
}
