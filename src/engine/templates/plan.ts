/**
 * Standard calculation rows (issue 4): what a template asks a host to do, as
 * plain data. The engine decides the rows, texts and formulas; each adapter
 * (Office.js, the browser host) only carries the plan out, as one undoable change.
 *
 * Formulas are built only from our templates and cell references — never from
 * cell text. Text a user typed (a label, a counter) is written as a constant,
 * always as text, and reaches a formula only as a reference to the cell it sits in.
 */
import type { RoundingMode, TableInfo } from '../findings';
import type { ColumnSpan, TemplateSite } from './sites';
import type { Refusal } from './refusal';

export type { ColumnSpan } from './sites';

export type TemplateKind = 'basis-item' | 'subtotal' | 'total-row' | 'change-rate' | 'settlement-row';

/** A cell of a planned row, in sheet coordinates (0-based). */
export interface PlannedCell {
  readonly col: number;
  /**
   * A constant (number or text). Text is always written as text, never parsed as
   * a formula or a number: an adapter escapes `=…`, `+1`, `60,000` (Excel: a
   * leading apostrophe).
   */
  readonly value?: number | string;
  /** One of our own formulas, e.g. `=ROUNDDOWN(C14*D14*E14/1000,0)`. */
  readonly formula?: string;
  readonly numberFormat?: string;
}

/** Cells of an existing row rewritten in place, e.g. a parent's live `SUM` extended to the new line. */
export interface RowUpdate {
  readonly row: number;
  readonly cells: readonly PlannedCell[];
}

/**
 * Every row number in a plan is in the sheet as it is *after* the insertion
 * (when `insertAt` is set, rows at or below it have moved down by one).
 */
export interface RowPlan {
  readonly sheet: string;
  /** Insert a new row at this 0-based row (shifting cells down); null to write into `row` in place. */
  readonly insertAt: number | null;
  /** The row whose cells are written (the new row when inserting). */
  readonly row: number;
  /** Copy formats from this row (the selected line) onto the new one. */
  readonly formatFrom: number | null;
  /** The columns whose formats are copied from `formatFrom` (cells inside merged areas left out). */
  readonly formatSpans?: readonly ColumnSpan[];
  readonly cells: readonly PlannedCell[];
  /** Other rows' cells rewritten in the same change (only our own formulas, extended). */
  readonly updates?: readonly RowUpdate[];
}

/** The figures of a settlement row (천원, or the table's unit), from the pane's form. */
export interface SettlementFigures {
  readonly final?: number;
  readonly carriedIn?: number;
  readonly changed?: number;
  readonly spent?: number;
  readonly carriedOut?: number;
}

/** A template's inputs, from the pane's small form. */
export interface TemplateRequest {
  readonly template: TemplateKind;
  readonly sheet: string;
  /** The selected cell (A1). */
  readonly cell: string;
  readonly level?: 1 | 2 | 3;
  readonly label?: string;
  /** The unit price in 원 (basis item). */
  readonly unitPrice?: number;
  /** Counts with their counters (`15`, `건`); the counter `%` makes the count a percentage. */
  readonly counts?: readonly { readonly value: number; readonly counter: string }[];
  readonly rounding?: Exclude<RoundingMode, 'exact' | 'mixed'>;
  /** Settlement row: the typed figures; 예산현액 and 집행잔액 are formulas. */
  readonly figures?: SettlementFigures;
}

/** What the pane may offer for the selected cell. */
export interface InsertTarget {
  readonly sheet: string;
  readonly cell: string;
  readonly table: TableInfo | null;
  readonly templates: readonly TemplateKind[];
  /**
   * For each offered template, where and how it would write (plain data). With it,
   * `previewInsert` (templates/index.ts) shows the exact text and formulas without
   * another read of the workbook.
   */
  readonly sites?: Partial<Record<TemplateKind, TemplateSite>>;
  /**
   * Why nothing can be offered when the reason is ours, not the user's (the engine could
   * not read the sheet's tables): shown instead of "not in a table", never silently.
   */
  readonly refusal?: Refusal;
}
