/**
 * The rows of a table read by its columns, as a tree: totals by name (`합계`, `총계`,
 * `계`, `소계` in any label column, a first row named `총…` or left unnamed), levels by
 * label column (`관 | 항 | 목`), then as basis lines nest (basis/levels.ts): by marker,
 * numbering and indentation, plain rows under a numbered or marked row being its members. A parent's amount is the sum of
 * its children's, a total's the sum of the rows it closes (DESIGN §1.1).
 */
import type { Grid } from '../../grid';
import { LineRanks, lineStyle } from '../../basis/levels';
import { isBalanceName } from './balance';
import { remember } from '../../capped';

export interface TableRow {
  readonly row: number;
  readonly label: string;
  /** `total`: sums the top rows of the table; `subtotal`: closes (or opens) a group. */
  readonly total: 'total' | 'subtotal' | null;
  /** Lower is outer. */
  readonly level: number;
  readonly children: TableRow[];
  /** The row's labels per label column, an outer one carried down from the rows above when blank. */
  readonly path: readonly string[];
}

const TOTAL = /^(합계|총계|계|총괄|합|총합계|총액|전체)$/;
const SUBTOTAL = /^(소계|누계)$/;
/**
 * A group's own total by its name: `자산총계`, `수익적지출계`, `영업외수익 합계`. Not any word
 * ending in 계 (`특별회계`, `설계`, `통계` are not totals).
 */
/** A row's letter tag at the end of its label (`계(A)`, `미지급이월액(C)`), as a total's `(A+B+C)` names rows. */
const ROW_LETTER = /\([A-Z]\)\s*$/;
const GROUP_TOTAL = /.(합계|총계|소계|누계)$|(지출|수입|수익|비용|자산|부채|자본|세입|세출|사업비|예산)계$/;

export interface RowInput {
  readonly row: number;
  /** The texts of the block's label columns, as the cells hold them (indentation kept). */
  readonly labels: readonly string[];
  readonly hasFigures: boolean;
}

/**
 * A row named for its block's whole (`당해연도 모금액` under `모금`, `당기 지출금액` under
 * `지출`): the block's own name followed by a word for an amount or a total.
 */
function blockTotal(blockName: string | null): RegExp | null {
  if (!blockName) return null;
  return remember(blockTotals, blockName, 256, blockTotalPattern);
}

