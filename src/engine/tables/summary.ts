/**
 * 예산 총괄 (summary), a profile of the tables read by their columns (columns/): a label
 * column, two years and their change (증감 and/or its rate), in one block. Its rows
 * reconcile with the basis (each category's current year) and with the 사업비 (the 계's).
 * The model keeps the shape the row templates read (templates/changeRate.ts).
 */
import { normalizeLabel, type Grid } from '../grid';
import type { Figure } from '../checks/ledger';
import type { TableContext } from './context';
import { defineKind, type NamedFigure, type TableRead } from './kind';
import { readColumnsTable, type Block } from './columns/read';
import { readHeader, type HeaderBlock } from './columns/header';
import { columnInfo, type ColumnInfo } from './columns/columnInfo';
import { blockIdentities, type BlockIdentities } from './columns/identities';

export interface SummaryColumns {
  readonly label: number;
  readonly before: number;
  readonly after: number;
  readonly change: number | null;
  readonly rate: number | null;
  readonly headerRows: number;
}

export interface SummaryRow {
  readonly row: number;
  readonly label: string;
  readonly isTotal: boolean;
  readonly before: Figure | null;
  readonly after: Figure | null;
  readonly change: Figure | null;
  readonly rate: Figure | null;
}

export interface SummaryTable {
  readonly rows: SummaryRow[];
  readonly columns: SummaryColumns;
  readonly lastRow: number;
}

type Pair = NonNullable<BlockIdentities['pair']>;

/** Whether a block is a summary: one pair of years and a change or a rate of them. */
export function summaryColumns(block: Block, pair: Pair | null, headerRows: number): SummaryColumns | null {
  if (!pair) return null;
  const change = changeColumn(block);
  const rate = rateColumn(block);
  if (!change && !rate) return null;
  return {
    label: block.labelCols[0] ?? pair.prior.col - 1,
    before: pair.prior.col,
    after: pair.current.col,
    change: change?.col ?? null,
    rate: rate?.col ?? null,
    headerRows,
  };
}

const isChange = (c: ColumnInfo) => c.role === 'change' || (c.formula?.kind === 'linear' && c.formula.terms.length === 2);
const isRate = (c: ColumnInfo) => c.role === 'rate';
const changeColumn = (block: Block) => block.columns.find(isChange);
const rateColumn = (block: Block) => block.columns.find(isRate);

/**
 * The header, when one of its columns may be a change or a rate: a block's columns are
 * read from the header's (a column without a header is an amount), so without one there
 * is no summary under it, and its body is not read.
 */
function matchSummary(grid: Grid, row: number): HeaderBlock | null {
  const header = readHeader(grid, row);
  if (!header) return null;
  for (const h of header.columns.values()) {
    const info = columnInfo(h);
    if (isChange(info) || isRate(info)) return header;
  }
  return null;
}

function read(ctx: TableContext, header: HeaderBlock): TableRead<SummaryTable> | null {
  const table = readColumnsTable(ctx, header);
  if (!table || table.blocks.length !== 1) return null;
  const block = table.blocks[0] as Block;
  // Without a change or a rate it is no summary, whatever its years (summaryColumns): the
  // block's identities, most of the cost, are left to the kind that reads it next.
  if (!changeColumn(block) && !rateColumn(block)) return null;
  const ids = blockIdentities({ ...ctx, unit: table.unit }, block);
  const columns = summaryColumns(block, ids.pair, table.header.firstData - table.header.top);
  if (!columns) return null;
  const { cells } = ids;
  const rows: SummaryRow[] = block.roots.map((r) => ({
    row: r.row,
    label: r.label,
    isTotal: r.total === 'total',
    before: cells.at(r.row, columns.before),
    after: cells.at(r.row, columns.after),
    change: columns.change === null ? null : cells.at(r.row, columns.change),
    rate: columns.rate === null ? null : cells.at(r.row, columns.rate),
  }));
  const named: NamedFigure[] = [];
  for (const r of rows) {
    if (!r.after) continue;
    if (r.isTotal) named.push({ role: 'summary-total', fig: r.after });
    else named.push({ role: 'category-current', key: normalizeLabel(r.label), fig: r.after });
  }
  const model = { rows, columns, lastRow: table.lastRow };
  return { model, lastRow: table.lastRow, rounding: 'exact', derivations: ids.derivations, named, unit: table.unit };
}

export const summaryKind = defineKind({
  kind: 'summary',
  match: matchSummary,
  parse: (ctx, _row, header) => read(ctx, header),
});
