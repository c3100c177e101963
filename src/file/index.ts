/** The file adapter: .xlsx files in and out, around the pure engine. */
export { readWorkbook, snapshotSheet, type WorkbookReading } from './read';
export { readLoadedWorkbook } from './workbookReading';
export { loadWorkbook } from './load';
export { annotateWorkbook } from './annotateWorkbook';
export {
  writeAnnotatedCopy,
  annotatedPath,
  ERROR_FILL,
  WARNING_FILL,
  type AnnotateRequest,
} from './annotate';
export { WorkbookReadError, WorkbookWriteError } from './errors';
export { ACCEPTANCE_KEY, encodeAcceptance, decodeAcceptance } from './state';
export { applyAcceptances, countFindings, type ReviewedFinding } from './review';
export { formatFigure, formatFigureWithUnit } from './figures';
export { formatNumber } from './numberFormat';
export { labelsFor, type Labels, type Counts } from './labels';
