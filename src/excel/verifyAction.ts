/**
 * Verify: read → check → mark, in one Excel.run. Syncs:
 *
 *   2 (info; protection, extents and records)
 *   + merged areas   1 up to ~40,000 rows of the used ranges (merges.ts), more for larger books
 *   + read batches   ceil(cells × 24 B / 4 MB): 1 up to ~174,000 cells, 29 for 500k rows × 10 columns
 *                    (+ 1 or a few for value types, only if a text reads like `#N/A`)
 *   + probe syncs    ceil(cells to look at × 800 B / 4 MB): 1 up to ~5,000 findings
 *   + write syncs    ceil(estimated request bytes / 4 MB): 1 up to ~5,000 findings with notes, 2 for 10,000
 *
 * so the count depends on the bytes Excel must carry, never on a fixed row
 * limit, and each sync stays under Excel on the web's 5 MB. Nothing is written
 * until everything has been read and every reason a write could fail has been
 * checked. The cancel signal is checked after every read batch, around the
 * check, and before every write sync. A cancel between write syncs leaves some
 * findings marked, each with its record (writeMarks writes records first):
 * Clear restores every fill exactly, and the next Verify completes the marks.
 */
import { isAccepted } from '../engine/review';
import { makeOptions } from '../engine/options';
import { formulaCells } from '../engine/templates/formulaInputs';
import type { Finding } from '../engine/findings';
import type { HostVerifyResult, HostPort, VerifyScope } from '../host/port';
import { abortError } from './errors';
import { cellsToProbe, planMarks, sheetsWritten, type MarkTarget } from './marks';
import { message } from './messages';
import { assertReadable, assertWritable } from './preflight';
import { probeCells } from './probes';
import { readGrids } from './readGrids';
import { stateRows, type WorkbookState } from './stateFormat';
import { planWrites, runWrites } from './writeMarks';
import { verifyNotices } from './notices';
import type { CellRef, ExcelRun, NotesApi, VerifyEngine } from './types';
import { loadDetails, loadInfo } from './workbook';

export interface VerifyDeps {
  readonly run: ExcelRun;
  readonly engine: VerifyEngine;
  /** What the requirement sets declare; each run narrows it to what the host defines (apis.ts). */
  readonly notesApi: NotesApi;
}

type VerifyOptionsArg = Parameters<HostPort['verify']>[1];

/**
 * The sheets to verify: the whole workbook, the active sheet, or (the
 * self-test) sheets by name, which no change of the active sheet can redirect.
 */
export type VerifyTarget = VerifyScope | { readonly sheets: readonly string[] };

export function runVerify(
  deps: VerifyDeps,
  scope: VerifyTarget,
  options: VerifyOptionsArg,
): Promise<HostVerifyResult> {
  const { language, onProgress, signal } = options;
  const checkAbort = () => {
    if (signal?.aborted) throw abortError();
  };
  return deps.run(async (context) => {
    const info = await loadInfo(context, deps.notesApi, { activeSheet: scope === 'sheet' });
    checkAbort();
    const names =
      scope === 'sheet'
        ? [info.activeSheet]
        : scope === 'workbook'
          ? info.sheets
          : info.sheets.filter((n) => scope.sheets.includes(n));
    const details = await loadDetails(context, info, names, true);
    assertReadable(details.extents, language);
    const sheets = await readGrids(
      context,
      details.extents,
      details.merges,
      (p) => onProgress?.({ stage: 'read', ...p }),
      signal,
    );

    onProgress?.({ stage: 'check', done: 0, total: 1 });
    const result = await deps.engine({ sheets }, makeOptions({ language }), { signal });
    checkAbort();
    onProgress?.({ stage: 'check', done: 1, total: 1 });
    const acceptances = details.state.acceptances;
    const targets = result.findings
      .filter((f) => !isAccepted(f, acceptances))
      .map((f) => toTarget(f, language));

    const inScope = (r: { sheet: string }) => names.includes(r.sheet);
    const probe = await probeCells(context, cellsToProbe(details.state, targets, inScope), info, {
      signal,
    });
    const plan = planMarks(details.state, targets, inScope, probe, info.notesApi);
    const records = { state: details.state, exists: info.hasStateSheet, end: details.stateEnd };
    const ops = planWrites(plan, records, info.notesApi);
    assertWritable(
      info,
      details.protectedSheets,
      { sheets: sheetsWritten(plan), state: ops.some((o) => o.state) },
      language,
    );
    checkAbort();

    let skipped: readonly CellRef[] = [];
    if (ops.length > 0) {
      onProgress?.({ stage: 'write', done: 0, total: 1 });
      const outcome = await runWrites(context, ops, {
        signal,
        onChunk: (p) => onProgress?.({ stage: 'write', ...p }),
      });
      skipped = outcome.skipped;
    }
    const notices = verifyNotices(
      {
        notesApi: info.notesApi,
        marked: new Set(targets.filter(inScope).map((t) => `${t.sheet}!${t.cell}`)).size,
        unannotated: [...plan.unannotated, ...skipped],
        mergesUnread: details.mergesUnread,
      },
      language,
    );
    return {
      tables: result.tables,
      findings: result.findings,
      coverage: result.coverage,
      acceptances,
      // Fix is not offered on a formula: the pane points to the inputs that drive it.
      formulaCells: formulaCells({ sheets }, result.findings),
      ...(notices.length > 0 ? { notices } : {}),
    };
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
