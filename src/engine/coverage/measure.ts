/**
 * Accounts for every figure of a workbook (DESIGN §1.2): each non-empty cell either
 * took part in a checked identity, or, when it holds a figure, is listed as unchecked
 * with the reason — it could not be read, it sits in a table but no identity ties it,
 * or no table was found around it.
 */
import { cellKey, parseCellAddress } from '../address';
import type { Grid } from '../grid';
import type { Coverage, UncheckedFigure, UncheckedReason } from '../findings';
import { rowKey, type CellMarks } from './cellMarks';
import type { Unreadable } from '../checks/ledger';
import { holdsFigure } from './figure';

/** A table's rectangle on its sheet, 0-based and inclusive. */
export interface TableArea {
  readonly sheet: string;
  readonly top: number;
  readonly bottom: number;
  readonly range: string;
}

export interface CoverageInput {
  readonly grids: readonly Grid[];
  readonly tables: readonly TableArea[];
  readonly checked: CellMarks;
  /** Cells reported as unreadable, `sheet` → cell keys. */
  readonly unread: ReadonlyMap<string, ReadonlySet<number>>;
  /** Sheets the engine could not read at all. */
  readonly failedSheets: ReadonlySet<string>;
}

export function measureCoverage(input: CoverageInput): Coverage {
  let figures = 0;
  let checked = 0;
  const unchecked: UncheckedFigure[] = [];
  // Grouped once: filtering every table for every sheet is quadratic in a book of many sheets.
  const bySheet = new Map<string, TableArea[]>();
  for (const t of input.tables) {
    const list = bySheet.get(t.sheet);
    if (list) list.push(t);
    else bySheet.set(t.sheet, [t]);
  }
  for (const grid of input.grids) {
    // Read from the tables' ranges only once a figure of the sheet is unchecked: most sheets have none.
    let areas: Area[] | null = null;
    const unread = input.unread.get(grid.name);
    const failed = input.failedSheets.has(grid.name);
    for (let r = grid.top; r < grid.bottom; r++) {
      const checkedInRow = input.checked.rowGroup(grid.name, r);
      // Each row as far as it is stored (grid.ts): a far cell must not make every row 16,384 wide.
      for (let c = grid.left, end = grid.rowEnd(r); c < end; c++) {
        // The value first: a figure's cell then needs no text (trimmed) to be known as filled.
        if (grid.value(r, c) === null && grid.text(r, c) === '') continue;
        if (checkedInRow?.has(rowKey(r, c))) {
          figures++;
          checked++;
          continue;
        }
        if (!holdsFigure(grid, r, c)) continue;
        figures++;
        const reason = failed || unread?.has(r * 16384 + c) ? 'not read' : reasonOutside((areas ??= areasOf(bySheet.get(grid.name) ?? [])), r, c);
        unchecked.push({ sheet: grid.name, cell: grid.address(r, c), reason });
      }
    }
  }
  return { figures, checked, unchecked };
}

interface Area {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function areasOf(tables: readonly TableArea[]): Area[] {
  return tables.map((t) => {
    const [from, to] = t.range.split(':');
    const a = parseCellAddress(from ?? '');
    const b = parseCellAddress(to ?? from ?? '');
    return { top: t.top, bottom: t.bottom, left: a?.col ?? 0, right: b?.col ?? 16383 };
  });
}

/**
 * Why a readable figure went unchecked. A function of its own, not a closure over the
 * walk's `r` and `c`: a closure there would make every step of the loop over every cell
 * allocate a fresh scope for them (about 50 MB on a book of 100,000 rows).
 */
function reasonOutside(areas: readonly Area[], row: number, col: number): UncheckedReason {
  for (const a of areas) if (inside(a, row, col)) return 'no identity found';
  return 'no table found';
}

function inside(a: Area, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}

/** The unreadable cells by sheet, as cell keys. */
export function unreadCells(list: readonly Unreadable[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (sheet: string, cell: string) => {
    const key = cellKey(cell);
    if (key < 0) return;
    let set = out.get(sheet);
    if (!set) out.set(sheet, (set = new Set()));
    set.add(key);
  };
  for (const u of list) {
    add(u.sheet, u.cell);
    for (const cell of u.blocks ?? []) add(u.sheet, cell);
  }
  return out;
}
