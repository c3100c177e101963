/**
 * Narrower than this (a phone, a split screen, Excel's 320 px pane width), the
 * page puts the pane below the workbook at full width and its toolbar goes compact.
 */
export const NARROW = '@media (max-width: 760px)';
