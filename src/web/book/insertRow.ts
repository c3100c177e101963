/**
 * Carries a standard row's plan (engine/templates) out on the exceljs model,
 * the way Excel inserts a row: cells below move down, merged areas below move
 * and those spanning the new row grow, every formula that refers to a moved
 * cell is rewritten to follow it; then formats are copied, and the planned
 * values and formulas written (text always as text).
 *
 * exceljs's own `spliceRows` moves cells but neither merges nor references, so
 * both are taken off before and put back after.
 */
import { ValueType, type Cell, type Workbook, type Worksheet } from 'exceljs';
import { STATE_SHEET } from '../../engine/review';
import type { PlannedCell, RowPlan } from '../../engine/templates/plan';
import { mergesOf, rangeText, type EditJournal } from './journal';
import type { ChangedCell } from './recalc';
import { shiftFormula } from './shiftFormula';

interface FormulaAt {
  readonly sheet: Worksheet;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly result: unknown;
}

function formulasOf(workbook: Workbook): FormulaAt[] {
  const found: FormulaAt[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === STATE_SHEET) continue;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // `cell.formula` is a shared formula's translated text: captured before anything moves.
        if (cell.type === ValueType.Formula && cell.formula)
          found.push({
            sheet,
            row: Number(cell.row),
            col: Number(cell.col),
            formula: cell.formula,
            result: cell.result,
          });
      });
    });
  }
  return found;
}

/**
 * Inserts an empty row at `at` (0-based) of `sheet`, as Excel does; `journal`
 * records what it rewrites (formulas, merged cells) and the insertion, for Undo.
 */
export function insertRowAt(
  workbook: Workbook,
  sheet: Worksheet,
  at: number,
  journal?: EditJournal,
): void {
  const row = at + 1;
  // On this sheet and on any sheet with a formula that must follow the moved cells, every
  // formula is written back as a plain one (a shared formula's clones follow their master's
  // address, which has moved) at its new place, its references following the cells.
  const shifted = formulasOf(workbook).map((f) => ({
    ...f,
    shifted: shiftFormula(f.formula, f.sheet.name, sheet.name, row),
  }));
  const rewrite = new Set<Worksheet>([
    sheet,
    ...shifted.filter((f) => f.shifted !== f.formula).map((f) => f.sheet),
  ]);
  for (const f of shifted) if (rewrite.has(f.sheet)) journal?.cell(f.sheet, f.row, f.col);
  journal?.rowInserted(sheet, row);
  const merges = mergesOf(sheet);
  for (const m of merges) sheet.unMergeCells(rangeText(m.top, m.left, m.bottom, m.right));
  sheet.spliceRows(row, 0, []);
  for (const m of merges) {
    const top = m.top >= at ? m.top + 1 : m.top;
    const bottom = m.bottom >= at ? m.bottom + 1 : m.bottom;
    sheet.mergeCells(rangeText(top, m.left, bottom, m.right));
  }
  for (const f of shifted) {
    if (!rewrite.has(f.sheet)) continue;
    const moved = f.sheet === sheet && f.row >= row ? f.row + 1 : f.row;
    f.sheet.getCell(moved, f.col).value = { formula: f.shifted, result: f.result } as Cell['value'];
  }
}

function writeCell(
  sheet: Worksheet,
  row: number,
  planned: PlannedCell,
  journal?: EditJournal,
): ChangedCell {
  journal?.cell(sheet, row + 1, planned.col + 1);
  const cell = sheet.getCell(row + 1, planned.col + 1);
  if (planned.numberFormat !== undefined) cell.numFmt = planned.numberFormat;
  // Only our own template formulas are written as formulas; every constant is a plain value.
  if (planned.formula !== undefined)
    cell.value = { formula: planned.formula.replace(/^=/, '') } as Cell['value'];
  else if (planned.value !== undefined) cell.value = planned.value;
  return { sheet: sheet.name, row: row + 1, col: planned.col + 1 };
}

/**
 * Applies the plan; returns the cells written, for the formulas to be recomputed.
 * `journal` records every change, for Undo.
 */
export function applyRowPlan(
  workbook: Workbook,
  plan: RowPlan,
  journal?: EditJournal,
): ChangedCell[] {
  const sheet = workbook.getWorksheet(plan.sheet);
  if (!sheet) throw new Error(`applyRowPlan: no sheet ${plan.sheet}`);
  if (plan.insertAt !== null) insertRowAt(workbook, sheet, plan.insertAt, journal);
  if (plan.formatFrom !== null) {
    for (const span of plan.formatSpans ?? []) {
      for (let col = span.left; col <= span.right; col++) {
        const source = sheet.getCell(plan.formatFrom + 1, col + 1);
        journal?.cell(sheet, plan.row + 1, col + 1);
        // A copy: exceljs shares style objects between cells.
        sheet.getCell(plan.row + 1, col + 1).style = JSON.parse(JSON.stringify(source.style ?? {}));
      }
    }
  }
  const written = plan.cells.map((c) => writeCell(sheet, plan.row, c, journal));
  for (const update of plan.updates ?? [])
    written.push(...update.cells.map((c) => writeCell(sheet, update.row, c, journal)));
  return written;
}
