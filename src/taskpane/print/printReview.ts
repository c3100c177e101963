/** Prints a review as the A4 report (engine/report), from the pane or the page, stamped with the time it is printed. */
import type { Language } from '../../engine/options';
import { printReport, reportTime, type ReviewReport } from '../../engine/report/printReport';
import type { HostPort } from '../../host/port';
import type { ReviewState } from '../review/reviewState';
import { printDocument } from './printFrame';

export function printReview(report: ReviewReport, language: Language, doc?: Document): HTMLIFrameElement {
  return printDocument(printReport({ ...report, at: reportTime(new Date()) }, language), doc);
}

/**
 * What the pane prints: the host's record when it keeps one (the page: the same as
 * its toolbar's Print, Undo and Redo included), else the pane's own result with the
 * acceptances and the Fixes made from it; null before a Verify.
 */
export function paneReport(host: HostPort, state: Pick<ReviewState, 'result' | 'acceptances' | 'fixes'>): ReviewReport | null {
  if (host.report) return host.report();
  const { result, acceptances, fixes } = state;
  if (!result) return null;
  return {
    tables: result.tables,
    findings: result.findings,
    acceptances,
    fixes,
    ...(result.coverage ? { coverage: result.coverage } : {}),
  };
}
