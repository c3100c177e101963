/**
 * Finds the tables on a sheet: scans rows top to bottom, tries each kind's header
 * matcher, reads the table's body, and goes on below it. Tables can sit anywhere,
 * several per sheet, with titles, unit notes and blank rows around them.
 */
import { rangeAddress } from '../address';
import type { Grid } from '../grid';
import type { MoneyUnit } from '../number';
import type { RoundingPolicy } from '../options';
import type { RoundingMode, TableKind } from '../findings';
import type { Unreadable } from '../checks/ledger';
import { unitNote, type TableContext } from './context';
import { matchSummaryHeader, parseSummary, type SummaryTable } from './summary';
import { matchOverviewHeader, parseOverview, type OverviewTable } from './overview';
import { matchScheduleHeader, parseSchedule, type ScheduleTable } from './schedule';
import { matchSettlementHeader, parseSettlement, type SettlementTable } from './settlement';
import { matchBasisHeader, parseBasis } from './basis';
import { matchColumnarHeader, parseColumnarBasis } from './basisColumns';
import type { BasisTable } from './basisTree';
import { matchStatementHeader, parseStatement } from './statement';
import type { StatementTable } from './statementTree';

interface Base {
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  readonly range: string;
  readonly unit: MoneyUnit;
  readonly rounding: RoundingMode;
  readonly title: string;
}

export type FoundTable =
  | (Base & { readonly kind: 'summary'; readonly model: SummaryTable })
  | (Base & { readonly kind: 'overview'; readonly model: OverviewTable })
  | (Base & { readonly kind: 'schedule'; readonly model: ScheduleTable })
  | (Base & { readonly kind: 'settlement'; readonly model: SettlementTable })
  | (Base & { readonly kind: 'basis'; readonly model: BasisTable })
  | (Base & { readonly kind: 'statement'; readonly model: StatementTable });

export function findTables(grid: Grid, policy: RoundingPolicy, unreadable: Unreadable[]): FoundTable[] {
  const out: FoundTable[] = [];
  for (let row = grid.top; row < grid.bottom; row++) {
    const found = tableAt(grid, row, policy, unreadable);
    if (!found) continue;
    out.push(found);
    row = Math.max(row, found.bottom);
  }
  return out;
}

function tableAt(grid: Grid, row: number, policy: RoundingPolicy, unreadable: Unreadable[]): FoundTable | null {
  if (grid.isBlankRow(row)) return null;
  const unit = unitNote(grid, row) ?? '천원';
  const ctx: TableContext = { grid, unit, unreadable };
  const base = (kind: TableKind, top: number, bottom: number, rounding: RoundingMode = 'exact') => ({
    sheet: grid.name, top, bottom, unit, rounding, range: extent(grid, top, bottom), title: titleAbove(grid, top, kind),
  });
  const statement = matchStatementHeader(grid, row);
  if (statement) {
    const model = parseStatement(ctx, statement, { rounding: policy });
    return { kind: 'statement', model, ...base('statement', row, model.lastRow, model.rounding) };
  }
  const settlement = matchSettlementHeader(grid, row);
  if (settlement) {
    const model = parseSettlement(ctx, row, settlement);
    return { kind: 'settlement', model, ...base('settlement', row, model.lastRow) };
  }
  const summary = matchSummaryHeader(grid, row);
  if (summary) {
    const model = parseSummary(ctx, row, summary);
    if (model.rows.length) return { kind: 'summary', model, ...base('summary', row, model.lastRow) };
  }
  const columnar = matchColumnarHeader(grid, row);
  if (columnar) {
    const model = parseColumnarBasis(ctx, row, columnar, { rounding: policy });
    return { kind: 'basis', model, ...base('basis', row, model.lastRow, model.rounding) };
  }
  const schedule = matchScheduleHeader(grid, row);
  if (schedule) {
    const model = parseSchedule(ctx, row, schedule);
    return { kind: 'schedule', model, ...base('schedule', row, model.lastRow) };
  }
  const basis = matchBasisHeader(grid, row);
  if (basis) {
    const model = parseBasis(ctx, basis, { rounding: policy });
    if (model.derivations.length || model.lastRow > basis.headerRow) {
      return { kind: 'basis', model, ...base('basis', row, model.lastRow, model.rounding) };
    }
  }
  const overviewCol = matchOverviewHeader(grid, row);
  if (overviewCol !== null) {
    const model = parseOverview(ctx, row, overviewCol);
    return { kind: 'overview', model, ...base('overview', row, model.lastRow) };
  }
  return null;
}

function extent(grid: Grid, top: number, bottom: number): string {
  let left = Infinity;
  let right = -1;
  // Only columns outside the extent so far need looking at: no list of columns per row.
  for (let r = top; r <= bottom; r++) {
    for (let c = grid.left; c < Math.min(left, grid.right); c++) {
      if (grid.text(r, c) === '') continue;
      left = c;
      break;
    }
    for (let c = grid.right - 1; c > right; c--) {
      if (grid.text(r, c) === '') continue;
      right = c;
      break;
    }
  }
  if (right < 0) return rangeAddress(top, grid.left, bottom, grid.left);
  return rangeAddress(top, left, bottom, right);
}

const KIND_TITLES: Record<TableKind, string> = {
  overview: '사업개요', summary: '예산 총괄', basis: '산출근거', schedule: '추진일정', settlement: '결산', statement: '예산서',
};

/** The `□ …` heading just above a table, else the kind's own name. */
function titleAbove(grid: Grid, top: number, kind: TableKind): string {
  for (let r = top; r >= Math.max(grid.top, top - 3); r--) {
    for (const c of grid.filledColumns(r)) {
      const t = grid.text(r, c);
      if (t.startsWith('□')) return t.replace(/^□\s*/, '');
    }
  }
  return KIND_TITLES[kind];
}
