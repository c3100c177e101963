/** Findings and tables: what the engine returns to every surface (DESIGN §4). */

export type TableKind = 'overview' | 'summary' | 'basis' | 'schedule' | 'settlement' | 'statement' | 'subjects' | 'mention' | 'columns';

import type { RuleId } from './rules/ids';

export type { RuleId };

export type Severity = 'error' | 'warning';

/** How a table's amounts were rounded to its unit, as far as the figures show. */
export type RoundingMode = 'exact' | 'down' | 'half-up' | 'up' | 'mixed';

/** The unit a figure is shown in. */
export type FigureUnit = '원' | '천원' | '만원' | '백만원' | '억원' | '%';

export interface TableInfo {
  readonly kind: TableKind;
  readonly sheet: string;
  /** A1 range of the table including its header, e.g. `A12:D25`. */
  readonly range: string;
  /** The unit the table's amounts are in, from its unit note or cells (default 천원). */
  readonly unit: FigureUnit;
  /** Only for tables with recomputed amounts (basis); `exact` elsewhere. */
  readonly rounding: RoundingMode;
  /** A short title (the 과목/구분 or heading nearby), for grouping findings. */
  readonly title: string;
}

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** The cell holding the stated figure that disagrees (A1, e.g. `D14`). */
  readonly cell: string;
  /** Expected figure in the unit the cell shows; null for a warning with no number. */
  readonly expected: number | null;
  /** Stated figure in the same unit; null when it could not be read. */
  readonly actual: number | null;
  readonly unit: FigureUnit | null;
  /** Where the disagreement comes from: the cell itself, or the cell an error was carried from. */
  readonly cause: string;
  /** The computation behind `expected`, in the document's own notation. */
  readonly explain: string;
  /** Human message in the language of the options. */
  readonly message: string;
  /** The `range` of the table the cell belongs to, for grouping. */
  readonly table: string;
}

/** Why a figure was not checked (DESIGN §1.2). */
export type UncheckedReason = 'no table found' | 'no identity found' | 'not read';

export interface UncheckedFigure {
  readonly sheet: string;
  readonly cell: string;
  readonly reason: UncheckedReason;
}

/**
 * Every figure of the workbook, checked or not: `figures = checked + unchecked.length`.
 * A result is clean only when nothing is unchecked and nothing is found.
 */
export interface Coverage {
  readonly figures: number;
  readonly checked: number;
  /** In sheet order, then row, then column. */
  readonly unchecked: readonly UncheckedFigure[];
}

export interface VerifyResult {
  readonly tables: readonly TableInfo[];
  readonly findings: readonly Finding[];
  readonly coverage: Coverage;
}
