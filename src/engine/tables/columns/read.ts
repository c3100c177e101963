/**
 * Reads a table by its column headers (DESIGN §1.1): the header block, the data rows
 * below it to the first blank row, the blocks side by side (`수입의 부 | 지출의 부`, each
 * with its own label columns), and for each block its columns and its tree of rows.
 */
import type { Grid } from '../../grid';
import { noteIn, type TableContext } from '../context';
import type { MoneyUnit } from '../../number';
import { readHeader, holdsFigures, isDash, isFigureCell, type HeaderBlock } from './header';
import { columnInfo, type ColumnInfo } from './columnInfo';
import { rowTree, type RowInput, type TableRow } from './rows';

const ROW_NUMBER = /^(연번|순번|번호|순위|No\.?|NO\.?|#)$/;

export interface Block {
  readonly labelCols: readonly number[];
  readonly columns: readonly ColumnInfo[];
  readonly roots: readonly TableRow[];
  /** The header over all its columns (`모금`, `지출`), when it has one. */
  readonly name: string | null;
}

export interface ColumnsTable {
  readonly header: HeaderBlock;
  /** The table's unit: a note inside its header block, else the one above it. */
  readonly unit: MoneyUnit;
  readonly blocks: readonly Block[];
  readonly lastRow: number;
}

/** The table under a header (`readHeader`'s, which the kinds match by), or null. */
export function readColumnsTable(given: TableContext, header: HeaderBlock): ColumnsTable | null {
  const { grid } = given;
  let unit = given.unit;
  for (let r = header.top; r <= header.bottom; r++) unit = noteIn(grid, r) ?? unit;
  const dataRows = bodyRows(grid, header.firstData);
  if (dataRows.length < 2) return null;
  const numeric = new Set<number>();
  const texty = new Set<number>();
  for (const r of dataRows) {
    for (const c of grid.filledColumns(r)) {
      if (isFigureCell(grid, r, c)) numeric.add(c);
      else texty.add(c);
    }
  }
  const blocks: Block[] = [];
  let labelCols: number[] = [];
  let columns: ColumnInfo[] = [];
  const close = () => {
    if (columns.length) blocks.push(makeBlock(grid, dataRows, labelCols, columns));
    labelCols = [];
    columns = [];
  };
  for (let c = grid.left; c < grid.right; c++) {
    const head = header.columns.get(c);
    // Row numbers (연번) label their rows; they add up to nothing.
    const rowNumbers = head !== undefined && ROW_NUMBER.test(head.own.replace(/\s+/g, ''));
    const isNumeric = numeric.has(c) && !rowNumbers && (head !== undefined || columns.length > 0) && !mostlyText(grid, dataRows, c);
    // A column with a header and nothing below it yet (a 증감 to be filled) is a column of figures.
    const empty = head !== undefined && !numeric.has(c) && !texty.has(c) && columns.length > 0 && !rowNumbers;
    if (isNumeric || empty) {
      columns.push(columnInfo(head ?? { col: c, own: '', group: '', span: null }));
    } else if (texty.has(c) || (head && !numeric.has(c))) {
      // A label column after figures starts the next block side by side.
      if (columns.length) close();
      labelCols.push(c);
    }
  }
  close();
  if (!blocks.length) return null;
  return { header, unit, blocks, lastRow: dataRows[dataRows.length - 1] as number };
}

function makeBlock(grid: Grid, dataRows: readonly number[], labelCols: readonly number[], columns: readonly ColumnInfo[]): Block {
  const inputs: RowInput[] = [];
  for (const r of dataRows) {
    // A lone dash in a label column stands for no label, not for a marker.
    const labels = labelCols.map((c) => {
      const text = grid.shown(r, c).replace(/\r?\n/g, ' ');
      return isDash(text) ? '' : text;
    });
    // Dashes alone (`- | -` beside another block's row) say there is nothing on this row.
    const hasFigures = columns.some((ci) => isFigureCell(grid, r, ci.col) && !isDash(grid.text(r, ci.col)));
    if (!hasFigures && labels.every((t) => t.trim() === '')) continue;
    inputs.push({ row: r, labels, hasFigures });
  }
  const name = blockName(columns);
  return { labelCols, columns, roots: rowTree(inputs, name), name };
}

/** The header over all of a block's columns (`모금 | 지출` side by side), or its one column's. */
function blockName(columns: readonly ColumnInfo[]): string | null {
  const groups = new Set(columns.map((c) => c.header.group.replace(/\s+/g, '')));
  const [group] = groups;
  if (groups.size === 1 && group) return group;
  const own = columns.length === 1 ? (columns[0] as ColumnInfo).header.own.replace(/\s+/g, '').replace(/\([^)]*\)/g, '') : '';
  return own || null;
}

/** A column whose cells are mostly words (a 비고, a label column between figures). */
function mostlyText(grid: Grid, rows: readonly number[], col: number): boolean {
  let figures = 0;
  let words = 0;
  for (const r of rows) {
    if (grid.text(r, col) === '') continue;
    if (isFigureCell(grid, r, col)) figures++;
    else words++;
  }
  return words > figures;
}

/**
 * The table's rows: from the first row of figures to the first blank row, a heading
 * (`□`), a note (`※`, `주)`) or a row that starts another header.
 */
function bodyRows(grid: Grid, first: number): number[] {
  const out: number[] = [];
  // A row without figures is a group's heading unless it writes over the columns of figures.
  const figureCols = grid.filledColumns(first).filter((c) => isFigureCell(grid, first, c));
  const overFigures = (r: number) => figureCols.some((c) => grid.text(r, c) !== '');
  for (let r = first; r < grid.bottom; r++) {
    // One blank row inside a table (a printed gap) when figures go on right after it.
    if (grid.isBlankRow(r)) {
      if (r + 1 < grid.bottom && !grid.isBlankRow(r + 1) && holdsFigures(grid, r + 1) && out.length) continue;
      break;
    }
    const lead = grid.text(r, grid.firstFilled(r));
    // A note ends the table; a □ heading too, unless it carries figures of the table's own.
    if (/^(※|\*|주\)|주:|주\s*[0-9]|출처)/.test(lead) || (lead.startsWith('□') && !holdsFigures(grid, r))) break;
    if (!holdsFigures(grid, r) && overFigures(r) && readHeader(grid, r)) break;
    out.push(r);
  }
  return out;
}
