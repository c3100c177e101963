/**
 * Where a template writes, read from the workbook once (templates/locate*.ts):
 * plain data the planner turns into a RowPlan together with the user's inputs.
 * Sites travel in InsertTarget, so a pane can preview a plan without the
 * workbook. Rows and columns are 0-based and *before* any insertion.
 */
import type { MoneyUnit } from '../number';
import type { Refusal } from './refusal';
import type { Chain, ShownCell } from './chain';

/** Columns `left..right` (0-based, inclusive). Here, not in plan.ts, so plan imports sites and never the reverse. */
export interface ColumnSpan {
  readonly left: number;
  readonly right: number;
}

/**
 * The amount a new line joins (its parent's, its group's 소계), and what follows it:
 * `sum` when the amount is a formula (rewritten as the SUM of its lines and the new
 * one), `figure` when it is a figure (written anew with the line's amount added);
 * `chain` is every figure above that the table's identities tie to it.
 */
export interface Joined {
  readonly sheet: string;
  readonly sum: LiveSum | null;
  readonly figure: ({ readonly row: number; readonly col: number; readonly stated: number; readonly scale: number } & ShownCell) | null;
  readonly chain: Chain;
}

export type Rounding = 'down' | 'half-up' | 'up';
export type LineLevel = 1 | 2 | 3;

/** One of our own live sums: `=SUM(<col><rows>)`. */
export interface LiveSum {
  readonly row: number;
  readonly col: number;
  readonly rows: readonly number[];
}

/** Where a new row goes and what it copies. */
export interface InsertPoint {
  readonly insertAt: number;
  /** The row to copy formats from, before the insertion. */
  readonly formatFrom: number;
  readonly formatSpans: readonly ColumnSpan[];
}

/** A basis line at one level: where it goes, and the amount above it that takes it in. */
export interface BasisLevelSite extends InsertPoint {
  readonly level: LineLevel;
  readonly joins: Joined | null;
}

/** 산출근거, text layout: `○ label factors | = | amount`, or all in one cell. */
export interface BasisTextSite {
  readonly kind: 'basis-text';
  readonly sheet: string;
  readonly selectedLevel: LineLevel;
  readonly levels: readonly BasisLevelSite[];
  /** Levels that cannot be inserted here, and why (merged cells, no room). */
  readonly blocked: readonly { readonly level: LineLevel; readonly refusal: Refusal }[];
  readonly textCol: number;
  /** A column showing `=` between the line and its amount, as the table's lines have. */
  readonly eqCol: number | null;
  /** null: the amount is written at the end of the line itself (`… = 60,000천원`). */
  readonly amountCol: number | null;
  /** First of the hidden helper cells that hold the line's inputs (right of the table). */
  readonly helperCol: number;
  readonly amountUnit: MoneyUnit;
  /** The table's amounts show their unit (`60,000천원`). */
  readonly unitShown: boolean;
  readonly rounding: Rounding;
}

/** 산출근거, columnar layout: `항목 | 단가 | 수량 | … | 금액`. */
export interface BasisColumnarSite extends InsertPoint {
  readonly kind: 'basis-columnar';
  readonly sheet: string;
  readonly labelCol: number;
  readonly priceCol: number;
  readonly priceUnit: MoneyUnit;
  readonly counts: readonly { readonly col: number; readonly percent: boolean; readonly name: string }[];
  readonly amountCol: number;
  readonly amountUnit: MoneyUnit;
  readonly rounding: Rounding;
  /** The group's 소계 (or the table's 합계) that takes the new row in. */
  readonly joins: Joined | null;
}

/** Subtotal: a parent line's (or 소계 row's) amount becomes the SUM of its parts, in place. */
export interface SubtotalSite {
  readonly kind: 'subtotal';
  readonly sheet: string;
  readonly sum: LiveSum;
  /** Set when the cell held text or nothing: a format that shows the figure as the lines do. */
  readonly numberFormat: string | null;
}

/** The rate column of a summary row: `(B − A) × 100 / A` at the shown precision. */
export interface RateColumns {
  readonly before: number;
  readonly after: number;
  readonly rate: number;
  readonly decimals: number;
}

/** 계 of a summary or schedule table: made live in place, or inserted as the first row. */
export interface TotalRowSite {
  readonly kind: 'total-row';
  readonly sheet: string;
  /** null: the table's existing 계 row is rewritten in place. */
  readonly insert: InsertPoint | null;
  /** The 계 row (in place), or the row the new one is inserted at. */
  readonly row: number;
  readonly labelCol: number;
  readonly sums: readonly { readonly col: number; readonly rows: readonly number[] }[];
  readonly rate: RateColumns | null;
}

/** 증감 and 증감률 of one summary row, in place. */
export interface ChangeRateSite {
  readonly kind: 'change-rate';
  readonly sheet: string;
  readonly row: number;
  readonly before: number;
  readonly after: number;
  readonly change: number | null;
  readonly rate: number | null;
  readonly decimals: number;
}

export type SettlementKey = 'final' | 'carriedIn' | 'changed' | 'current' | 'spent' | 'carriedOut' | 'balance';

/** A new year's row of a 결산 table. */
export interface SettlementSite extends InsertPoint {
  readonly kind: 'settlement-row';
  readonly sheet: string;
  readonly labelCol: number;
  readonly cols: Readonly<Record<SettlementKey, number | null>>;
}

export type TemplateSite =
  | BasisTextSite
  | BasisColumnarSite
  | SubtotalSite
  | TotalRowSite
  | ChangeRateSite
  | SettlementSite;
