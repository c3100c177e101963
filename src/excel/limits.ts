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

/**
 * What one address list passed to `getRanges` may hold here: `getRanges` has been
 * reported to fail with InvalidArgument a little above 8,000 characters or about
 * 500 areas, so a list stays at half of both. More lists cost only commands in
 * the same sync, not syncs.
 */
export const SAFE_ADDRESS_CHARS = 4000;
export const SAFE_ADDRESS_AREAS = 250;

/** The sheet grid: no used range can be larger (Excel specifications and limits). */
export const GRID_ROWS = 1_048_576;
export const GRID_COLUMNS = 16_384;

/**
 * Excel on the web rejects a request or a response larger than 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, "Resource
 * limits and performance optimization for Office Add-ins"). Desktop Excel has no
 * such limit; batching for the web costs desktop nothing but a few syncs.
 */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

/** A single range read may cover at most five million cells (every platform). */
export const MAX_CELLS_PER_READ = 5_000_000;

/**
 * What one cell of the read costs in the response, the three grids read for
 * every cell together (values, text, formulas; see readGrids). Measured on the
 * fake with generated budget books in the e-호조 statement layout: about 20 bytes
 * a cell, as 70% of a budget sheet's cells are empty (`"","",""`, 9 bytes) and a
 * figure costs about 25 (`534200,"534,200",534200`); Korean labels cost three
 * bytes a character three times over. Too low an estimate is caught by the
 * payload error and halved (see readGrids); too high only costs a sync.
 */
export const ESTIMATED_BYTES_PER_CELL = 24;

/** Leave room for JSON framing and the other objects loaded in the same sync. */
export const READ_BUDGET_BYTES = Math.floor(MAX_PAYLOAD_BYTES * 0.8);

/** Cells read in one sync: about 174,000, so a 10,000-row, 17-column sheet is one request. */
export const CELLS_PER_SYNC = Math.floor(READ_BUDGET_BYTES / ESTIMATED_BYTES_PER_CELL);

/**
 * What one queued command costs in a request besides its arguments: Office
 * serialises each action and each object path it creates (ids, type, name,
 * parent) as JSON, about 100–150 bytes. An estimate on the safe side; a chunk
 * Excel still finds too large is halved and retried (see inChunks in chunks.ts).
 */
export const ESTIMATED_BYTES_PER_COMMAND = 160;

/** Estimated request (or response) bytes per write or probe sync. */
export const WRITE_BUDGET_BYTES = Math.floor(MAX_PAYLOAD_BYTES * 0.8);

/**
 * The pane's memory, not Excel, is what a very large read would exhaust: the
 * snapshot keeps every cell's value, text and formula (about 100 bytes a cell in
 * a browser's JS heap once the strings are counted), and one batch's response is
 * parsed on top. 16.7 million cells is a full-height sheet 16 columns wide
 * (1,048,576 × 16), about 1.7 GB: beyond it a task pane runs out of memory.
 * Budget books (500,000 rows × 10–12 columns) are a third of it.
 */
export const MAX_CELLS_PER_VERIFY = GRID_ROWS * 16;
