/**
 * What a formula cell is made of: the cells its formula refers to, and, followed
 * through other formulas, the plain inputs that drive it. Fix never writes over a
 * formula (its figure is the inputs' doing); the pane points to these inputs instead.
 */
import { cellAddress, parseCellAddress } from '../address';
import type { Finding } from '../findings';
import { Grid } from '../grid';
import type { WorkbookSnapshot } from '../snapshot';

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The same-sheet references of a formula (`D28`, `$D$29:D31`); references to other sheets are left out. */
export function referencedCells(formula: string): CellRange[] {
  const out: CellRange[] = [];
  const unquoted = formula.replace(/"[^"]*"/g, '""');
  // Not inside a name (`ATAN2`), not a function (`LOG10(`).
  const pattern = /(?<![\p{L}\p{N}_.$])('[^']*'!|[\p{L}_][\p{L}\p{N}_.]*!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![\p{L}\p{N}_(])/gu;
  for (const m of unquoted.matchAll(pattern)) {
    if (m[1]) continue;
    const from = parseCellAddress(`${m[2]}${m[3]}`);
    const to = m[4] && m[5] ? parseCellAddress(`${m[4]}${m[5]}`) : from;
    if (!from || !to) continue;
    out.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
  }
  return out;
}


/** A flagged cell that holds a formula, and the plain cells that drive it (A1, its sheet). */
export interface FormulaCell {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
  readonly inputs: readonly string[];
}

/** How many inputs a pane lists at most, and how many formulas deep it looks for them. */
const MAX_INPUTS = 12;
const MAX_DEPTH = 6;

/** The findings whose cells hold formulas, each with the inputs that drive it. */
export function formulaCells(snapshot: WorkbookSnapshot, findings: readonly Pick<Finding, 'sheet' | 'cell'>[]): FormulaCell[] {
  const grids = new Map<string, Grid>();
  const gridOf = (name: string) => {
    let grid = grids.get(name);
    if (!grid) {
      const sheet = snapshot.sheets.find((s) => s.name === name);
      if (!sheet) return null;
      grid = new Grid(sheet);
      grids.set(name, grid);
    }
    return grid;
  };
  const out: FormulaCell[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const grid = gridOf(f.sheet);
    const at = parseCellAddress(f.cell);
    const formula = grid && at ? grid.cell(at.row, at.col).formula : null;
    if (!grid || !at || !formula) continue;
    out.push({ sheet: f.sheet, cell: f.cell, formula, inputs: inputsOf(grid, formula) });
  }
  return out;
}

/** The non-empty plain cells a formula depends on, through other formulas, in sheet order. */
function inputsOf(grid: Grid, formula: string): string[] {
  const inputs = new Set<string>();
  const visited = new Set<string>();
  const walk = (text: string, depth: number) => {
    for (const ref of referencedCells(text)) {
      for (let row = ref.top; row <= Math.min(ref.bottom, ref.top + 500); row++) {
        for (let col = ref.left; col <= Math.min(ref.right, ref.left + 50); col++) {
          const address = cellAddress(row, col);
          if (visited.has(address) || inputs.size >= MAX_INPUTS) continue;
          visited.add(address);
          const cell = grid.cell(row, col);
          if (cell.formula) {
            if (depth < MAX_DEPTH) walk(cell.formula, depth + 1);
          } else if (cell.value !== null) {
            inputs.add(address);
          }
        }
      }
    }
  };
  walk(formula, 0);
  return [...inputs].sort((a, b) => {
    const p = parseCellAddress(a) ?? { row: 0, col: 0 };
    const q = parseCellAddress(b) ?? { row: 0, col: 0 };
    return p.row - q.row || p.col - q.col;
  });
}
