/**
 * Excel's limits that shape how the adapter batches its requests. One place,
 * so a host that turns out stricter is fixed by changing a number.
 */

/**
 * `getRange`/`getRanges` address strings longer than this are cut at this
 * length without an error (Office docs, "Excel add-in troubleshooting"), which
 * would silently drop or, worse, change the last cells of a list.
 */
export const MAX_ADDRESS_CHARS = 8192;

/** Excel on the web rejects a request or a response larger than 5 MB. */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

/** A single range read may cover at most five million cells (every platform). */
export const MAX_CELLS_PER_READ = 5_000_000;

/**
 * What one cell of the read costs in the response, all five grids together
 * (value, text, formula, number format, value type). A budget cell such as
 * `534200 | "534,200" | 534200 | "#,##0" | "Double"` is about 40 bytes; Korean
 * labels cost more, empty cells less. Too low an estimate is caught by the
 * payload error and halved (see readWorkbook); too high only costs a sync.
 */
export const ESTIMATED_BYTES_PER_CELL = 48;

/** Leave room for JSON framing and the other objects loaded in the same sync. */
export const READ_BUDGET_BYTES = Math.floor(MAX_PAYLOAD_BYTES * 0.8);

/** Cells read in one sync: about 87,000, so a 10,000-row, 8-column sheet is one request. */
export const CELLS_PER_SYNC = Math.floor(READ_BUDGET_BYTES / ESTIMATED_BYTES_PER_CELL);

/**
 * The largest sheet we check. Budget documents are a few thousand rows; a
 * million-row used range is nearly always stray content far below the tables,
 * and reading it would take minutes and hundreds of megabytes in the pane.
 */
export const MAX_ROWS_PER_SHEET = 200_000;
export const MAX_CELLS_PER_VERIFY = 2_000_000;
