/**
 * Every table of figures under column headers that no more particular kind reads
 * (`columns`): its identities come from its headers and its rows (columns/identities.ts).
 */
import type { Derivation } from '../../checks/ledger';
import { defineKind } from '../kind';
import { tableIdentities } from './identities';
import { readColumnsTable } from './read';

export const columnsKind = defineKind({
  kind: 'columns',
  match: (grid, row) => (grid.isBlankRow(row) ? null : row),
  parse: (ctx, row) => {
    const table = readColumnsTable(ctx, row);
    if (!table) return null;
    const derivations: Derivation[] = tableIdentities({ ...ctx, unit: table.unit }, table.blocks);
    if (!derivations.length) return null;
    return { model: table, lastRow: table.lastRow, rounding: 'exact', derivations, named: [], unit: table.unit };
  },
});
