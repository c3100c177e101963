/**
 * Insert keeps the sheet consistent (issue 14): a new basis line's amount is added
 * to the amount above it and to every figure the tables' identities tie to it, in
 * the plan's one change; formulas that follow are left to recompute; what cannot be
 * written is named before anything is inserted.
 */
import { toSnapshot, withCell, type TextSheet } from '../../../scripts/sheet-text';
import { planTemplate } from '../../../src/engine/templates';
import { referencedCells } from '../../../src/engine/templates/formulaInputs';
import type { TemplateRequest } from '../../../src/engine/templates/plan';
import type { WorkbookSnapshot } from '../../../src/engine/snapshot';
import { sampleSheets } from '../../support/samples';

const SHEET = '사업설명서';

const line = (cell: string, extra: Partial<TemplateRequest> = {}): TemplateRequest => ({
  template: 'basis-item', sheet: SHEET, cell, level: 2, label: '홍보영상 제작', unitPrice: 500_000,
  counts: [{ value: 4, counter: '편' }, { value: 3, counter: '회' }], ...extra,
});

function preview(snapshot: WorkbookSnapshot, request: TemplateRequest) {
  const outcome = planTemplate(snapshot, request);
  if (!outcome.ok) throw new Error(outcome.refusal.reason);
  return outcome;
}

/** Formulas typed into cells of the snapshot (the sheet text has none). */
function withFormulas(sheets: readonly TextSheet[], formulas: Record<string, string>): WorkbookSnapshot {
  const snapshot = toSnapshot(sheets);
  const grid = snapshot.sheets[0]?.formulas as (string | null)[][];
  for (const [cell, formula] of Object.entries(formulas)) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
    const col = (m[1] as string).charCodeAt(0) - 65;
    (grid[Number(m[2]) - 1] as (string | null)[])[col] = formula;
  }
  return snapshot;
}

describe('a line under ○ 시 대표 SNS 운영 in the seed as typed', () => {
  it('moves 280,000천원 and every total above it, each in its own notation, with nothing left over', () => {
    const { plan, preview: p } = preview(toSnapshot(sampleSheets('seoul-sns-2021')), line('B29'));
    expect(p.amount).toBe(6000);
    expect(p.changes).toEqual([
      { cell: 'B8', before: '427,660천원', after: '433,660천원' },
      { cell: 'D8', before: '(사비)427,660천원', after: '(사비)433,660천원' },
      { cell: 'C22', before: '(x-) 427,660', after: '433,660' },
      { cell: 'D22', before: '(x-) △106,540', after: '△100,540' },
      { cell: 'E22', before: '(x-) △20', after: '△19' },
      { cell: 'C23', before: '(x-) 424,960', after: '430,960' },
      { cell: 'D23', before: '(x-) △106,240', after: '△100,240' },
      { cell: 'E23', before: '(x-) △20', after: '△19' },
      { cell: 'D28', before: '280,000천원', after: '286,000천원' },
      // The 사업설명 text mentions 사업비: only its figure changes.
      { cell: 'A59', before: '- 총 사업비 : 427,660천원', after: '- 총 사업비 : 433,660천원' },
      { cell: 'C70', before: '427,660', after: '433,660' },
      // The step that restates 사무관리비's 424,960 takes the change; 업무추진 간담회's 2,700 does not.
      { cell: 'C72', before: '424,960', after: '430,960' },
    ]);
    expect([p.recomputes, p.unresolved]).toEqual([[], []]);
    // Rows in the plan are after the insertion (row 32 and below moved down one).
    expect(plan.updates?.find((u) => u.row === 27)?.cells).toEqual([{ col: 3, value: '286,000천원' }]);
    expect(plan.updates?.find((u) => u.row === 71)?.cells).toEqual([{ col: 2, value: 430960 }]);
  });

  it('adds a top-level line to its category’s total (no parent line)', () => {
    const { preview: p } = preview(toSnapshot(sampleSheets('seoul-sns-2021')), line('B37', { level: 1, counts: [{ value: 2, counter: '편' }] }));
    expect(p.amount).toBe(1000);
    expect(p.changes.map((c) => [c.cell, c.after])).toEqual([
      ['B8', '428,660천원'], ['D8', '(사비)428,660천원'], ['C22', '428,660'], ['D22', '△105,540'],
      ['C23', '425,960'], ['D23', '△105,240'], ['A59', '- 총 사업비 : 428,660천원'], ['C70', '428,660'], ['C72', '425,960'],
    ]);
  });
});

describe('formulas on the way', () => {
  it('a parent that is a formula becomes the SUM of its lines and the new one; formulas above recompute', () => {
    const snapshot = withFormulas(sampleSheets('seoul-sns-2021'), {
      D28: '=D29+D30+D31', C23: '=D28+D32+D37', C22: '=SUM(C23:C24)', D23: '=C23-B23', D22: '=C22-B22',
      E23: '=ROUND((C23-B23)*100/B23,0)', E22: '=ROUND((C22-B22)*100/B22,0)', B8: '=C22', D8: '="(사비)"&TEXT(C22,"#,##0")&"천원"',
      C69: '=SUM(C70:C72)', C71: '=C23',
    });
    const { plan, preview: p } = preview(snapshot, line('B29'));
    expect(plan.updates?.[0]).toEqual({ row: 27, cells: [{ col: 3, formula: '=SUM(D29:D32)' }] });
    // Only the sentence that mentions 사업비 is not a formula.
    expect(p.changes.map((c) => c.cell)).toEqual(['A59']);
    expect(p.recomputes).toEqual(['B8', 'D8', 'C22', 'D22', 'E22', 'C23', 'D23', 'E23', 'D28', 'C70', 'C72']);
    expect(p.unresolved).toEqual([]);
  });

  it('names what it cannot write: a formula that does not follow, a total none of whose parts plainly takes the change', () => {
    let sheets = sampleSheets('seoul-sns-2021');
    // The schedule's steps no longer restate the categories: which one grows is the officer's call.
    sheets = withCell(sheets, 'C71', 'n:424000');
    sheets = withCell(sheets, 'C72', 'n:3660');
    const snapshot = withFormulas(sheets, { B8: '=427660' });
    const { preview: p } = preview(snapshot, line('B29'));
    expect(p.unresolved).toEqual(['B8', 'C70 (C72, C73)']);
    // The rest of the chain is written as if B8 followed: once the officer mends B8, all agrees.
    expect(p.changes.map((c) => c.cell)).toEqual(['D8', 'C22', 'D22', 'E22', 'C23', 'D23', 'E23', 'D28', 'A59', 'C70']);
  });
});

describe('references a formula makes', () => {
  it('reads cells and ranges of its own sheet, not names, functions, text or other sheets', () => {
    expect(referencedCells('=SUM($D$29:D31)+D33-LOG10(A1)+ATAN2(B2,C3)&"A1"+\'총괄\'!C22+Sheet2!B4')).toEqual([
      { top: 28, left: 3, bottom: 30, right: 3 },
      { top: 32, left: 3, bottom: 32, right: 3 },
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });
});
