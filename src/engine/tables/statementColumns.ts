/** The columns of a budget statement (statement.ts finds them, statementTree.ts reads by them). */
export interface StatementColumns {
  readonly headerRow: number;
  /** Hierarchy columns, outermost first; the last one holds the marked items (산출내역). */
  readonly tree: readonly number[];
  /** 산출기초: the calculation text of an item, when the layout has its own column. */
  readonly basis: number | null;
  readonly budget: number;
  readonly before: number | null;
  readonly change: number | null;
  /** The normalised header text of the budget column, to know the header when a page repeats it. */
  readonly budgetHeader: string;
}
