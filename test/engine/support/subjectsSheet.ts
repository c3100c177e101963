/**
 * Generated 세출예산서 sheets by 과목 for property tests: a 과목 tree (세항 › 세세항 groups ›
 * 세세항 › 목, sometimes a 세목) over one to three level columns, its code and name on two
 * lines, on one, or on a row of its own above the name; the basis lines of each 목 in a
 * random split and unit, before or after the figure columns; a 본예산 (lines give 예산액)
 * or a revision (lines give the change, unchanged 과목 sometimes left out); heading lines,
 * a unit note and sometimes a page break that repeats them inside the data.
 */
import { cellAddress } from '../../../src/engine/address';
import { prng, type Generated, type StatedFigure } from '../../support/generate';
import { int, makeLines, pick, pickMarkers, writeLines, type Rnd } from './lines';

interface Subject {
  readonly code: string;
  readonly name: string;
  readonly level: number;
  readonly kids: Subject[];
  readonly lines: ReturnType<typeof makeLines>;
  after: number;
  before: number;
  change: number;
  /** A revision that leaves out unchanged children: 예산액 and 전년도 are not sums of what is printed. */
  omits: boolean;
  /** A 세목 row (`01 …`) in the basis column, with the 목's figures, holds its lines. */
  detail: boolean;
}

const NAMES = ['경상예산', '사업예산', '인건비', '경상적경비', '일반운영비', '여비', '업무추진비', '민간이전', '시설비'];

export function generateSubjects(seed: number): Generated & { readonly revision: boolean } {
  const rnd = prng(seed);
  const revision = rnd() < 0.5;
  const treeCols = int(rnd, 1, 3);
  const width = int(rnd, 2, 4);
  const unitWon = rnd() < 0.4 ? 1 : 1000;
  const basisLast = rnd() < 0.6;
  const codeStyle = pick(rnd, ['two-lines', 'one-line', 'above'] as const);
  const root = makeTree(rnd, revision, unitWon);

  const figCols = basisLast ? { after: treeCols, before: treeCols + 1, change: treeCols + 2, basis: treeCols + 3 } : { after: treeCols, basis: treeCols + 1, before: treeCols + 1 + width, change: treeCols + 2 + width };
  const total = treeCols + 3 + width;
  const rows: string[][] = [];
  const merges: string[] = [];
  const figures: StatedFigure[] = [];
  const blank = () => Array.from({ length: total }, () => '');
  const headings = ['세출예산서', '장(3000)경제개발비', '관:(3100)농수산개발비', '(세항 3121)농업기술센터운영'];
  const unitRight = rnd() < 0.5;
  const header = (): void => {
    const top = blank();
    const second = blank();
    top[0] = '과 목';
    top[figCols.after] = '예 산 액';
    top[figCols.before] = revision ? '기 정\\n예 산 액' : '전 년 도\\n예 산 액';
    top[figCols.change] = '비 교\\n증 △ 감';
    top[figCols.basis] = unitWon === 1 ? '산출기초(원)' : '산 출 기 초';
    const at = rows.length;
    rows.push(top);
    merges.push(`${cellAddress(at, figCols.basis)}:${cellAddress(at, figCols.basis + width - 1)}`);
    if (treeCols > 1) {
      const names = ['장.관.항.세항.세세항', '목', '세목'].slice(3 - treeCols);
      names.forEach((n, i) => (second[i] = n));
      rows.push(second);
      merges.push(`${cellAddress(at, 0)}:${cellAddress(at, treeCols - 1)}`);
    }
  };
  const preamble = (): void => {
    for (const h of headings) rows.push([h]);
    if (unitRight) rows.push([...blank().slice(1), '(단위 : 천원)']);
    else rows.splice(rows.length - headings.length, 0, ['(단위 : 천원)']);
    header();
  };
  preamble();
  const breakAt = rnd() < 0.5 ? int(rnd, 2, 12) : -1;
  let written = 0;
  const pageBreak = (): void => {
    if (written++ !== breakAt) return;
    rows.push(['- 1 -'], []);
    preamble();
  };

  const colOf = (level: number) => Math.max(0, level - (4 - treeCols));
  const visit = (s: Subject, parent: Subject | null): void => {
    pageBreak();
    const col = colOf(s.level);
    if (codeStyle === 'above') {
      const r = blank();
      r[col] = s.code;
      rows.push(r);
    }
    const label = codeStyle === 'above' ? s.name : codeStyle === 'one-line' ? `${s.code} ${s.name}` : `${s.code}\\n${s.name}`;
    subjectRow(s, parent, col, label, !s.detail);
    if (s.detail) subjectRow(s, s, figCols.basis, `01 ${s.name}`, true);
    // The lines, now and then with a page break between two of them: the 과목 goes on below it.
    const markers = pickMarkers(rnd);
    const cut = s.lines.length > 1 && rnd() < 0.3 ? int(rnd, 1, s.lines.length - 1) : s.lines.length;
    for (const part of [s.lines.slice(0, cut), s.lines.slice(cut)]) {
      if (!part.length) continue;
      if (part !== s.lines && cut < s.lines.length && part[0] === s.lines[cut]) {
        rows.push(['- 2 -'], []);
        preamble();
      }
      const lead = blank().slice(0, figCols.basis);
      const trail = blank().slice(figCols.basis + width);
      const w = writeLines(rnd, part, { firstRow: rows.length, col: figCols.basis, width, lead, trail, unitWon, markers });
      rows.push(...w.rows);
      figures.push(...w.figures);
    }
    for (const k of s.kids) visit(k, s);
  };
  function subjectRow(s: Subject, parent: Subject | null, col: number, label: string, linesHere: boolean): void {
    const r = blank();
    r[col] = label;
    r[figCols.after] = `n:${s.after}`;
    r[figCols.before] = `n:${s.before}`;
    r[figCols.change] = `n:${s.change}`;
    const at = rows.length;
    rows.push(r);
    const tiedAbove = parent !== null && !(revision && parent.omits);
    const tiedBelow = (s.kids.length > 0 && !(revision && s.omits)) || s.detail;
    // Lines in 원 under a figure in 천원 allow it either rounding: a change of one unit may be no slip.
    const banded = linesHere && s.lines.length > 0 && unitWon === 1 ? (revision ? figCols.change : figCols.after) : -1;
    const put = (c: number, value: number, tied: boolean) =>
      figures.push({ address: cellAddress(at, c), value, render: (v) => `n:${v}`, kind: tied ? 'derived' : 'input', minDelta: c === banded ? 2 : 1 });
    put(figCols.after, s.after, tiedAbove || tiedBelow || (s.lines.length > 0 && !revision));
    put(figCols.before, s.before, tiedAbove || tiedBelow);
    put(figCols.change, s.change, true);
  }
  visit(root, null);
  const source = [`@sheet 세출`, ...merges.map((m) => `@merge ${m}`), ...rows.map((r) => (r.length ? r.join(' | ') : '.'))].join('\n');
  return { source: `${source}\n`, figures, revision };
}

