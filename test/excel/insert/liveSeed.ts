/**
 * The seed made live, one standard row at a time, the way a budget officer would
 * with the Insert section: each 산출근거 parent becomes the SUM of its lines; each
 * summary row's 증감 and 증감률 and the summary's 계 become formulas; the schedule's
 * 계 a SUM. Links no template makes (summary B ← the basis, 사업비 ← summary 계,
 * schedule steps ← summary rows) are written here as the office would type them.
 */
import type { TemplateRequest } from '../../../src/engine/templates/plan';
import type { FakeBook } from '../fake/book';
import { findingsOf, hostOf, numericSeed, SEED_SHEET, setFormula, brief } from './books';

export type Step =
  | { readonly kind: 'template'; readonly request: Omit<TemplateRequest, 'sheet'> }
  | { readonly kind: 'link'; readonly cell: string; readonly formula: string };

export const LIVE_STEPS: readonly Step[] = [
  { kind: 'template', request: { template: 'subtotal', cell: 'B28' } },
  { kind: 'template', request: { template: 'subtotal', cell: 'B32' } },
  { kind: 'template', request: { template: 'subtotal', cell: 'B37' } },
  { kind: 'link', cell: 'C23', formula: '=D28+D32+D37' },
  { kind: 'link', cell: 'C24', formula: '=D40' },
  { kind: 'template', request: { template: 'change-rate', cell: 'A23' } },
  { kind: 'template', request: { template: 'change-rate', cell: 'A24' } },
  { kind: 'template', request: { template: 'total-row', cell: 'A22' } },
  { kind: 'link', cell: 'B8', formula: '=C22' },
  { kind: 'link', cell: 'D8', formula: '="(사비)"&TEXT(C22,"#,##0")&"천원"' },
  { kind: 'link', cell: 'C71', formula: '=C23' },
  { kind: 'link', cell: 'C72', formula: '=C24' },
  { kind: 'template', request: { template: 'total-row', cell: 'A69' } },
];

/**
 * Runs the steps on the numeric seed. `after` sees the findings after each step
 * (the tests require none), so a step that breaks the document is named.
 */
export async function liveSeed(after: (step: Step, findings: string[]) => void = () => undefined): Promise<FakeBook> {
  const book = numericSeed();
  const host = hostOf(book);
  for (const step of LIVE_STEPS) {
    if (step.kind === 'template') await host.insert({ ...step.request, sheet: SEED_SHEET });
    else setFormula(book, SEED_SHEET, step.cell, step.formula);
    after(step, brief(findingsOf(book)));
  }
  return book;
}
