/**
 * Generated tables of figures under column headers, for property tests of the columns
 * reader (src/engine/tables/columns): two years in random order (the current one first or
 * last) named in random ways (`2024`, `2024년 예산`, `'24`, `금년`/`전년`, `(B)`/`(A)`),
 * their change with or without a header formula, a change rate, a share of the total,
 * a total column over two accounts, rows nested by random markers or numbering or plain
 * rows under a total, the total row first or last, in 천원 or 원.
 */
import { cellAddress } from '../../../src/engine/address';
import { prng, type Generated, type StatedFigure } from '../../support/generate';

interface Item {
  label: string;
  prior: number;
  current: number;
  children: Item[];
}

const NAMES = ['인건비', '운영비', '여비', '업무추진비', '시설비', '자산취득비', '연구개발비', '홍보비', '교육훈련비', '위탁사업비'];
const STYLES = [
  { parent: '○ ', child: '- ' },
  { parent: '1. ', child: '· ' },
  { parent: '□ ', child: 'ㅇ ' },
  { parent: '(1) ', child: '  ' },
] as const;

export interface ColumnsGenerated extends Generated {
  /** The table's current year column came first. */
  readonly currentFirst: boolean;
}

export function generateColumnsTable(seed: number, options: { currentFirst?: boolean } = {}): ColumnsGenerated {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  const currentFirst = options.currentFirst ?? rnd() < 0.5;
  const unit = pick(['천원', '원'] as const);
  const scale = unit === '원' ? 1000 : 1;
  const year = int(2015, 2024);
  const naming = pick(['year', 'year-words', 'short', 'words', 'tags'] as const);
  const withRate = rnd() < 0.6;
  const withShare = rnd() < 0.5;
  const formulaChange = naming === 'tags' || rnd() < 0.3;
  const style = pick(STYLES);
  const totalFirst = rnd() < 0.5;

  // The items: top rows, some with children; every parent is the sum of its children.
  const names = [...NAMES].sort(() => rnd() - 0.5);
  const amount = () => int(1, 9_000) * scale * (rnd() < 0.3 ? 10 : 1);
  const items: Item[] = [];
  for (let i = 0; i < int(2, 4); i++) {
    const label = names.pop() as string;
    const kids: Item[] = rnd() < 0.5 ? [] : Array.from({ length: int(2, 3) }, () => ({ label: names.pop() ?? '기타', prior: amount(), current: amount(), children: [] }));
    const sum = (k: 'prior' | 'current') => kids.reduce((s, c) => s + c[k], 0);
    items.push({ label, prior: kids.length ? sum('prior') : amount(), current: kids.length ? sum('current') : amount(), children: kids });
  }
  const total = { prior: items.reduce((s, i) => s + i.prior, 0), current: items.reduce((s, i) => s + i.current, 0) };
  const nested = items.some((i) => i.children.length);

  // Columns in order: label, the two years (in the order chosen), change, rate, share.
  const yearHead = (which: 'prior' | 'current'): string => {
    const y = which === 'current' ? year : year - 1;
    switch (naming) {
      case 'year':
        return `${y}`;
      case 'year-words':
        return `${y}년 예산액`;
      case 'short':
        return `'${String(y).slice(2)}년`;
      case 'words':
        return which === 'current' ? '금년도 예산' : '전년도 예산';
      case 'tags':
        return which === 'current' ? `${y} 예산(B)` : `${y} 예산(A)`;
    }
  };
  const order: ('prior' | 'current')[] = currentFirst ? ['current', 'prior'] : ['prior', 'current'];
  const headers = ['구 분', ...order.map(yearHead), formulaChange ? (naming === 'tags' ? '증감(B-A)' : '증 감') : '증 감'];
  if (withRate) headers.push(naming === 'tags' && rnd() < 0.5 ? '(B-A)/A×100' : '증감률(%)');
  if (withShare) headers.push('구성비(%)');

  const lines: string[] = [];
  const figures: StatedFigure[] = [];
  lines.push(`@sheet 총괄`);
  lines.push(`${Array.from({ length: headers.length - 1 }, () => '').join(' | ')} | (단위 : ${unit}, %)`);
  lines.push(headers.join(' | '));
  const rowOf = () => lines.length - 1; // @sheet is not a row: the next line's 0-based row
  const num = (v: number) => `n:${v}`;
  const rate = (p: number, c: number) => (p === 0 ? '순증' : `n:${round1((c - p) * 100 / p)}:0.0`);
  const shareOf = (v: number) => `n:${round1((v * 100) / total.current)}:0.0`;
  const writeRow = (label: string, it: { prior: number; current: number }, kind: StatedFigure['kind'], isTotal: boolean) => {
    const r = rowOf();
    const cells = [label, ...order.map((w) => num(it[w]))];
    order.forEach((w, i) => figures.push({ address: cellAddress(r, 1 + i), value: it[w], render: (v) => `n:${v}`, kind: isTotal ? 'derived' : kind, minDelta: scale }));
    cells.push(num(it.current - it.prior));
    figures.push({ address: cellAddress(r, 3), value: it.current - it.prior, render: (v) => `n:${v}`, kind: 'derived', minDelta: scale });
    if (withRate) cells.push(rate(it.prior, it.current));
    if (withShare) cells.push(shareOf(it.current));
    lines.push(cells.join(' | '));
  };
  const writeTotal = () => writeRow('합 계', total, 'derived', true);
  if (totalFirst) writeTotal();
  for (const it of items) {
    writeRow(`${nested ? style.parent : ''}${it.label}`, it, it.children.length ? 'derived' : 'input', false);
    for (const k of it.children) writeRow(`${style.child}${k.label}`, k, 'input', false);
  }
  if (!totalFirst) writeTotal();
  return { source: `${lines.join('\n')}\n`, figures, currentFirst };
}

/** One decimal, half away from zero, as the documents (and the engine) round. */
function round1(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
}
