/**
 * A calculation-basis line in any split over a row's cells (DESIGN §1.1):
 *
 *   label 식 = 금액                 one cell
 *   label 식 | 금액                 the amount in its own cell
 *   label | 식 | 금액               the label filled, the formula in the next cell
 *   label | 식 | = | 금액           and `=` in a cell of its own
 *   label\n식 | = | 금액            the formula on the second line of the label's cell
 *   ○ a … = 1\n○ b … = 2           several lines in one cell
 *
 * Text after the amount (a 비고) is not part of the line; figures before an `=` cell
 * are operands written in cells, not the amount.
 */
import type { Grid } from '../grid';
import { parseFigure, type ParsedFigure } from '../number';
import { parseBasisLine, type BasisLine } from '../basis/line';
import { lineStyle, type LineStyle } from '../basis/levels';
import { looksNumeric } from './context';

export interface BasisRowCells {
  /** Text cells before the amount, left to right, as written (indentation kept). */
  readonly texts: readonly { readonly col: number; readonly raw: string }[];
  readonly amountCol: number | null;
}

/** The cells of a basis line in columns `[from, to)`, skipping `skip` (a category column). */
export function basisRowCells(grid: Grid, r: number, from: number, to: number, skip: number | null = null): BasisRowCells {
  const texts: { col: number; raw: string }[] = [];
  let amountCol: number | null = null;
  let afterEquals = false;
  // Only as far as the row is stored (grid.ts): a far cell must not make every row 16,384 wide.
  for (let c = from, end = Math.min(to, grid.rowEnd(r)); c < end; c++) {
    if (c === skip) continue;
    const t = grid.text(r, c);
    if (!t) continue;
    if (t === '=' || t === '＝') {
      afterEquals = true;
      amountCol = null;
      continue;
    }
    // After `=`, text that looks like a figure but is none (absurd, damaged) is the amount too: read, it is reported.
    if (isAmountCell(grid, r, c, t) || (afterEquals && looksNumeric(t))) {
      amountCol = c;
      if (afterEquals) break;
      continue;
    }
    if (amountCol !== null) {
      // Words after the amount are a remark beside it; a figure before any words was a row number.
      if (texts.length || afterEquals) break;
      amountCol = null;
    }
    texts.push({ col: c, raw: grid.shown(r, c) });
  }
  return { texts, amountCol };
}

function isAmountCell(grid: Grid, r: number, c: number, text: string): boolean {
  const v = grid.value(r, c);
  return typeof v === 'number' || (typeof v === 'object' && v !== null) || parseFigure(text) !== null;
}

/** One line read from a row: its text, where it stands, and its amount. */
export interface BasisEntry {
  readonly row: number;
  /** The cell holding the formula (or the whole line): where an unreadable line is reported. */
  readonly textCol: number;
  /** The line's text as parsed: the label's cell and the formula's cell joined. */
  readonly text: string;
  readonly line: BasisLine;
  readonly style: LineStyle | null;
  /** A cell of its own holding the amount, or null (the amount is in the text, or absent). */
  readonly amountCol: number | null;
  /** The amount, when the amount cell holds one line per line of a cell of several lines. */
  readonly amount: ParsedFigure | null;
}

/** The lines of one row: one, or one per line of a cell that holds several. */
export function basisEntries(grid: Grid, r: number, cells: BasisRowCells): BasisEntry[] {
  const { texts, amountCol } = cells;
  if (texts.length === 0) return [];
  const last = texts[texts.length - 1] as { col: number; raw: string };
  // Nearly every row: one cell of one line, read without the lists below.
  if (texts.length === 1 && !last.raw.includes('\n')) return [entry(r, last.col, last.raw, last.raw, amountCol, null)];
  const head = texts.slice(0, -1).map((t) => t.raw.trim());
  const parts = logicalLines(last.raw);
  const amounts = parts.length > 1 && amountCol !== null ? amountLines(grid.shown(r, amountCol), parts.length) : null;
  // The label cells go with the first line; its style is that of the leftmost cell.
  return parts.map((part, i) => {
    const text = i === 0 && head.length ? `${head.join(' ')} ${part.trim()}` : part;
    const styleFrom = i === 0 ? (texts[0] as { raw: string }).raw : part;
    const ownAmount = amounts ? (amounts[i] ?? null) : null;
    return entry(r, last.col, text, styleFrom, amounts ? (ownAmount ? amountCol : null) : i === 0 ? amountCol : null, ownAmount);
  });
}

/** One line of a row: its text read as a basis line, its style from `styleFrom` (the leftmost cell's text for a row's first line). */
function entry(row: number, textCol: number, text: string, styleFrom: string, amountCol: number | null, amount: ParsedFigure | null): BasisEntry {
  return { row, textCol, text, line: parseBasisLine(text.trim()), style: lineStyle(styleFrom), amountCol, amount };
}

/**
 * A cell's text as lines: a new line starts where a marker or a number opens it, or after
 * a line that already holds its amount; any other line goes on the one before it (a label,
 * then its formula).
 */
export function logicalLines(raw: string): string[] {
  if (!raw.includes('\n')) return [raw]; // nearly every cell: one line
  const physical = raw.split(/\r?\n/).filter((l) => l.trim() !== '');
  const out: string[] = [];
  for (const l of physical) {
    const prev = out[out.length - 1];
    const style = lineStyle(l);
    const opens = style !== null && !style.startsWith('indent:');
    if (prev === undefined || opens || parseBasisLine(prev.trim()).amount !== null) out.push(l);
    else out[out.length - 1] = `${prev}\n${l}`;
  }
  return out.length ? out : [raw];
}

/** The amount cell's lines as figures, when it holds exactly one per line. */
function amountLines(text: string, count: number): (ParsedFigure | null)[] | null {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length !== count) return null;
  const figures = lines.map((l) => parseFigure(l.trim()));
  return figures.every((f) => f !== null) ? figures : null;
}