function makeTree(rnd: Rnd, revision: boolean, unitWon: number): Subject {
  const node = (code: string, level: number): Subject => ({
    code, name: pick(rnd, NAMES), level, kids: [], lines: [], after: 0, before: 0, change: 0, omits: false, detail: false,
  });
  const root = node('3121', 0);
  for (const g of ['100', '200'].slice(0, int(rnd, 1, 2))) {
    const group = node(g, 1);
    root.kids.push(group);
    for (const s of ['10', '20'].slice(0, int(rnd, 1, 2))) {
      const sub = node(`${g[0]}${s}`, 2);
      group.kids.push(sub);
      const codes = ['201', '202', '206', '301', '307'];
      for (let i = int(rnd, 1, 2); i > 0; i--) {
        const leaf = node(codes.splice(int(rnd, 0, codes.length - 1), 1)[0] as string, 3);
        sub.kids.push(leaf);
        leaf.lines.push(...makeLines(rnd, unitWon, revision));
        leaf.detail = rnd() < 0.3;
      }
    }
  }
  settle(rnd, root, revision, unitWon);
  return root;
}

/** Figures bottom up: a 목 from its lines, a parent from its children (plus what a revision leaves out). */
function settle(rnd: Rnd, s: Subject, revision: boolean, unitWon: number): void {
  if (s.lines.length) {
    const sum = s.lines.reduce((t, l) => t + l.value, 0);
    const lines = unitWon === 1 ? Math.sign(sum) * Math.floor(Math.abs(sum) / 1000 + 0.5) : sum;
    if (revision) {
      s.change = lines;
      s.before = int(rnd, 1000, 900000) + Math.max(0, -lines);
      s.after = s.before + s.change;
    } else {
      s.after = lines;
      s.before = int(rnd, 1000, 900000);
      s.change = s.after - s.before;
    }
    return;
  }
  for (const k of s.kids) settle(rnd, k, revision, unitWon);
  s.omits = revision && rnd() < 0.4;
  const left = s.omits ? int(rnd, 1, 50000) : 0;
  s.after = s.kids.reduce((t, k) => t + k.after, left);
  s.before = s.kids.reduce((t, k) => t + k.before, left);
  s.change = s.after - s.before;
}
