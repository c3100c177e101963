/**
 * What one edit (Fix, Insert, Accept) did to the exceljs model, recorded as it
 * happens so that Undo can put back exactly what was there: each cell as it was
 * before its first write (value, formula and its cached result, shared formula,
 * format, note), and each row insertion with the merged areas the sheet had.
 *
 * Entries are undone newest first, so a cell recorded after a row was inserted is
 * restored at its moved address before the row is taken out again, and a cell
 * recorded before it at its original address after.
 */
import { ValueType, type CellModel, type Workbook, type Worksheet } from 'exceljs';
import { mergeArea } from '../../file/workbookReading';
import { columnLetters } from '../../engine/address';

type Entry =
  | {
      readonly kind: 'cell';
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly model: CellModel;
    }
  | {
      readonly kind: 'row';
      readonly sheet: string;
      /** 1-based, as exceljs counts. */
      readonly row: number;
      readonly merges: readonly string[];
      /** The rows it moved down, as they were: exceljs moves their values and heights only. */
      readonly below: readonly RowLook[];
    };

interface RowLook {
  readonly number: number;
  readonly height: number | undefined;
  readonly hidden: boolean;
  readonly outlineLevel: number | undefined;
}

export const rangeText = (top: number, left: number, bottom: number, right: number): string =>
  `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;

/** The sheet's merged areas as `A1:B2` (0-based areas from the file adapter's reading). */
export function mergesOf(sheet: Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  return sheet.model.merges.map(mergeArea).filter((m) => m !== null);
}

export class EditJournal {
  private readonly entries: Entry[] = [];
  /** Cells recorded since the last row insertion (an address means another cell after one). */
  private seen = new Set<string>();

  /** Records the cell (1-based) before it is written; only its first state counts. */
  cell(sheet: Worksheet, row: number, col: number): void {
    const key = `${sheet.name}!${row},${col}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    // A copy: exceljs shares style objects between cells and changes some in place (numFmt).
    const model = structuredClone(sheet.getCell(row, col).model);
    this.entries.push({ kind: 'cell', sheet: sheet.name, row, col, model });
  }

  /**
   * Records a row about to be inserted at `row` (1-based) of `sheet`: the sheet's
   * merges, and every cell and row that will move (exceljs moves values, not notes
   * or a formula's cached zero, nor a row's hidden state).
   */
  rowInserted(sheet: Worksheet, row: number): void {
    const merges = mergesOf(sheet).map((m) => rangeText(m.top, m.left, m.bottom, m.right));
    const below: RowLook[] = [];
    for (let r = row; r <= sheet.rowCount; r++) {
      const found = sheet.findRow(r);
      if (!found) continue;
      const { height, hidden, outlineLevel } = found;
      below.push({ number: r, height, hidden, outlineLevel });
      found.eachCell({ includeEmpty: false }, (_cell, col) => this.cell(sheet, r, col));
    }
    // Unmerging and merging again rewrites the formats of merged cells: each is recorded first.
    for (const area of mergesOf(sheet))
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) this.cell(sheet, r + 1, c + 1);
    this.entries.push({ kind: 'row', sheet: sheet.name, row, merges, below });
    this.seen = new Set();
  }

  get empty(): boolean {
    return this.entries.length === 0;
  }

  /** Puts the model back as it was before the first entry; returns the sheets that changed. */
  revert(workbook: Workbook): Set<string> {
    const sheets = new Set<string>();
    for (const entry of [...this.entries].reverse()) {
      const sheet = workbook.getWorksheet(entry.sheet);
      if (!sheet) continue;
      sheets.add(entry.sheet);
      if (entry.kind === 'row') removeRow(sheet, entry);
      else restoreCell(sheet, entry.row, entry.col, entry.model);
    }
    return sheets;
  }
}

function restoreCell(sheet: Worksheet, row: number, col: number, model: CellModel): void {
  const cell = sheet.getCell(row, col);
  const saved = structuredClone(model);
  // A merged cell's place in its area is put back with the merges; here only its format.
  if (saved.type === ValueType.Merge) cell.style = saved.style ?? {};
  else cell.model = saved;
}

/** The inverse of insertRow's insertion: the row goes, the rows and merges are the ones recorded. */
function removeRow(sheet: Worksheet, entry: Extract<Entry, { kind: 'row' }>): void {
  for (const m of mergesOf(sheet)) sheet.unMergeCells(rangeText(m.top, m.left, m.bottom, m.right));
  sheet.spliceRows(entry.row, 1);
  for (const look of entry.below) {
    const row = sheet.getRow(look.number);
    row.height = look.height as number;
    row.hidden = look.hidden;
    row.outlineLevel = look.outlineLevel as number;
  }
  for (const range of entry.merges) sheet.mergeCells(range);
}