function blockTotalPattern(blockName: string): RegExp {
  const word = blockName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(당해연도|당해|당기|금년도?|본년도?|총)?${word}(액|금액|총액|계|합계|총계)$`);
}

/** Compiled once per name: a book repeats its blocks' names table after table. */
const blockTotals = new Map<string, RegExp>();

/**
 * The tree of a block's rows: its roots (a total row first among them when there is one).
 * `blockName`: the header over all the block's columns (`모금`, `지출`), when it has one.
 */
export function rowTree(given: readonly RowInput[], blockName: string | null = null): TableRow[] {
  const inputs = withoutAttributes(given);
  const ownTotal = blockTotal(blockName);
  let above: string[] = [];
  const carry = (input: RowInput): string[] => {
    const depth = innermost(input.labels);
    above = input.labels.map((t, k) => (t.trim() !== '' || k > depth ? t.trim() : (above[k] ?? '')));
    return above;
  };
  const ranks = new LineRanks(inputs.map((input) => lineStyle(input.labels[Math.max(innermost(input.labels), 0)] ?? '')));
  const out: TableRow[] = [];
  const stack: { node: TableRow; level: number }[] = [];
  let lastStyled = new Map<number, number>(); // depth → rank of the last marked or numbered row
  inputs.forEach((input, index) => {
    const depth = Math.max(innermost(input.labels), 0);
    const raw = input.labels[depth] ?? '';
    const label = raw.trim();
    const name = bareName(label);
    // A total named in an inner label column under a group's name (`투자자산수입 | 계`, `수입 | … | 합계`) is the group's.
    const inGroup = input.labels.slice(0, depth).some((t, k) => t.trim() !== '' || (above[k] ?? '') !== '');
    let total: TableRow['total'] = TOTAL.test(name) && !inGroup ? 'total' : SUBTOTAL.test(name) || TOTAL.test(name) || GROUP_TOTAL.test(name) || ownTotal?.test(name) ? 'subtotal' : null;
    // A first row left unnamed, or named 총…, over rows that follow: the table's total.
    if (!total && index === 0 && input.hasFigures && ((label === '' && input.labels.length > 0) || /^총/.test(name))) total = 'total';
    if (total === 'total') {
      out.push({ row: input.row, label, total, level: -Infinity, children: [], path: carry(input) });
      stack.length = 0;
      lastStyled = new Map();
      return;
    }
    const style = lineStyle(raw);
    // Plain and indented rows are members of the marked or numbered row above them at this depth.
    const rank = ranks.rank(style, lastStyled.get(depth) ?? null);
    if (style !== null && !style.startsWith('indent:')) lastStyled.set(depth, rank);
    // A row with no label at all goes on beside the row above it: it is nobody's parent.
    const level = innermost(input.labels) < 0 && stack.length ? (stack[stack.length - 1] as { level: number }).level : depth * 1000 + rank;
    const node: TableRow = { row: input.row, label, total, level, children: [], path: carry(input) };
    const outer = input.labels.slice(0, depth).findIndex((t) => t.trim() !== '');
    placement.set(node, { depth, opensAt: outer < 0 ? Infinity : outer });
    while (stack.length && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else out.push(node);
    stack.push({ node, level });
  });
  groupSubtotals(out);
  return out;
}

/**
 * Label columns that describe a row rather than nest it (`예입처`, `차입형태`): on most of
 * the rows that fill them, an outer label column is filled too. Their words are left out of
 * the row's level, except a total's name (` | 소 계`), which counts in the outermost column.
 */
function withoutAttributes(inputs: readonly RowInput[]): RowInput[] {
  const width = Math.max(0, ...inputs.map((i) => i.labels.length));
  const attribute: boolean[] = [];
  for (let k = 1; k < width; k++) {
    let filled = 0;
    let besideOuter = 0;
    for (const input of inputs) {
      const text = (input.labels[k] ?? '').trim();
      if (text === '' || isTotalName(text)) continue;
      filled++;
      if (input.labels.slice(0, k).some((t) => t.trim() !== '')) besideOuter++;
    }
    attribute[k] = filled > 0 && besideOuter * 2 > filled;
  }
  if (!attribute.some(Boolean)) return [...inputs];
  return inputs.map((input) => {
    const labels = input.labels.map((t, k) => (attribute[k] ? '' : t));
    const total = input.labels.find((t, k) => attribute[k] && isTotalName(t.trim()));
    if (total !== undefined && labels.every((t) => t.trim() === '')) labels[0] = total.trim();
    return { ...input, labels };
  });
}

function isTotalName(text: string): boolean {
  const name = bareName(text);
  return TOTAL.test(name) || SUBTOTAL.test(name) || GROUP_TOTAL.test(name);
}

/**
 * Where a row sits among the label columns: the column of its own label, and the outermost
 * column it fills besides (where the group it starts begins; Infinity when it starts none).
 */
const placement = new WeakMap<TableRow, { depth: number; opensAt: number }>();

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
    // The group a 소계 closes is the one its outer label column holds: it begins at the row
    // that fills a column outside the 소계's own, and ends at a total or a row outside it.
    const depth = placement.get(sub)?.depth ?? 0;
    const starts = (n: TableRow) => (placement.get(n)?.opensAt ?? Infinity) < depth;
    // Another group's 소계 at this depth ends the group; an inner one (already holding its rows) is a member.
    // A balance carried in or out (`전년도 이월금액`) is beside the year's movements, not one of them.
    // Rows lettered as the 소계 is (`자본적지출계(B)`, `미지급비용(C)`, summed by `합계(A+B+C)`) are its peers.
    const lettered = ROW_LETTER.test(sub.label);
    const inside = (n: TableRow) =>
      n.total !== 'total' &&
      !(n.total === 'subtotal' && (placement.get(n)?.depth ?? 0) <= depth) &&
      n.level >= sub.level &&
      !isBalanceName(bareName(n.label)) &&
      !(lettered && ROW_LETTER.test(n.label));
    let from = i;
    while (from > 0 && inside(list[from - 1] as TableRow) && !starts(list[from] as TableRow)) from--;
    if (from < i) {
      sub.children.push(...list.splice(from, i - from));
      i = from;
      continue;
    }
    let to = i + 1;
    while (to < list.length && inside(list[to] as TableRow) && !starts(list[to] as TableRow)) to++;
    sub.children.push(...list.splice(i + 1, to - i - 1));
  }
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
