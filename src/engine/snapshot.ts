/**
 * The workbook snapshot: the one contract between the engine and every adapter
 * (Office.js, exceljs, the browser host). Plain data, no host objects.
 *
 * Grids are row-major and parallel, exactly as Office.js returns `values`,
 * `text`, `formulas` and `numberFormat` for a range, so the Excel adapter can
 * hand them over without reshaping. Row 0 / column 0 of a grid is the cell at
 * `origin` (the top-left of the used range), not necessarily A1.
 */

/** An error value such as `#REF!` or `#DIV/0!`: a value, never a throw. */
export interface CellError {
  readonly error: string;
}

/** What a cell holds. `null` is an empty cell; empty is always explicit. */
export type CellValue = number | string | boolean | CellError | null;

/** A merged area, 0-based and inclusive, in sheet coordinates (not grid coordinates). */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Sheet coordinates (0-based) of grid cell [0][0]. Defaults to A1. */
  readonly origin?: { readonly row: number; readonly col: number };
  /** Values as the host computed them (a formula's cached result). */
  readonly values: readonly (readonly CellValue[])[];
  /**
   * The text each cell shows (`1,000`, `△2,590`, `427,660천원`). Same shape as `values`.
   * null: the value's own text ('' for an empty cell, a string as it is). A reader may
   * give a row's values array as its texts when every cell says so (file/sharedTexts.ts).
   */
  readonly texts: readonly (readonly (string | null)[])[];
  /** Formulas (`=SUM(D3:D5)`), or null where the cell holds a constant. Optional. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Number formats (`#,##0`), or null for General. Optional. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  readonly merges: readonly MergeArea[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
