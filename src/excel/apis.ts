/**
 * Which way the add-in annotates a flagged cell, decided in each run by what the
 * host declares (requirement sets, officeRuntime.ts) and what its Office.js
 * defines: a host may report ExcelApi 1.18 while the Office.js it loaded has no
 * `Worksheet.notes` (the npm package's copy, an old cached script), and trusting
 * the set alone would crash every action. Notes where both agree, else threaded
 * comments, else none (the findings are then in the pane's list only).
 */
import type { NotesApi } from './types';

export interface AnnotationApis {
  /** What the requirement sets said. */
  readonly declared: NotesApi;
  /** `Worksheet.notes` is there (and declared). */
  readonly notes: boolean;
  /** `Workbook.comments` and `Worksheet.comments` are there (and declared). */
  readonly comments: boolean;
  /** The kind this run writes. */
  readonly kind: NotesApi;
}

/** Whether the workbook proxy has comments to load, before the first sync. */
export function hasComments(declared: NotesApi, workbook: Excel.Workbook): boolean {
  return declared !== 'none' && isCollection((workbook as { comments?: unknown }).comments);
}

/** The APIs, given any worksheet proxy of the run (a loaded collection item). */
export function resolveApis(
  declared: NotesApi,
  workbook: Excel.Workbook,
  worksheet: Excel.Worksheet | undefined,
): AnnotationApis {
  const sheet = (worksheet ?? {}) as { notes?: unknown; comments?: unknown };
  const notes = declared === 'note' && isCollection(sheet.notes);
  const comments = hasComments(declared, workbook) && isCollection(sheet.comments);
  return { declared, notes, comments, kind: notes ? 'note' : comments ? 'comment' : 'none' };
}

function isCollection(x: unknown): boolean {
  return typeof x === 'object' && x !== null;
}
