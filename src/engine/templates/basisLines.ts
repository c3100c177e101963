/**
 * The lines of a 산출근거 table in the text layout, with their levels and
 * nesting, read the way tables/basis.ts reads them (first text is the line, the
 * last figure is its amount; a category column, often merged down), so that a
 * template sees the same parents and children the checks do.
 */
import type { Grid } from '../grid';
import { parseBasisLine } from '../basis/line';
import { matchBasisHeader, readRow, type BasisColumns } from '../tables/basis';

export interface TextLine {
  readonly row: number;
  readonly textCol: number;
  readonly amountCol: number | null;
  /** 0 for a `□` heading, else the marker's level (a line without a marker is level 1). */
  readonly level: number;
  readonly kind: 'item' | 'note' | 'heading' | 'category';
  readonly funding: boolean;
  readonly category: string;
  /** Index of the parent line in `lines`, or -1. */
  parent: number;
}

export interface TextLayout {
  readonly cols: BasisColumns;
  readonly lines: readonly TextLine[];
  /** The column most lines write their amount in (null: amounts sit inside the line). */
  readonly amountCol: number | null;
  /** A column showing `=` between line and amount, when the lines have one. */
  readonly eqCol: number | null;
  readonly textCol: number;
}

export function readTextLayout(grid: Grid, headerRow: number, bottom: number): TextLayout | null {
  const cols = matchBasisHeader(grid, headerRow);
  if (!cols) return null;
  const lines: TextLine[] = [];
  let category = '';
  for (let r = cols.headerRow + 1; r <= bottom; r++) {
    if (grid.isBlankRow(r)) continue;
    const row = readRow(grid, r, cols);
    if (!row) continue;
    if (row.category) category = row.category;
    if (!row.text) {
      if (row.amountCol !== null) lines.push({ row: r, textCol: cols.text, amountCol: row.amountCol, level: 0, kind: 'category', funding: false, category, parent: -1 });
      continue;
    }
    const line = parseBasisLine(row.text);
    const level = line.kind === 'heading' ? 0 : (line.level ?? 1);
    lines.push({ row: r, textCol: row.textCol, amountCol: row.amountCol, level, kind: line.kind, funding: line.funding !== null, category, parent: -1 });
  }
  nest(lines);
  return { cols, lines, amountCol: mostCommon(lines.map((l) => l.amountCol)), eqCol: equalsColumn(grid, lines), textCol: mostCommon(lines.map((l) => l.textCol)) ?? cols.text };
}



/** Parents by level within a category, as the checks nest them; funding lines and notes are nobody's children. */
function nest(lines: TextLine[]): void {
  let stack: number[] = [];
  let category: string | null = null;
  lines.forEach((line, i) => {
    if (line.category !== category) {
      stack = [];
      category = line.category;
    }
    if (line.kind === 'note' || line.kind === 'category') return;
    while (stack.length && (lines[stack[stack.length - 1] as number] as TextLine).level >= line.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent !== undefined && !line.funding) line.parent = parent;
    if (!line.funding) stack.push(i);
  });
}

/** Indices of a line's direct children (funding lines excluded). */
export function childrenOf(lines: readonly TextLine[], index: number): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.parent === index) out.push(i);
  });
  return out;
}

/** The last line that descends from `index` (or the line itself); notes inside the block stay with it. */
export function subtreeEnd(lines: readonly TextLine[], index: number): number {
  let end = index;
  for (let i = index + 1; i < lines.length; i++) {
    const l = lines[i] as TextLine;
    if (l.category !== (lines[index] as TextLine).category) break;
    if (l.kind === 'note' || l.funding || descendsFrom(lines, i, index)) end = i;
    else break;
  }
  return end;
}

function descendsFrom(lines: readonly TextLine[], i: number, ancestor: number): boolean {
  for (let p = (lines[i] as TextLine).parent; p >= 0; p = (lines[p] as TextLine).parent) if (p === ancestor) return true;
  return false;
}

function mostCommon(values: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

function equalsColumn(grid: Grid, lines: readonly TextLine[]): number | null {
  const cols: (number | null)[] = lines.map((l) => {
    if (l.amountCol === null) return null;
    for (let c = l.textCol + 1; c < l.amountCol; c++) {
      const t = grid.text(l.row, c);
      if (t === '=' || t === '＝') return c;
    }
    return null;
  });
  return mostCommon(cols);
}
