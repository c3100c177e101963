/**
 * Standard calculation rows (issue 4): what a template asks a host to do, as
 * plain data. The engine decides the rows, texts and formulas; each adapter
 * (Office.js, the browser host) only carries the plan out, as one undoable change.
 *
 * Formulas are built only from our templates and cell references — never from
 * cell text.
 */
import type { RoundingMode, TableInfo } from '../findings';

export type TemplateKind = 'basis-item' | 'subtotal' | 'total-row' | 'change-rate' | 'settlement-row';

/** A cell of a planned row, in sheet coordinates (0-based). */
export interface PlannedCell {
  readonly col: number;
  /** A constant (number or text; text is always written as text, never parsed as a formula). */
  readonly value?: number | string;
  /** One of our own formulas, e.g. `=ROUNDDOWN(C14*D14*E14/1000,0)`. */
  readonly formula?: string;
  readonly numberFormat?: string;
}

export interface RowPlan {
  readonly sheet: string;
  /** Insert a new row at this 0-based row (shifting cells down); null to write into `row` in place. */
  readonly insertAt: number | null;
  /** The row whose cells are written (the new row when inserting). */
  readonly row: number;
  /** Copy formats from this row (the selected line) onto the new one. */
  readonly formatFrom: number | null;
  readonly cells: readonly PlannedCell[];
}

/** A template's inputs, from the pane's small form. */
export interface TemplateRequest {
  readonly template: TemplateKind;
  readonly sheet: string;
  /** The selected cell (A1). */
  readonly cell: string;
  readonly level?: 1 | 2 | 3;
  readonly label?: string;
  readonly unitPrice?: number;
  readonly counts?: readonly { readonly value: number; readonly counter: string }[];
  readonly rounding?: Exclude<RoundingMode, 'exact' | 'mixed'>;
}

/** What the pane may offer for the selected cell. */
export interface InsertTarget {
  readonly sheet: string;
  readonly cell: string;
  readonly table: TableInfo | null;
  readonly templates: readonly TemplateKind[];
}
