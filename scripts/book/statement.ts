/**
 * A consistent budget statement (세출예산 사업명세서) in the e-호조 print layout:
 *
 *   부서 | 정책 | 단위 | 세부사업 | 편성목 | 산출내역 | 산출기초 | 예산액 | 전년도 | 비교증감
 *
 * departments → policies → units → 세부사업 (with funding rows 국/도/시/군/기금) →
 * 편성목 → 통계목 → items (`◎` groups, `○` lines, `-` detail lines, each line with a
 * 산출기초 formula). Pages of about 45 rows end in a footer and start again with the
 * title, page headers, unit note and column header, wherever the break falls.
 */
import type { TextCell, TextSheet } from '../sheet-text';
import { numberCell, textCell, type BookFigure } from './model';
import { makeFormula, type Random, type Rounding } from './random';

const HEADER = ['부서', '정책', '단위', '세부사업', '편성목', '산출내역', '산출기초', '예산액', '전년도', '비교증감'];
const [BUDGET, BEFORE, CHANGE, BASIS, ITEMS] = [7, 8, 9, 6, 5];
const PAGE_ROWS = 45;
const TITLE = '2021년도 세출예산 사업명세서';

const DEPARTMENTS = ['기획예산담당관', '자치행정과', '복지정책과', '도시계획과', '환경보전과', '문화관광과', '건설과', '농업정책과', '보건소', '교통행정과'];
const POLICIES = ['재정 건전성 강화', '주민 복지 증진', '지역경제 활성화', '안전한 도시 조성', '행정 역량 강화'];
const UNITS = ['예산 편성 운영', '복지서비스 지원', '일자리 창출', '시설물 관리', '교육 및 홍보'];
const PROJECTS = ['예산편성 지원', '재정 공시', '경로당 운영 지원', '청년 일자리 사업', '하천 정비', '주민자치 활성화', '방역 소독'];
const OBJECTS = ['201 일반운영비', '202 여비', '203 업무추진비', '301 일반보전금', '307 민간이전', '401 시설비', '405 자산취득비'];
const STATS = ['사무관리비', '공공운영비', '행사운영비', '임차료', '유지관리비'];
const ITEMS_LABELS = ['예산서 인쇄', '복사용지', '사무용품 구입', '복합기 임차료', '전기요금', '출장여비', '설명회 개최', '홍보물 제작', '교육 운영', '위원회 수당'];
const FUNDING_SETS = [['국', '도', '시'], ['국', '시'], ['시'], ['도', '군'], ['국', '기금', '시']];

interface Node {
  readonly col: number;
  readonly label: string;
  readonly basis: string;
  after: number;
  /** Prior-year amount; null where the level has none (items), 'new' for an item new this year. */
  before: number | null | 'new';
  readonly exactWhole: boolean;
  readonly children: Node[];
  readonly funding: Node[];
  zone: number;
}

/**
 * `projects` 세부사업 of about 100 rows each. Every figure is pinned: sums, changes and
 * 산출기초 lines are derived, and the inputs (a 통계목's 전년도, a funding share) feed
 * two identities each, which point at them.
 */
export function statementBook(rnd: Random, projects: number): { sheets: TextSheet[]; figures: BookFigure[] } {
  const mode = rnd.pick<Rounding>(['down', 'half-up', 'up']);
  const departments: Node[] = [];
  let left = projects;
  let zone = 1;
  while (left > 0) {
    const dept = node(0, pickName(rnd, DEPARTMENTS, departments.length));
    for (let p = rnd.int(1, 4); p > 0 && left > 0; p--) {
      const policy = node(1, rnd.pick(POLICIES));
      for (let u = rnd.int(1, 3); u > 0 && left > 0; u--) {
        const unit = node(2, rnd.pick(UNITS));
        for (let k = rnd.int(2, 8); k > 0 && left > 0; k--, left--) unit.children.push(project(rnd, mode, zone++));
        policy.children.push(unit);
      }
      dept.children.push(policy);
    }
    departments.push(dept);
  }
  for (const d of departments) total(d, -1 - departments.indexOf(d));
  const writer = new PageWriter(rnd);
  for (const d of departments) writer.emit(d);
  return { sheets: [{ name: '세출예산', rows: writer.rows, merges: [] }], figures: writer.figures };
}

function node(col: number, label: string, basis = '', exactWhole = true): Node {
  return { col, label, basis, after: 0, before: null, exactWhole, children: [], funding: [], zone: 0 };
}

function pickName(rnd: Random, names: readonly string[], index: number): string {
  const name = names[index % names.length] as string;
  return index < names.length ? name : `${name}${Math.floor(index / names.length) + 1}`;
}

function project(rnd: Random, mode: Rounding, zone: number): Node {
  const p = node(3, rnd.pick(PROJECTS));
  const objects = rnd.shuffle(OBJECTS).slice(0, rnd.int(2, 5)).sort();
  for (const name of objects) {
    const object = node(4, name);
    const stats = rnd.int(1, 3);
    for (let s = 0; s < stats; s++) object.children.push(stat(rnd, mode, s));
    p.children.push(object);
  }
  p.zone = zone;
  total(p, zone);
  const sources = rnd.pick(FUNDING_SETS);
  const afterShares = split(rnd, p.after, sources.length);
  const beforeShares = split(rnd, typeof p.before === 'number' ? p.before : 0, sources.length);
  sources.forEach((source, i) => {
    const share = node(4, source);
    share.after = afterShares[i] as number;
    share.before = beforeShares[i] as number;
    share.zone = zone;
    p.funding.push(share);
  });
  return p;
}

