/**
 * The 세입·세출예산서 by 과목 (kind `subjects`, DESIGN §1.1): 과목 rows
 * (`과목 | 예산액 | 전년도 | 비교증감`, codes and names, over one or several level columns)
 * interleaved with the basis lines under them (`산출기초 | = | 금액` or `산출기초 | 금액`).
 * Lines add up to their 과목's 예산액 (or, in a revision, its change), 과목 add up to the
 * 과목 above them, and 비교증감 = 예산액 − 전년도.
 */
import type { Grid } from '../grid';
import { unitNote, unitNoteAbove, type TableContext } from './context';
import { defineKind } from './kind';
import { matchSubjectHeader, type SubjectColumns } from './subjectHeader';
import { readSubjectRows } from './subjectRows';
import { accountCodes, subjectForest } from './subjectTree';
import { subjectChecks } from './subjectChecks';

export interface SubjectTable {
  readonly columns: SubjectColumns;
  readonly linesGive: 'budget' | 'change';
}

export const subjectsKind = defineKind({
  kind: 'subjects',
  match: matchSubjectHeader,
  parse: (ctx, _row, cols, policy) => {
    const { grid } = ctx;
    const rows = readSubjectRows(grid, cols);
    if (!rows.entries.some((e) => e.kind === 'subject')) return null;
    // The unit note may stand above the heading lines (`(단위 : 천원)`, `(장 2000)…`, `(관 2100)…`).
    const unit = unitNote(grid, cols.top) ? ctx.unit : (unitNoteAbove(grid, cols.top) ?? ctx.unit);
    const tableCtx: TableContext = { ...ctx, unit };
    const lineCtx: TableContext = cols.basisUnit ? { ...tableCtx, unit: cols.basisUnit } : tableCtx;
    const forest = subjectForest(rows.entries, accountCodes(headingsAbove(grid, cols.top)));
    const checks = subjectChecks(tableCtx, lineCtx, cols, forest, policy);
    const model: SubjectTable = { columns: cols, linesGive: checks.linesGive };
    return { model, lastRow: rows.lastRow, rounding: checks.rounding, derivations: checks.derivations, named: [], unit };
  },
});

/** The texts of the rows just above the header: titles and heading lines. */
function headingsAbove(grid: Grid, top: number): string[] {
  const out: string[] = [];
  for (let r = Math.max(grid.top, top - 12); r < top; r++) for (const c of grid.filledColumns(r)) out.push(grid.text(r, c));
  return out;
}
