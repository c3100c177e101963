/**
 * Every table of figures under column headers that no more particular kind reads
 * (`columns`): its identities come from its headers and its rows (columns/identities.ts).
 */
import type { Derivation } from '../../checks/ledger';
import { defineKind } from '../kind';
import { blockIdentities } from './identities';
import { readColumnsTable } from './read';

export const columnsKind = defineKind({
  kind: 'columns',
  match: (grid, row) => (grid.isBlankRow(row) ? null : row),
  parse: (ctx, row) => {
    const table = readColumnsTable(ctx, row);
    if (!table) return null;
    const derivations: Derivation[] = [];
    const inUnit = { ...ctx, unit: table.unit };
    for (const block of table.blocks) derivations.push(...blockIdentities(inUnit, block).derivations);
    if (!derivations.length) return null;
    return { model: table, lastRow: table.lastRow, rounding: 'exact', derivations, named: [], unit: table.unit };
  },
});
