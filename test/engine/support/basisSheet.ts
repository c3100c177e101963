/**
 * Generated 산출근거 tables (the basis kind) for property tests: categories in their own
 * column, each with its stated total and its lines in random splits and marker sets
 * (support/lines.ts); the unit in 천원, or in 원 named by a note just above, far above
 * among titles, to the right of the header, or by the headers themselves (`금액(원)`).
 */
import { cellAddress } from '../../../src/engine/address';
import { prng, type Generated, type StatedFigure } from '../../support/generate';
import { int, makeLines, pick, pickMarkers, writeLines } from './lines';

const CATEGORIES = ['사무관리비', '여비', '업무추진비', '행사운영비', '시설비'];

export function generateBasis(seed: number): Generated {
  const rnd = prng(seed);
  const unitWon = rnd() < 0.5 ? 1 : 1000;
  const width = int(rnd, 2, 4);
  const note = unitWon === 1 ? pick(rnd, ['above', 'far', 'right', 'headers'] as const) : pick(rnd, ['none', 'above'] as const);
  const rows: string[][] = [];
  const figures: StatedFigure[] = [];
  const total = 1 + width + 1;
  const blank = () => Array.from({ length: total }, () => '');
  const unitText = unitWon === 1 ? '(단위 : 원)' : '(단위 : 천원)';
  rows.push(['□ 산출근거']);
  if (note === 'far') rows.push([unitText], ['사업명 : 시민 소통 활성화'], ['담당 : 홍보기획관'], ['회계 : 일반회계']);
  if (note === 'above') rows.push([...blank().slice(1), unitText]);
  const header = blank();
  header[0] = '과목';
  header[1] = note === 'headers' ? '산출기초(원)' : '산출기초';
  header[width] = note === 'headers' ? '금액(원)' : '금액';
  if (note === 'right') header[total - 1] = unitText;
  rows.push(header);
  for (const name of CATEGORIES.slice(0, int(rnd, 1, 3))) {
    const lines = makeLines(rnd, unitWon, false);
    const sum = lines.reduce((s, l) => s + l.value, 0);
    const at = rows.length;
    const row = blank();
    row[0] = name;
    row[width - 1] = width > 2 ? '=' : '';
    row[width] = `n:${sum}`;
    rows.push(row);
    figures.push({ address: cellAddress(at, width), value: sum, render: (v) => `n:${v}`, kind: 'derived', minDelta: 1 });
    const w = writeLines(rnd, lines, { firstRow: rows.length, col: 1, width, lead: [''], trail: [''], unitWon, markers: pickMarkers(rnd) });
    rows.push(...w.rows);
    figures.push(...w.figures);
  }
  const source = ['@sheet 산출근거', ...rows.map((r) => r.join(' | '))].join('\n');
  return { source: `${source}\n`, figures };
}
