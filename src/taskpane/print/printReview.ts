/** Prints the review as the A4 report (engine/report), from the pane or the page. */
import type { Language } from '../../engine/options';
import { printReport, type PrintInput } from '../../engine/report/printReport';
import { printDocument } from './printFrame';

export function printReview(input: PrintInput, language: Language, doc?: Document): HTMLIFrameElement {
  return printDocument(printReport(input, language), doc);
}
