/**
 * Standard rows (issue 4) over Office.js. insertTarget reads the selection and
 * its sheet (three syncs: info with the active cell, details, cells) and asks the
 * engine's planner what fits. insert reads the same, plans, checks everything
 * that could make the write fail (protection, read-only, merged cells, room at
 * the bottom), and only then writes the insertion, the copied formats, the
 * values and formulas and the moved records: one write sync for a small book,
 * as many as Excel's request limit needs for thousands of records (moveRecords).
 */
import type { Language } from '../engine/options';
import type { SheetSnapshot } from '../engine/snapshot';
import { describeRefusal, insertTargetFor, planTemplate } from '../engine/templates';
import type { InsertTarget, TemplateRequest } from '../engine/templates/plan';
import { HostError } from '../host/port';
import { message } from './messages';
import { assertReadable, assertWritable } from './preflight';
import { followCopiedFormats, insertOps } from './moveRecords';
import { readGrids } from './readGrids';
import { shiftState } from './shiftState';
import { sameState } from './verifyAction';
import type { ExcelRun, NotesApi } from './types';
import { loadDetails, loadInfo, type SheetDetails, type WorkbookInfo } from './workbook';
import { runWrites } from './writeMarks';

export interface InsertDeps {
  readonly run: ExcelRun;
  readonly notesApi: NotesApi;
}

export function runInsertTarget(deps: InsertDeps, language: Language): Promise<InsertTarget> {
  return deps.run(async (context) => {
    const read: { active?: Excel.Range } = {};
    // Read by the sync inside loadInfo.
    const info = await loadInfo(context, deps.notesApi, {
      alongside: () => {
        read.active = context.workbook.getActiveCell().load('address');
      },
    });
    if (!read.active) throw new Error('the active cell was not read');
    const { sheet, cell } = splitAddress(read.active.address);
    if (!info.sheets.includes(sheet)) return { sheet, cell, table: null, templates: [] };
    const { snapshot } = await readSheet(context, info, sheet, language);
    return insertTargetFor({ sheets: [snapshot] }, sheet, cell);
  });
}

export function runInsert(deps: InsertDeps, request: TemplateRequest, language: Language): Promise<void> {
  return deps.run(async (context) => {
    const info = await loadInfo(context, deps.notesApi);
    if (!info.sheets.includes(request.sheet))
      throw new HostError('not-found', message('sheetNotFound', language, { sheet: request.sheet }));
    const { snapshot, details } = await readSheet(context, info, request.sheet, language);
    const outcome = planTemplate({ sheets: [snapshot] }, request);
    if (!outcome.ok) throw new HostError('cannot-insert', describeRefusal(outcome.refusal, language, request.template));
    const plan = outcome.plan;
    const shifted =
      plan.insertAt === null ? details.state : shiftState(details.state, plan.sheet, plan.insertAt);
    const state = followCopiedFormats(shifted, plan);
    const stateChanged = info.hasStateSheet && !sameState(state, details.state);
    assertWritable(info, details.protectedSheets, { sheets: new Set([plan.sheet]), state: stateChanged }, language);
    await runWrites(context, insertOps(plan, stateChanged ? state : null, details.stateEnd));
  });
}

/** Two syncs: the sheet's protection, extent and merges, then its cells. */
async function readSheet(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  sheet: string,
  language: Language,
): Promise<{ snapshot: SheetSnapshot; details: SheetDetails }> {
  const details = await loadDetails(context, info, [sheet], true);
  assertReadable(details.extents, language);
  const sheets = details.extents.length ? await readGrids(context, details.extents, details.merges) : [];
  const snapshot = sheets[0] ?? { name: sheet, values: [], texts: [], merges: details.merges.get(sheet) ?? [] };
  return { snapshot, details };
}

/** `'사업 설명서'!B30` (or `Sheet1!B30:C31`) → the sheet and the first cell. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf('!');
  const rawSheet = bang < 0 ? '' : address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const cell = (address.slice(bang + 1).split(':')[0] ?? '').replace(/\$/g, '');
  return { sheet, cell };
}
