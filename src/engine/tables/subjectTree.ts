/**
 * The 과목 rows and basis lines of a 과목 table as a tree. 과목 nest by their level column,
 * then by the shape of their code inside one column: four digits above three above two,
 * and fewer significant digits outer (장 3000 › 관 3100 › 항 3120 › 세항 3121; 100 경상예산
 * › 120 경상적경비 › 201 일반운영비; 200 세외수입 › 210 › 214 › 214-09), a code the heading
 * lines name as the account (`(특별 331)…`) outermost. Lines hang under the 과목 above them
 * and nest among themselves by their styles (basis/levels.ts).
 */
import { LineRanks } from '../basis/levels';
import type { BasisEntry } from './basisCells';
import type { Figure, ProductDerivation } from '../checks/ledger';
import type { SubjectEntry, Entry } from './subjectRows';

export interface SubjectNode {
  readonly kind: 'subject';
  readonly entry: SubjectEntry;
  readonly level: number;
  readonly subjects: SubjectNode[];
  readonly lines: LineNode[];
}

export interface LineNode {
  readonly kind: 'line';
  readonly entry: BasisEntry;
  readonly level: number;
  readonly children: LineNode[];
  /** Filled when the derivations are built. */
  amount: Figure | null;
  product: ProductDerivation | null;
}

export interface SubjectForest {
  readonly roots: readonly SubjectNode[];
  /** Lines above the first 과목: checked on their own. */
  readonly loose: readonly LineNode[];
}

/** Level of a line: below every 과목, whatever its column. */
const LINE_BASE = 100_000;

export function subjectForest(entries: readonly Entry[], accounts: ReadonlySet<string>): SubjectForest {
  let ranks = blockRanks(entries, 0);
  const roots: SubjectNode[] = [];
  const loose: LineNode[] = [];
  const stack: (SubjectNode | LineNode)[] = [];
  let above: number | null = null;
  entries.forEach((e, i) => {
    if (e.kind === 'subject') {
      const node: SubjectNode = { kind: 'subject', entry: e, level: e.depth * 100 + codeRank(e.code, accounts), subjects: [], lines: [] };
      while (stack.length && (stack[stack.length - 1] as SubjectNode | LineNode).level >= node.level) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent?.kind === 'subject') parent.subjects.push(node);
      else roots.push(node);
      stack.push(node);
      above = null;
      ranks = blockRanks(entries, i + 1);
      return;
    }
    if (e.entry.line.kind === 'note') return;
    const { style } = e.entry;
    const level: number = LINE_BASE + ranks.rank(style, above);
    if (style !== null && !style.startsWith('indent:')) above = level - LINE_BASE;
    const node: LineNode = { kind: 'line', entry: e.entry, level, children: [], amount: null, product: null };
    while (stack.length && (stack[stack.length - 1] as SubjectNode | LineNode).kind === 'line' && (stack[stack.length - 1] as LineNode).level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent) loose.push(node);
    else if (parent.kind === 'line') parent.children.push(node);
    else parent.lines.push(node);
    stack.push(node);
  });
  return { roots, loose };
}

/** The ranks of the lines from `from` to the next 과목: each 과목's lines are a block of their own. */
function blockRanks(entries: readonly Entry[], from: number): LineRanks {
  const styles: (string | null)[] = [];
  for (let i = from; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.kind === 'subject') break;
    styles.push(e.entry.style);
  }
  return new LineRanks(styles);
}

/** Outer is lower: an account, then codes by length (4 › 3 › hyphenated › 2) and significant digits. */
export function codeRank(code: string | null, accounts: ReadonlySet<string>): number {
  if (code === null) return 50;
  if (accounts.has(code)) return 0;
  if (code.includes('-')) return 35;
  const significant = Math.max(1, code.replace(/0+$/, '').length);
  if (code.length >= 4) return 10 + Math.min(significant, 9);
  if (code.length === 3) return 20 + significant;
  return 40;
}

/** Codes the heading lines above a table name as its account: `(특별 331)…`, `일반회계(100)`. */
export function accountCodes(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const m = /(?:특별|일반|기금|회계)\s*[:：]?\s*[(（]?\s*(\d{2,4})/.exec(t);
    if (m?.[1]) out.add(m[1]);
  }
  return out;
}
