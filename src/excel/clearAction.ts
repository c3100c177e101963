/**
 * Clear: every fill the add-in painted goes back to the exact original (kept in
 * the state sheet, so this works after save and reopen), every note it wrote and
 * the user has not edited is removed; acceptances stay. In syncs under Excel's
 * request limit (10,000 marks do not fit one request on the web).
 */
import type { Language } from '../engine/options';
import { cellsToProbe, planMarks } from './marks';
import { assertWritable } from './preflight';
import { probeCells } from './probes';
import type { ExcelRun, NotesApi } from './types';
import { loadDetails, loadInfo } from './workbook';
import { planWrites, runWrites } from './writeMarks';

export interface ClearDeps {
  readonly run: ExcelRun;
  readonly notesApi: NotesApi;
}

/**
 * `only`: the sheets to clear (the self-test clears its own sheet and nothing
 * else); every sheet when absent.
 */
export function runClear(
  deps: ClearDeps,
  language: Language,
  only?: readonly string[],
): Promise<void> {
  return deps.run(async (context) => {
    const info = await loadInfo(context, deps.notesApi);
    if (!info.hasStateSheet) return;
    const details = await loadDetails(context, info, info.sheets, false);
    const recorded = [...details.state.fills, ...details.state.notes];
    if (recorded.length === 0) return;
    // Records of sheets deleted or renamed since cannot be restored; they are dropped.
    const exists = (r: { sheet: string }) => info.sheets.includes(r.sheet);
    const inScope = (r: { sheet: string }) => exists(r) && (!only || only.includes(r.sheet));
    const probe = await probeCells(context, cellsToProbe(details.state, [], inScope), info);
    const plan = planMarks(details.state, [], inScope, probe, info.notesApi);
    // planMarks keeps only the records out of scope: those of other sheets stay.
    const state = {
      ...plan.state,
      fills: plan.state.fills.filter(exists),
      notes: plan.state.notes.filter(exists),
    };
    const sheets = new Set([...plan.restore, ...plan.deleteNotes].map((r) => r.sheet));
    assertWritable(info, details.protectedSheets, { sheets, state: true }, language);
    const records = { state: details.state, exists: true, end: details.stateEnd };
    // Marks first, then the records rewritten: if a sync fails between, the
    // records still cover every mark left, and Clear can simply run again.
    await runWrites(context, planWrites({ ...plan, state }, records, info.notesApi));
  });
}
