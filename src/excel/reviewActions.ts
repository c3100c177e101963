/**
 * The reviewer's actions on one finding. Fix writes the expected figure in the
 * cell's own notation and takes the mark off, in one write sync (one undoable
 * change) unless the records of thousands of findings need more (writeMarks);
 * Accept records the decision in the state sheet and takes the mark off.
 */
import type { Finding } from '../engine/findings';
import type { Language } from '../engine/options';
import type { Acceptance } from '../engine/review';
import { acceptanceKey } from '../engine/review';
import { HostError } from '../host/port';
import { cellsToProbe, planMarks } from './marks';
import { ESTIMATED_BYTES_PER_COMMAND } from './limits';
import { jsonBytes, type WriteOp } from './markWriter';
import { message } from './messages';
import { assertWritable } from './preflight';
import { probeCells } from './probes';
import { toCellValue } from './snapshotGrid';
import type { CellRef, ExcelRun, FixContent, NotesApi } from './types';
import { loadDetails, loadInfo, type SheetDetails, type WorkbookInfo } from './workbook';
import { planWrites, runWrites, type RecordsNow } from './writeMarks';

export interface ReviewDeps {
  readonly run: ExcelRun;
  readonly fixContent: FixContent;
  readonly notesApi: NotesApi;
  readonly now: () => Date;
}

export function runFix(deps: ReviewDeps, finding: Finding, language: Language): Promise<void> {
  const expected = finding.expected;
  if (expected === null)
    return Promise.reject(
      new HostError('unknown', message('noExpected', language, { cell: finding.cell })),
    );
  return deps.run(async (context) => {
    const info = await loadInfo(context, deps.notesApi);
    assertSheet(info, finding.sheet, language);
    const read: { cell?: Excel.Range } = {};
    // Read by the sync inside loadDetails.
    const details = await loadDetails(context, info, [finding.sheet], false, () => {
      read.cell = context.workbook.worksheets
        .getItem(finding.sheet)
        .getRange(finding.cell)
        .load('values,text,formulas,valueTypes');
    });
    const range = read.cell;
    if (!range) throw new Error('the cell to fix was not read');
    const formula = range.formulas[0]?.[0];
    if (typeof formula === 'string' && formula.startsWith('=')) {
      throw new HostError('formula-cell', message('formulaCell', language, { cell: finding.cell }));
    }
    const cell = {
      value: toCellValue(range.values[0]?.[0], range.valueTypes[0]?.[0]),
      text: String(range.text[0]?.[0] ?? ''),
    };
    const content = deps.fixContent(cell, expected);

    const isCell = sameCell(finding);
    const probe = await probeCells(context, cellsToProbe(details.state, [finding], isCell), info);
    const plan = planMarks(details.state, [], isCell, probe, info.notesApi);
    assertWritable(
      info,
      details.protectedSheets,
      { sheets: new Set([finding.sheet]), state: true },
      language,
    );

    const value = content.kind === 'number' ? content.value : asText(content.text);
    // The figure first, then the mark off and the records: one sync unless the
    // records of thousands of findings exceed a request (then a few, in that order).
    const write: WriteOp = {
      bytes: 3 * ESTIMATED_BYTES_PER_COMMAND + jsonBytes(value),
      state: false,
      queue: (t) => {
        t.sheet(finding.sheet).getRange(finding.cell).values = [[value]];
      },
    };
    await runWrites(context, planWrites(plan, recordsOf(info, details), info.notesApi, [write]));
  });
}

export function runAccept(
  deps: ReviewDeps,
  finding: Finding,
  note: string | undefined,
  language: Language,
  reviewer?: string,
): Promise<Acceptance> {
  return deps.run(async (context) => {
    const info = await loadInfo(context, deps.notesApi);
    assertSheet(info, finding.sheet, language);
    const details = await loadDetails(context, info, [finding.sheet], false);
    // On a protected sheet the decision is still recorded; the mark stays until the sheet is unprotected.
    const canUnmark = !details.protectedSheets.has(finding.sheet);
    const isCell = canUnmark ? sameCell(finding) : () => false;
    const probe = await probeCells(context, cellsToProbe(details.state, [], isCell), info);
    const plan = planMarks(details.state, [], isCell, probe, info.notesApi);
    const acceptance: Acceptance = {
      sheet: finding.sheet,
      cell: finding.cell,
      rule: finding.rule,
      actual: finding.actual,
      ...(note ? { note } : {}),
      ...(reviewer ? { reviewer } : {}),
      at: deps.now().toISOString(),
    };
    const key = acceptanceKey(acceptance);
    const acceptances = [
      ...plan.state.acceptances.filter((a) => acceptanceKey(a) !== key),
      acceptance,
    ];
    assertWritable(
      info,
      details.protectedSheets,
      { sheets: canUnmark ? new Set([finding.sheet]) : new Set(), state: true },
      language,
    );
    const accepted = { ...plan, state: { ...plan.state, acceptances } };
    await runWrites(context, planWrites(accepted, recordsOf(info, details), info.notesApi));
    return acceptance;
  });
}

function recordsOf(info: WorkbookInfo, details: SheetDetails): RecordsNow {
  return { state: details.state, exists: info.hasStateSheet, end: details.stateEnd };
}

function sameCell(ref: CellRef): (r: CellRef) => boolean {
  return (r) => r.sheet === ref.sheet && r.cell === ref.cell;
}

function assertSheet(info: WorkbookInfo, sheet: string, language: Language): void {
  if (!info.sheets.includes(sheet))
    throw new HostError('not-found', message('sheetNotFound', language, { sheet }));
}

/**
 * Text goes in as text: a leading apostrophe stops Excel from turning `60,000`
 * into a number or `=…` into a formula (nothing is ever written as a formula).
 */
export function asText(text: string): string {
  const looksLikeInput = /^[=+\-@]/.test(text) || /^[\s(]*[\d.,]+[)%\s]*$/.test(text);
  return looksLikeInput ? `'${text}` : text;
}
