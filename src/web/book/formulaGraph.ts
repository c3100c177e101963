/**
 * The formula cells of a workbook and what each one reads, in an order where
 * every formula comes after the formulas it depends on. Cells in a circular
 * reference are left out of the order (Excel does not compute them either).
 */
import FormulaParser, { type CellRef, type RangeRef } from 'fast-formula-parser';
import { ValueType, type Cell, type Workbook, type Worksheet } from 'exceljs';
import { STATE_SHEET } from '../../engine/review';

export interface FormulaNode {
  readonly key: string;
  readonly sheet: Worksheet;
  readonly cell: Cell;
  readonly formula: string;
  /** What it reads; ranges are clamped to the sheet's used rows and columns. */
  readonly refs: readonly (CellRef | RangeRef)[];
}

export interface FormulaGraph {
  /** Formula cells in dependency order. */
  readonly order: readonly FormulaNode[];
  /** Formulas that cannot be parsed or are part of a cycle: their cached results stay. */
  readonly skipped: readonly FormulaNode[];
  readonly nodes: ReadonlyMap<string, FormulaNode>;
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

export function isRange(ref: CellRef | RangeRef): ref is RangeRef {
  return 'from' in ref;
}

function formulaCells(workbook: Workbook): { sheet: Worksheet; cell: Cell }[] {
  const found: { sheet: Worksheet; cell: Cell }[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === STATE_SHEET) continue;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ValueType.Formula && cell.formula) found.push({ sheet, cell });
      });
    });
  }
  return found;
}

/** A range cut to the sheet's used rows and columns (`A:A` would otherwise mean a million cells). */
export function clamp(ref: CellRef | RangeRef, workbook: Workbook): CellRef | RangeRef {
  if (!isRange(ref)) return ref;
  const sheet = workbook.getWorksheet(ref.sheet);
  const rows = Math.max(1, sheet?.rowCount ?? 1);
  const cols = Math.max(1, sheet?.columnCount ?? 1);
  return {
    sheet: ref.sheet,
    from: ref.from,
    to: { row: Math.min(ref.to.row, rows), col: Math.min(ref.to.col, cols) },
  };
}

/** Formula cells of one sheet by row, to find those inside a range without scanning all. */
class SheetIndex {
  private readonly byRow = new Map<string, Map<number, FormulaNode[]>>();

  add(node: FormulaNode): void {
    const rows = this.byRow.get(node.sheet.name) ?? new Map<number, FormulaNode[]>();
    this.byRow.set(node.sheet.name, rows);
    const row = Number(node.cell.row);
    const list = rows.get(row);
    if (list) list.push(node);
    else rows.set(row, [node]);
  }

  within(ref: RangeRef): FormulaNode[] {
    const rows = this.byRow.get(ref.sheet);
    if (!rows) return [];
    const hits: FormulaNode[] = [];
    const inCols = (n: FormulaNode) =>
      Number(n.cell.col) >= ref.from.col && Number(n.cell.col) <= ref.to.col;
    if (ref.to.row - ref.from.row + 1 < rows.size) {
      for (let r = ref.from.row; r <= ref.to.row; r++)
        hits.push(...(rows.get(r) ?? []).filter(inCols));
    } else {
      for (const [r, nodes] of rows)
        if (r >= ref.from.row && r <= ref.to.row) hits.push(...nodes.filter(inCols));
    }
    return hits;
  }
}

export function buildFormulaGraph(workbook: Workbook): FormulaGraph {
  const deps = new FormulaParser.DepParser({ onVariable: () => null });
  const nodes = new Map<string, FormulaNode>();
  const unparsable: FormulaNode[] = [];
  const index = new SheetIndex();
  for (const { sheet, cell } of formulaCells(workbook)) {
    const key = cellKey(sheet.name, Number(cell.row), Number(cell.col));
    const formula = cell.formula.replace(/^=/, '');
    let refs: (CellRef | RangeRef)[];
    try {
      const position = { sheet: sheet.name, row: Number(cell.row), col: Number(cell.col) };
      refs = deps.parse(formula, position).map((r) => clamp(r, workbook));
    } catch {
      unparsable.push({ key, sheet, cell, formula, refs: [] });
      continue;
    }
    const node = { key, sheet, cell, formula, refs };
    nodes.set(key, node);
    index.add(node);
  }
  const { order, cyclic } = sortByDependency(nodes, index);
  return { order, skipped: [...unparsable, ...cyclic], nodes };
}

/** Kahn's algorithm over "reads from" edges. */
function sortByDependency(
  nodes: ReadonlyMap<string, FormulaNode>,
  index: SheetIndex,
): { order: FormulaNode[]; cyclic: FormulaNode[] } {
  const readers = new Map<string, FormulaNode[]>();
  const pending = new Map<string, number>();
  for (const node of nodes.values()) {
    const inputs = new Set<FormulaNode>();
    for (const ref of node.refs) {
      if (isRange(ref)) for (const n of index.within(ref)) inputs.add(n);
      else {
        const n = nodes.get(cellKey(ref.sheet, ref.row, ref.col));
        if (n) inputs.add(n);
      }
    }
    pending.set(node.key, inputs.size);
    for (const input of inputs) {
      const list = readers.get(input.key);
      if (list) list.push(node);
      else readers.set(input.key, [node]);
    }
  }
  const ready = [...nodes.values()].filter((n) => pending.get(n.key) === 0);
  const order: FormulaNode[] = [];
  while (ready.length > 0) {
    const node = ready.pop() as FormulaNode;
    order.push(node);
    for (const reader of readers.get(node.key) ?? []) {
      const left = (pending.get(reader.key) ?? 0) - 1;
      pending.set(reader.key, left);
      if (left === 0) ready.push(reader);
    }
  }
  const done = new Set(order.map((n) => n.key));
  return { order, cyclic: [...nodes.values()].filter((n) => !done.has(n.key)) };
}
