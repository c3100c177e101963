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
import { KIND_WORDS } from './kindWords';
import type { NamedFigure, RegisteredKind } from './kind';
import type { Derivation } from '../checks/ledger';
import { TABLE_KINDS } from './kinds';

interface Base {
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  readonly range: string;
  readonly unit: MoneyUnit;
  readonly rounding: RoundingMode;
  readonly title: string;
  readonly derivations: readonly Derivation[];
  readonly named: readonly NamedFigure[];
}

type Found<R> = R extends RegisteredKind<infer K, infer M> ? Base & { readonly kind: K; readonly model: M } : never;

/** A table found on a sheet: one member per kind of the registry, with its own model. */
export type FoundTable = Found<(typeof TABLE_KINDS)[number]>;

export function findTables(grid: Grid, policy: RoundingPolicy, unreadable: Unreadable[]): FoundTable[] {
  const out: FoundTable[] = [];
  const context = new RowContext(grid, unreadable);
  for (let row = grid.top; row < grid.bottom; row++) {
    const found = tableAt(grid, row, policy, context);
    if (!found) continue;
    out.push(found);
    row = Math.max(row, found.bottom);
  }
  return out;
}

/**
 * The context of the row the scan is at, built once a kind's header matched, and then
 * once for every kind that tries the row. One object for the whole scan: a closure per
 * row was most of what trying a row allocated.
 */
class RowContext {
  private row = -1;
  private ctx: TableContext | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly unreadable: Unreadable[],
  ) {}

  moveTo(row: number): void {
    this.row = row;
    this.ctx = null;
  }

  get(): TableContext {
    return (this.ctx ??= { grid: this.grid, unit: unitNote(this.grid, this.row) ?? '천원', unreadable: this.unreadable });
  }
}

function tableAt(grid: Grid, row: number, policy: RoundingPolicy, rowContext: RowContext): FoundTable | null {
  // Its filled columns, not isBlankRow: the grid keeps them, and every kind's matcher asks next.
  if (grid.filledColumns(row).length === 0) return null;
  rowContext.moveTo(row);
  for (let i = 0; i < TABLE_KINDS.length; i++) {
    const spec = TABLE_KINDS[i] as (typeof TABLE_KINDS)[number];
    const header = spec.match(grid, row);
    if (header === null) continue;
    const context = rowContext.get();
    const read = spec.parse(context, row, header, policy);
    if (!read) continue;
    const { model, lastRow, rounding, derivations, named } = read;
    const base: Base = {
      sheet: grid.name, top: row, bottom: lastRow, unit: read.unit ?? context.unit, rounding, range: extent(grid, row, lastRow),
      title: titleAbove(grid, row, spec.kind), derivations, named,
    };
    return { ...base, kind: spec.kind, model } as FoundTable;
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

/** The `□ …` heading just above a table, else the kind's own name. */
function titleAbove(grid: Grid, top: number, kind: TableKind): string {
  for (let r = top; r >= Math.max(grid.top, top - 3); r--) {
    for (const c of grid.filledColumns(r)) {
      const t = grid.text(r, c);
      if (t.startsWith('□')) return t.replace(/^□\s*/, '');
    }
  }
  return KIND_WORDS[kind].ko;
}
