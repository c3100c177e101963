/**
 * Verify: read → check → mark, in one Excel.run and a fixed number of syncs
 * (info, details, one per read batch — normally one —, probe, write), whatever
 * the size of the sheet. Nothing is written until everything has been read and
 * every reason a write could fail has been checked.
 */
import { isAccepted } from '../engine/review';
import { makeOptions } from '../engine/options';
import type { Finding } from '../engine/findings';
import type { HostVerifyResult, HostPort, VerifyScope } from '../host/port';
import { abortError } from './errors';
import { cellsToProbe, isEmptyPlan, planMarks, sheetsWritten, type MarkTarget } from './marks';
import { queueMarks, queueState } from './markWriter';
import { message } from './messages';
import { assertReadable, assertWritable } from './preflight';
import { probeCells } from './probes';
import { readGrids } from './readGrids';
import { stateRows, type WorkbookState } from './stateFormat';
import type { ExcelRun, NotesApi, VerifyEngine } from './types';
import { loadDetails, loadInfo } from './workbook';

export interface VerifyDeps {
  readonly run: ExcelRun;
  readonly engine: VerifyEngine;
  readonly notesApi: NotesApi;
}

type VerifyOptionsArg = Parameters<HostPort['verify']>[1];

export function runVerify(
  deps: VerifyDeps,
  scope: VerifyScope,
  options: VerifyOptionsArg,
): Promise<HostVerifyResult> {
  const { language, onProgress, signal } = options;
  const checkAbort = () => {
    if (signal?.aborted) throw abortError();
  };
  return deps.run(async (context) => {
    const info = await loadInfo(context, deps.notesApi);
    checkAbort();
    const names = scope === 'sheet' ? [info.activeSheet] : info.sheets;
    const details = await loadDetails(context, info, names, true);
    assertReadable(details.extents, language);
    const sheets = await readGrids(context, details.extents, details.merges, (p) =>
      onProgress?.({ stage: 'read', ...p }),
    );
    checkAbort();

    onProgress?.({ stage: 'check', done: 0, total: 1 });
    const result = await deps.engine({ sheets }, makeOptions({ language }), { signal });
    checkAbort();
    onProgress?.({ stage: 'check', done: 1, total: 1 });
    const acceptances = details.state.acceptances;
    const targets = result.findings
      .filter((f) => !isAccepted(f, acceptances))
      .map((f) => toTarget(f, language));

    const inScope = (r: { sheet: string }) => names.includes(r.sheet);
    const probe = await probeCells(
      context,
      cellsToProbe(details.state, targets, inScope),
      deps.notesApi,
      info,
    );
    const plan = planMarks(details.state, targets, inScope, probe, deps.notesApi);
    const stateChanged = !sameState(plan.state, details.state);
    assertWritable(
      info,
      details.protectedSheets,
      { sheets: sheetsWritten(plan), state: stateChanged },
      language,
    );
    checkAbort();

    if (!isEmptyPlan(plan) || stateChanged) {
      onProgress?.({ stage: 'write', done: 0, total: 1 });
      queueMarks(context, plan, deps.notesApi);
      if (stateChanged) queueState(context, plan.state, info.hasStateSheet);
      await context.sync();
      onProgress?.({ stage: 'write', done: 1, total: 1 });
    }
    return { tables: result.tables, findings: result.findings, acceptances };
  });
}

/** The note on a flagged cell: what is wrong, and the computation a reviewer can check by eye. */
function toTarget(f: Finding, language: VerifyOptionsArg['language']): MarkTarget {
  const lines = [`${message('noteTitle', language)} ${f.message}`];
  if (f.explain) lines.push(f.explain);
  return { sheet: f.sheet, cell: f.cell, severity: f.severity, note: lines.join('\n') };
}

export function sameState(a: WorkbookState, b: WorkbookState): boolean {
  return JSON.stringify(stateRows(a)) === JSON.stringify(stateRows(b));
}
