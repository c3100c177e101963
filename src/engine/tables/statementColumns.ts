/**
 * The columns of a budget statement (statement.ts finds them, statementTree.ts reads by
 * them), and the words budget statements of every layout share: the headers of the
 * amount columns and the page furniture the print layout repeats inside the data.
 */
import { isDateCell } from '../dates';
import type { Grid } from '../grid';
import { UNIT_NOTE } from './columns/header';

/** 예산액 (this year's, or the revised): header words, normalised (no spaces). */
export const BUDGET_HEADER = /예산액|요구액|편성액|확정액|^예산$/;
/** 전년도 / 기정 (the former amount of a revision) / 당초. */
export const BEFORE_HEADER = /전년|기정|前年|당초/;
/** 비교증감; `증 △ 감` is normalised without its △ first (`headerWord`). */
export const CHANGE_HEADER = /증감/;

/** Header text as the patterns above read it: no spaces, dots, `·` or `△`. */
export function headerWord(text: string): string {
  return text.replace(/[\s·ㆍ.\u00a0△▲]/g, '');
}

const PAGE_FOOTER = /^[-–—]\s*\d+\s*[-–—]$|^\d+\s*\/\s*\d+$/;

/** A page number (`- 12 -`, `3 / 40`) or a unit note (`(단위 : 천원)`): print furniture, never data. */
export function isPrintFurniture(text: string): boolean {
  // Asked of a cell of every row: the patterns run only on text that can match them, a
  // footer opening with a dash or a digit, a unit note holding its word.
  const first = text.charCodeAt(0);
  const footer = (first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2013 || first === 0x2014;
  return (footer && PAGE_FOOTER.test(text)) || (text.includes('단위') && UNIT_NOTE.test(text));
}

/** A cell of print furniture: its text is, or it shows a date (a printed page's footer dates it beside its number). */
export function isPrintFurnitureCell(grid: Grid, row: number, col: number): boolean {
  return isPrintFurniture(grid.text(row, col)) || isDateCell(grid, row, col);
}
export interface StatementColumns {
  readonly headerRow: number;
  /** Hierarchy columns, outermost first; the last one holds the marked items (산출내역). */
  readonly tree: readonly number[];
  /** 산출기초: the calculation text of an item, when the layout has its own column. */
  readonly basis: number | null;
  readonly budget: number;
  readonly before: number | null;
  readonly change: number | null;
  /** The normalised header text of the budget column, to know the header when a page repeats it. */
  readonly budgetHeader: string;
}
