/**
 * Standard calculation rows (issue 4): the planner's public API. Pure: a
 * workbook snapshot (the selected sheet is enough) and the selected cell in;
 * what fits there, and the exact row to write, out.
 *
 *   insertTargetFor(snapshot, sheet, cell)  → InsertTarget: the table and the templates that fit
 *   planTemplate(snapshot, request)         → PlanOutcome: { ok, plan, preview } or { ok: false, refusal }
 *   previewInsert(target, request)          → the same, from an InsertTarget alone (no second read)
 *   describeRefusal(refusal, language)      → the refusal in words
 *
 * A host carries a RowPlan out as one change: insert the row (`insertAt`, cells
 * shifting down), copy formats from `formatFrom` over `formatSpans`, write
 * `cells` (text as text, never as a formula) and `updates`. Rows in a plan are
 * numbered as they are after the insertion.
 */
import type { TableInfo } from '../findings';
import type { FoundTable } from '../tables/detect';
import { matchColumnarHeader } from '../tables/basisColumns';
import type { WorkbookSnapshot } from '../snapshot';
import { basisColumnarSite, planBasisColumnar } from './basisColumnar';
import { basisTextSite, planBasisText } from './basisText';
import { changeRateSite, planChangeRate } from './changeRate';
import { locate, type Selection } from './locate';
import { refused, type PlanOutcome } from './outcome';
import type { InsertTarget, TemplateKind, TemplateRequest } from './plan';
import { isRefusal, refuse, type Refusal } from './refusal';
import { planSettlementRow, settlementSite } from './settlementRow';
import type { TemplateSite } from './sites';
import { planSubtotal, subtotalSite } from './subtotal';
import { planTotalRow, totalRowSite } from './totalRow';

export type { InsertTarget, PlannedCell, RowPlan, TemplateKind, TemplateRequest } from './plan';
export type { InsertPreview, PlanOutcome } from './outcome';
export type { Refusal, RefusalReason } from './refusal';
export type { TemplateSite } from './sites';
export { describeRefusal } from './refusal';

export const TEMPLATE_KINDS: readonly TemplateKind[] = ['basis-item', 'subtotal', 'total-row', 'change-rate', 'settlement-row'];

/** The table the cell is in and every template that fits there, each with its site. */
export function insertTargetFor(snapshot: WorkbookSnapshot, sheet: string, cell: string): InsertTarget {
  const sel = locate(snapshot, sheet, cell);
  if (isRefusal(sel) && sel.reason === 'unreadable-sheet') return { sheet, cell, table: null, templates: [], refusal: sel };
  if (isRefusal(sel) || !sel.table) return { sheet, cell, table: null, templates: [] };
  const sites: Partial<Record<TemplateKind, TemplateSite>> = {};
  const templates: TemplateKind[] = [];
  for (const kind of TEMPLATE_KINDS) {
    const site = siteFor(sel, sel.table, kind);
    if (isRefusal(site)) continue;
    sites[kind] = site;
    templates.push(kind);
  }
  return { sheet, cell, table: tableInfo(sel.table), templates, sites };
}

/** The row a template would write for this request, or why it cannot. */
export function planTemplate(snapshot: WorkbookSnapshot, request: TemplateRequest): PlanOutcome {
  const sel = locate(snapshot, request.sheet, request.cell);
  if (isRefusal(sel)) return refused(sel);
  if (!sel.table) return refused(refuse('not-in-table'));
  const site = siteFor(sel, sel.table, request.template);
  if (isRefusal(site)) return refused(site);
  return planFromSite(site, request);
}

/** planTemplate from a target a host already read (the pane's live preview). */
export function previewInsert(target: InsertTarget, request: TemplateRequest): PlanOutcome {
  const site = target.sites?.[request.template];
  if (!target.table) return refused(refuse('not-in-table'));
  if (!site) return refused(refuse('does-not-fit'));
  return planFromSite(site, request);
}

function siteFor(sel: Selection, table: FoundTable, kind: TemplateKind): TemplateSite | Refusal {
  switch (kind) {
    case 'basis-item':
      if (table.kind !== 'basis') return refuse('does-not-fit');
      return matchColumnarHeader(sel.grid, table.top) ? basisColumnarSite(sel, table) : basisTextSite(sel, table);
    case 'subtotal':
      return table.kind === 'basis' ? subtotalSite(sel, table) : refuse('does-not-fit');
    case 'total-row':
      return table.kind === 'summary' || table.kind === 'schedule' ? totalRowSite(sel, table) : refuse('does-not-fit');
    case 'change-rate':
      return changeRateSite(sel, table);
    case 'settlement-row':
      return settlementSite(sel, table);
    default:
      return refuse('does-not-fit');
  }
}

function planFromSite(site: TemplateSite, request: TemplateRequest): PlanOutcome {
  switch (site.kind) {
    case 'basis-text':
      return request.template === 'basis-item' ? planBasisText(site, request) : refused(refuse('does-not-fit'));
    case 'basis-columnar':
      return request.template === 'basis-item' ? planBasisColumnar(site, request) : refused(refuse('does-not-fit'));
    case 'subtotal':
      return planSubtotal(site);
    case 'total-row':
      return planTotalRow(site);
    case 'change-rate':
      return planChangeRate(site);
    case 'settlement-row':
      return planSettlementRow(site, request);
  }
}

function tableInfo(t: FoundTable): TableInfo {
  return { kind: t.kind, sheet: t.sheet, range: t.range, unit: t.unit, rounding: t.rounding, title: t.title };
}
