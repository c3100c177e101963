/**
 * The rows of a table read by its columns, as a tree: totals by name (`합계`, `총계`,
 * `계`, `소계` in any label column, a first row named `총…` or left unnamed), levels by
 * label column (`관 | 항 | 목`), then as basis lines nest (basis/levels.ts): by marker,
 * numbering and indentation, plain rows under a numbered or marked row being its members. A parent's amount is the sum of
 * its children's, a total's the sum of the rows it closes (DESIGN §1.1).
 */
import type { Grid } from '../../grid';
import { LineRanks, lineStyle } from '../../basis/levels';

export interface TableRow {
  readonly row: number;
  readonly label: string;
  /** `total`: sums the top rows of the table; `subtotal`: closes (or opens) a group. */
  readonly total: 'total' | 'subtotal' | null;
  /** Lower is outer. */
  readonly level: number;
  readonly children: TableRow[];
}

const TOTAL = /^(합계|총계|계|총괄|합|총합계|총액|전체)$/;
const SUBTOTAL = /^(소계|누계)$/;

export interface RowInput {
  readonly row: number;
  /** The texts of the block's label columns, as the cells hold them (indentation kept). */
  readonly labels: readonly string[];
  readonly hasFigures: boolean;
}

/** The tree of a block's rows: its roots (a total row first among them when there is one). */
export function rowTree(inputs: readonly RowInput[]): TableRow[] {
  const ranks = new LineRanks(inputs.map((input) => lineStyle(input.labels[Math.max(innermost(input.labels), 0)] ?? '')));
  const out: TableRow[] = [];
  const stack: { node: TableRow; level: number }[] = [];
  let lastStyled = new Map<number, number>(); // depth → rank of the last marked or numbered row
  inputs.forEach((input, index) => {
    const depth = Math.max(innermost(input.labels), 0);
    const raw = input.labels[depth] ?? '';
    const label = raw.trim();
    const name = bareName(label);
    // A total named in an inner label column beside its group's name (`투자자산수입 | 계`) is the group's.
    const inGroup = input.labels.slice(0, depth).some((t) => t.trim() !== '');
    let total: TableRow['total'] = TOTAL.test(name) && !inGroup ? 'total' : SUBTOTAL.test(name) || TOTAL.test(name) || /.[^합총]계$/.test(name) ? 'subtotal' : null;
    // A first row left unnamed, or named 총…, over rows that follow: the table's total.
    if (!total && index === 0 && input.hasFigures && ((label === '' && input.labels.length > 0) || /^총/.test(name))) total = 'total';
    if (total === 'total') {
      out.push({ row: input.row, label, total, level: -Infinity, children: [] });
      stack.length = 0;
      lastStyled = new Map();
      return;
    }
    const style = lineStyle(raw);
    // Plain and indented rows are members of the marked or numbered row above them at this depth.
    const rank = ranks.rank(style, lastStyled.get(depth) ?? null);
    if (style !== null && !style.startsWith('indent:')) lastStyled.set(depth, rank);
    const level = depth * 1000 + rank;
    const node: TableRow = { row: input.row, label, total, level, children: [] };
    opens.set(node, input.labels.slice(0, depth).some((t) => t.trim() !== ''));
    while (stack.length && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else out.push(node);
    stack.push({ node, level });
  });
  groupSubtotals(out);
  return out;
}

/** Rows that start a group: an outer label column filled on the row itself. */
const opens = new WeakMap<TableRow, boolean>();

/**
 * A `소계` (or `…계`) among siblings takes its members: the rows after it up to the next
 * group when it opens its group (its first row, or first since the last 소계), else the
 * rows before it since the last 소계 or the start of its group.
 */
function groupSubtotals(list: TableRow[]): void {
  for (const n of list) groupSubtotals(n.children);
  for (let i = 0; i < list.length; i++) {
    const sub = list[i] as TableRow;
    if (sub.total !== 'subtotal' || sub.children.length) continue;
    // A group ends at a total, at a row that starts another group, and at a row outside it.
    const inside = (n: TableRow) => !isBoundary(n) && n.level >= sub.level;
    let from = i;
    while (from > 0 && inside(list[from - 1] as TableRow) && !opens.get(list[from] as TableRow)) from--;
    if (from < i) {
      sub.children.push(...list.splice(from, i - from));
      i = from;
      continue;
    }
    let to = i + 1;
    while (to < list.length && inside(list[to] as TableRow) && !opens.get(list[to] as TableRow)) to++;
    sub.children.push(...list.splice(i + 1, to - i - 1));
  }
}

function isBoundary(n: TableRow): boolean {
  return n.total !== null;
}

/** The index of the innermost label column the row fills, or −1. */
function innermost(labels: readonly string[]): number {
  for (let i = labels.length - 1; i >= 0; i--) if ((labels[i] ?? '').trim() !== '') return i;
  return -1;
}

/** A label without its tags and formulas (`합계(A+B+C)`, `계(A)`) and spaces: `합계`. */
export function bareName(label: string): string {
  return label.replace(/\([^)]*\)/g, '').replace(/\s+/g, '');
}

/** Every row of the tree, depth first (parents before children). */
export function allRows(roots: readonly TableRow[]): TableRow[] {
  const out: TableRow[] = [];
  const walk = (n: TableRow) => {
    out.push(n);
    for (const c of n.children) walk(c);
  };
  for (const r of roots) walk(r);
  return out;
}

export type { Grid };
