/**
 * Every table of figures under column headers that no more particular kind reads
 * (`columns`): its identities come from its headers and its rows (columns/identities.ts).
 * A table whose title names its year (`2016` on the line above the header) and that rolls
 * one balance forward names its opening and closing for the carry-over between years
 * (cross.ts: this year's 전년도 이월 is last year's 차년도 이월).
 */
import type { Grid } from '../../grid';
import type { NamedFigure } from '../kind';
import { defineKind } from '../kind';
import { yearOf } from './columnInfo';
import { tableIdentities } from './identities';
import { readColumnsTable } from './read';
import { readHeader } from './header';

export const columnsKind = defineKind({
  kind: 'columns',
  match: readHeader,
  parse: (ctx, _row, header) => {
    const table = readColumnsTable(ctx, header);
    if (!table) return null;
    const { derivations, balances } = tableIdentities({ ...ctx, unit: table.unit }, table.blocks);
    if (!derivations.length) return null;
    const year = balances && titleYear(ctx.grid, table.header.top);
    const named: NamedFigure[] =
      balances && year !== null
        ? [
            { role: 'opening', key: String(year), fig: balances.opening },
            { role: 'closing', key: String(year), fig: balances.closing },
          ]
        : [];
    return { model: table, lastRow: table.lastRow, rounding: 'exact', derivations, named, unit: table.unit };
  },
});

/** The year a title line just above the header names on its own (`2016`, `2016년도`), else null. */
function titleYear(grid: Grid, top: number): number | null {
  for (let r = top - 1; r >= Math.max(grid.top, top - 2); r--) {
    if (grid.isBlankRow(r)) continue;
    const filled = grid.filledColumns(r);
    if (filled.length !== 1) return null;
    const text = grid.text(r, filled[0] as number).replace(/\s+/g, '');
    return /^(19|20)\d\d년?도?$/.test(text) ? yearOf(text) : null;
  }
  return null;
}