/**
 * A 통계목 with its items; its prior-year amount is an input (or `-` for a new item).
 * Items are either `○` entries, or `◎` groups of them (a `○` after a `◎` belongs to it).
 */
function stat(rnd: Random, mode: Rounding, index: number): Node {
  const s = node(ITEMS, `${String(index + 1).padStart(2, '0')} ${rnd.pick(STATS)}`);
  if (rnd.next() < 0.4) {
    for (let i = rnd.int(2, 6); i > 0; i--) s.children.push(entry(rnd, mode));
  } else {
    for (let g = rnd.int(1, 3); g > 0; g--) {
      const group = node(ITEMS, `◎ ${rnd.pick(ITEMS_LABELS)}`);
      for (let i = rnd.int(1, 4); i > 0; i--) group.children.push(entry(rnd, mode));
      s.children.push(group);
    }
  }
  for (const c of s.children) total(c, 0);
  s.after = s.children.reduce((n, c) => n + c.after, 0);
  s.before = rnd.next() < 0.1 ? 'new' : Math.max(0, Math.round(s.after * (0.7 + 0.6 * rnd.next())));
  return s;
}

/** A `○` line with its formula, or a `○` heading over `-` detail lines. */
function entry(rnd: Random, mode: Rounding): Node {
  if (rnd.next() < 0.65) return line(rnd, mode, '○');
  const parent = node(ITEMS, `○ ${rnd.pick(ITEMS_LABELS)}`);
  for (let k = rnd.int(2, 4); k > 0; k--) parent.children.push(line(rnd, mode, '-'));
  return parent;
}

function line(rnd: Random, mode: Rounding, marker: string): Node {
  const f = makeFormula(rnd, mode);
  const n = node(ITEMS, `${marker} ${rnd.pick(ITEMS_LABELS)}`, f.text, f.whole);
  n.after = f.stated;
  return n;
}

/** Sums the children bottom-up (a line keeps its own amount) and spreads the zone. */
function total(n: Node, zone: number): void {
  if (n.zone === 0) n.zone = zone;
  if (n.children.length === 0) return;
  for (const c of n.children) total(c, n.zone);
  n.after = n.children.reduce((s, c) => s + c.after, 0);
  if (n.children.some((c) => c.before !== null)) {
    n.before = n.children.reduce((s, c) => s + (typeof c.before === 'number' ? c.before : 0), 0);
  }
}

function split(rnd: Random, value: number, parts: number): number[] {
  const out: number[] = [];
  let left = value;
  for (let i = 1; i < parts; i++) {
    const s = Math.floor(left * (0.2 + rnd.next() * 0.5));
    out.push(s);
    left -= s;
  }
  out.push(left);
  return out;
}

/** Writes the tree in document order, breaking pages every PAGE_ROWS rows. */
class PageWriter {
  readonly rows: (TextCell | null)[][] = [];
  readonly figures: BookFigure[] = [];
  private onPage = 0;
  private page = 1;
  private path: string[] = [];

  constructor(private readonly rnd: Random) {
    this.top(false);
  }

  emit(n: Node): void {
    if (n.col <= 3) this.path = [...this.path.slice(0, n.col), n.label];
    this.row(n);
    for (const share of n.funding) this.row(share);
    for (const c of n.children) this.emit(c);
  }

  private row(n: Node): void {
    if (this.onPage >= PAGE_ROWS) this.breakPage();
    const r = this.rows.length;
    const cells: (TextCell | null)[] = Array.from({ length: HEADER.length }, () => null);
    cells[n.col] = textCell(n.label);
    if (n.basis) cells[BASIS] = textCell(n.basis);
    this.put(cells, r, BUDGET, n.after, n.zone, n.exactWhole ? 1 : 2);
    if (n.before === 'new') {
      cells[BEFORE] = textCell('-');
      this.put(cells, r, CHANGE, n.after, n.zone, 1);
    } else if (n.before !== null) {
      this.put(cells, r, BEFORE, n.before, n.zone, 1);
      this.put(cells, r, CHANGE, n.after - n.before, n.zone, 1);
    }
    this.rows.push(cells);
    this.onPage++;
  }

  private put(cells: (TextCell | null)[], row: number, col: number, value: number, zone: number, minDelta: number): void {
    cells[col] = numberCell(value);
    this.figures.push({ sheet: 0, row, col, value, pinned: true, minDelta, zone });
  }

  private breakPage(): void {
    const footer: (TextCell | null)[] = Array.from({ length: ITEMS + 1 }, () => null);
    footer[ITEMS] = textCell(`- ${this.page++} -`);
    this.rows.push(footer, []);
    this.top(true);
  }

  private top(repeat: boolean): void {
    this.rows.push([textCell(TITLE)]);
    if (repeat && this.path.length) {
      const [dept, policy, unit] = this.path;
      this.rows.push([textCell(`부서: ${dept ?? ''}`), null, textCell(`정책: ${policy ?? ''}`)]);
      if (unit && this.rnd.next() < 0.8) this.rows.push([textCell(`단위: ${unit}`)]);
    }
    const note: (TextCell | null)[] = Array.from({ length: HEADER.length }, () => null);
    note[CHANGE] = textCell('(단위:천원)');
    this.rows.push(note, HEADER.map(textCell));
    this.onPage = 0;
  }
}
