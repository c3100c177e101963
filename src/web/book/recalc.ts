/**
 * Recomputes the workbook's formulas with fast-formula-parser (MIT), so that a
 * fixed figure shows up in every total that depends on it, as it would in
 * Excel. Only cached results change; formulas are never rewritten. A formula
 * the parser cannot evaluate (an unsupported function, a circular reference)
 * keeps the result Excel last saved.
 */
import FormulaParser, { type CellRef, type RangeRef } from 'fast-formula-parser';
import type { Workbook } from 'exceljs';
import { buildFormulaGraph, cellKey, clamp, isRange, type FormulaNode } from './formulaGraph';
import type { EditJournal } from './journal';
import { constantOf, parserValue, sameResult, toCachedResult } from './formulaValues';

export interface RecalcOutcome {
  /** Sheets where at least one result changed. */
  readonly changedSheets: ReadonlySet<string>;
  readonly changed: number;
  /** The formula cells whose result changed, so that what was read of them can follow. */
  readonly cells: readonly ChangedCell[];
  /** Formulas left with their saved result (cannot be parsed, unknown function, cycle). */
  readonly kept: number;
}

/** A cell whose value changed (1-based, as exceljs counts). */
export interface ChangedCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/**
 * Recomputes the formulas that are among `changed` or read, directly or through
 * other formulas, one of them (every formula when it is omitted); `journal` records each
 * result it changes, for Undo. Formulas that do not depend on a
 * change keep the results Excel saved, so opening and fixing never disturbs them.
 */
export function recalculate(
  workbook: Workbook,
  changed?: readonly ChangedCell[],
  journal?: EditJournal,
): RecalcOutcome {
  const graph = buildFormulaGraph(workbook);
  const dirty = changed ? new DirtyCells(changed) : null;
  const computed = new Map<string, unknown>();
  const valueAt = (sheetName: string, row: number, col: number): unknown => {
    const key = cellKey(sheetName, row, col);
    if (computed.has(key)) return computed.get(key);
    const node = graph.nodes.get(key);
    if (node) return parserValue(node.cell.result); // a cycle member: its saved result
    const cell = workbook.getWorksheet(sheetName)?.findCell(row, col);
    return cell ? constantOf(cell) : null;
  };
  const parser = new FormulaParser({
    onCell: (ref: CellRef) =>
      workbook.getWorksheet(ref.sheet)
        ? valueAt(ref.sheet, ref.row, ref.col)
        : new FormulaParser.FormulaError('#REF!'),
    onRange: (wanted: RangeRef) => {
      const ref = clamp(wanted, workbook);
      if (!isRange(ref)) return [[valueAt(ref.sheet, ref.row, ref.col)]];
      const rows: unknown[][] = [];
      for (let r = ref.from.row; r <= ref.to.row; r++) {
        const row: unknown[] = [];
        for (let c = ref.from.col; c <= ref.to.col; c++) row.push(valueAt(ref.sheet, r, c));
        rows.push(row);
      }
      return rows;
    },
    onVariable: () => null,
  });

  const changedSheets = new Set<string>();
  const cells: ChangedCell[] = [];
  let count = 0;
  let kept = graph.skipped.length;
  for (const node of graph.order) {
    if (dirty && !dirty.has(node) && !dirty.reads(node)) continue;
    dirty?.add(node);
    const result = evaluate(parser, node);
    if (result === undefined) {
      kept++;
      computed.set(node.key, parserValue(node.cell.result));
      continue;
    }
    computed.set(node.key, parserValue(result));
    if (sameResult(node.cell.result, result)) continue;
    // Keeps the formula, a shared formula's reference and the array range; only the result changes.
    journal?.cell(node.sheet, Number(node.cell.row), Number(node.cell.col));
    node.cell.value = { ...(node.cell.value as object), result } as typeof node.cell.value;
    changedSheets.add(node.sheet.name);
    cells.push({ sheet: node.sheet.name, row: Number(node.cell.row), col: Number(node.cell.col) });
    count++;
  }
  return { changedSheets, changed: count, cells, kept };
}

/** The changed cells and the formulas recomputed so far: what a formula must not read stale. */
class DirtyCells {
  private readonly bySheet = new Map<string, { row: number; col: number }[]>();
  private readonly keys = new Set<string>();

  constructor(changed: readonly ChangedCell[]) {
    for (const c of changed) this.mark(c.sheet, c.row, c.col);
  }

  /** A formula that was itself just written. */
  has(node: FormulaNode): boolean {
    return this.keys.has(node.key);
  }

  add(node: FormulaNode): void {
    this.mark(node.sheet.name, Number(node.cell.row), Number(node.cell.col));
  }

  reads(node: FormulaNode): boolean {
    return node.refs.some((ref) => {
      if (!isRange(ref)) return this.keys.has(cellKey(ref.sheet, ref.row, ref.col));
      return (this.bySheet.get(ref.sheet) ?? []).some(
        (c) =>
          c.row >= ref.from.row &&
          c.row <= ref.to.row &&
          c.col >= ref.from.col &&
          c.col <= ref.to.col,
      );
    });
  }

  private mark(sheet: string, row: number, col: number): void {
    const key = cellKey(sheet, row, col);
    if (this.keys.has(key)) return;
    this.keys.add(key);
    const list = this.bySheet.get(sheet);
    if (list) list.push({ row, col });
    else this.bySheet.set(sheet, [{ row, col }]);
  }
}

function evaluate(parser: FormulaParser, node: FormulaNode) {
  const position = {
    sheet: node.sheet.name,
    row: Number(node.cell.row),
    col: Number(node.cell.col),
  };
  try {
    return toCachedResult(parser.parse(node.formula, position));
  } catch {
    return undefined; // unknown function or syntax the parser does not support
  }
}
