/**
 * The pure planner over the seed's sheet text: what each selection is offered,
 * where a line of each level goes, what the preview says, and each refusal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSheetText, toSnapshot, withCell, type TextSheet } from '../../../scripts/sheet-text';
import { describeRefusal, insertTargetFor, planTemplate, previewInsert } from '../../../src/engine/templates';
import type { TemplateRequest } from '../../../src/engine/templates/plan';
import { sampleSheets } from '../../support/samples';
import * as detect from '../../../src/engine/tables/detect';

const SHEET = '사업설명서';
const seed = sampleSheets('seoul-sns-2021');

/** The seed with its basis amounts and summary figures typed as numbers. */
function numeric(): TextSheet[] {
  const figures: [string, number][] = [
    ['B22', 534200], ['C22', 427660], ['D22', -106540], ['E22', -20], ['B23', 531200], ['C23', 424960], ['D23', -106240], ['E23', -20],
    ['B24', 3000], ['C24', 2700], ['D24', -300], ['E24', -10], ['D28', 280000], ['D29', 60000], ['D30', 90000], ['D31', 130000],
    ['D32', 120000], ['D33', 81000], ['D34', 18000], ['D35', 19200], ['D36', 1800], ['D37', 24960], ['D38', 12480], ['D39', 12480], ['D40', 2700],
  ];
  return figures.reduce((s, [cell, n]) => withCell(s, cell, `n:${n}`), seed);
}

const item = (cell: string, extra: Partial<TemplateRequest> = {}): TemplateRequest => ({
  template: 'basis-item', sheet: SHEET, cell, label: '홍보영상 제작', unitPrice: 500_000, counts: [{ value: 4, counter: '편' }], ...extra,
});

describe('what each selection is offered', () => {
  it.each([
    ['B29', 'basis', ['basis-item']],
    ['D40', 'basis', ['basis-item']],
    ['A22', 'summary', []],
    ['C71', 'schedule', ['total-row']],
    ['A88', 'settlement', ['settlement-row']],
    ['A1', null, []],
    ['B50', null, []],
  ])('the seed as typed (figures as text): %s', (cell, kind, templates) => {
    const target = insertTargetFor(toSnapshot(seed), SHEET, cell);
    expect(target.table?.kind ?? null).toBe(kind);
    expect(target.templates).toEqual(templates);
  });

  it.each([
    ['B28', ['basis-item', 'subtotal']],
    ['B29', ['basis-item']],
    ['A22', ['total-row', 'change-rate']],
    ['E24', ['total-row', 'change-rate']],
    ['B21', ['total-row']],
  ])('the seed with numbers: %s', (cell, templates) => {
    expect(insertTargetFor(toSnapshot(numeric()), SHEET, cell).templates).toEqual(templates);
  });

  it('an unknown sheet or a bad address is no table, not an error', () => {
    expect(insertTargetFor(toSnapshot(seed), 'Nope', 'B29')).toMatchObject({ table: null, templates: [] });
    expect(insertTargetFor(toSnapshot(seed), SHEET, 'not a cell')).toMatchObject({ table: null, templates: [] });
  });
});

describe('when the engine cannot read the sheet', () => {
  afterEach(() => jest.restoreAllMocks());

  it('offers nothing and says the fault is ours, for the target and for a plan alike', () => {
    jest.spyOn(detect, 'findTables').mockImplementation(() => {
      throw new Error('a defect of ours');
    });
    const target = insertTargetFor(toSnapshot(seed), SHEET, 'B29');
    expect(target).toMatchObject({ table: null, templates: [], refusal: { reason: 'unreadable-sheet' } });
    const outcome = planTemplate(toSnapshot(seed), item('B29'));
    expect(outcome).toMatchObject({ ok: false, refusal: { reason: 'unreadable-sheet' } });
    expect(describeRefusal({ reason: 'unreadable-sheet' }, 'ko')).toBe('검산기 내부 오류로 이 시트의 표를 읽지 못해 행을 넣을 수 없습니다. 아무것도 바뀌지 않았습니다.');
  });
});

describe('a basis item in the text layout', () => {
  it.each([
    [2, 29, '- 홍보영상 제작 500,000원*4편'],
    [1, 31, '○ 홍보영상 제작 500,000원*4편'],
    [3, 29, '· 홍보영상 제작 500,000원*4편'],
  ] as const)('level %i below `- 지정콘텐츠 SNS 광고` goes in at row %i, never adopting other lines', (level, insertAt, text) => {
    const outcome = planTemplate(toSnapshot(seed), item('B29', { level }));
    expect(outcome).toMatchObject({ ok: true, plan: { insertAt, row: insertAt, formatFrom: 28 }, preview: { text, amount: 2000, mode: 'insert' } });
  });

  it('a new level-1 line after the last line of a category stays in it', () => {
    const outcome = planTemplate(toSnapshot(seed), item('B37', { level: 1 }));
    expect(outcome).toMatchObject({ ok: true, plan: { insertAt: 39 } });
  });

  it('keeps its inputs in hidden cells right of the table and builds the line from them', () => {
    const outcome = planTemplate(toSnapshot(seed), item('B29', { counts: [{ value: 4, counter: '편' }, { value: 95, counter: '%' }] }));
    if (!outcome.ok) throw new Error(outcome.refusal.reason);
    const { cells } = outcome.plan;
    expect(cells.find((c) => c.col === 1)?.formula).toBe('="- "&E30&" "&TEXT(F30,"#,##0")&"원*"&TEXT(G30,"#,##0")&H30&"*"&TEXT(I30,"#,##0")&J30');
    expect(cells.find((c) => c.col === 3)).toEqual({ col: 3, formula: '=ROUNDDOWN(F30*G30*I30/100000,0)', numberFormat: '#,##0"천원";"△"#,##0"천원"' });
    expect(cells.filter((c) => c.col >= 4).every((c) => c.numberFormat === ';;;')).toBe(true);
    expect(outcome.preview).toMatchObject({ text: '- 홍보영상 제작 500,000원*4편*95%', amount: 1900, helpers: 'E30:J30' });
  });

  it('previews from the target exactly what it plans from the workbook', () => {
    const snapshot = toSnapshot(numeric());
    const target = insertTargetFor(snapshot, SHEET, 'B28');
    for (const request of [item('B28', { level: 2, rounding: 'up' }), { template: 'subtotal', sheet: SHEET, cell: 'B28' } as const]) {
      expect(previewInsert(target, request)).toEqual(planTemplate(snapshot, request));
    }
  });

  it('extends the parent’s live SUM to the new line', () => {
    const sheets = numeric();
    const snapshot = toSnapshot(sheets);
    const row = snapshot.sheets[0]?.formulas?.[27] as (string | null)[] | undefined;
    if (row) row[3] = '=SUM(D29:D31)';
    const outcome = planTemplate(snapshot, item('B31', { level: 2 }));
    if (!outcome.ok) throw new Error(outcome.refusal.reason);
    expect(outcome.plan.insertAt).toBe(31);
    expect(outcome.plan.updates).toContainEqual({ row: 27, cells: [{ col: 3, formula: '=SUM(D29:D32)' }] });
    // The figures above it are numbers here: they take the new line's 2,000 (test/engine/templates/chain.test.ts).
    expect(outcome.preview.changes.map((c) => [c.cell, c.after])).toContainEqual(['C23', '426,960']);
  });
});

describe('in-place templates', () => {
  it('subtotal: the parent becomes the SUM of its children', () => {
    expect(planTemplate(toSnapshot(numeric()), { template: 'subtotal', sheet: SHEET, cell: 'B32' })).toMatchObject({
      ok: true, plan: { insertAt: null, row: 31, cells: [{ col: 3, formula: '=SUM(D33:D36)' }] }, preview: { mode: 'in-place' },
    });
  });

  it('change and rate at the precision the table shows, no #DIV/0!', () => {
    expect(planTemplate(toSnapshot(numeric()), { template: 'change-rate', sheet: SHEET, cell: 'C23' })).toMatchObject({
      ok: true,
      plan: {
        cells: [
          { col: 3, formula: '=C23-B23', numberFormat: '#,##0;"△"#,##0' },
          { col: 4, formula: '=IF(B23=0,IF(C23=0,"-","순증"),ROUND((C23-B23)*100/B23,0))', numberFormat: '#,##0;"△"#,##0' },
        ],
      },
    });
  });

  it('the summary’s 계 in place: SUMs and the rate on its own A and B', () => {
    expect(planTemplate(toSnapshot(numeric()), { template: 'total-row', sheet: SHEET, cell: 'B23' })).toMatchObject({
      ok: true, plan: { insertAt: null, row: 21, cells: [{ formula: '=SUM(B23:B24)' }, { formula: '=SUM(C23:C24)' }, { formula: '=SUM(D23:D24)' }, { col: 4 }] },
    });
  });
});

describe('refusals', () => {
  const refusal = (sheets: TextSheet[], request: TemplateRequest) => {
    const outcome = planTemplate(toSnapshot(sheets), request);
    if (outcome.ok) throw new Error('planned');
    return outcome.refusal;
  };

  it.each([
    ['not in a table', seed, item('A1'), { reason: 'not-in-table' }],
    ['a header, not a line', seed, item('B27'), { reason: 'not-a-line' }],
    ['text figures under a subtotal', seed, { template: 'subtotal', sheet: SHEET, cell: 'B28' }, { reason: 'text-figure', cell: 'D29' }],
    ['a leaf has no children', numeric(), { template: 'subtotal', sheet: SHEET, cell: 'B29' }, { reason: 'no-children' }],
    ['a stated figure the formula would change', withCell(numeric(), 'D24', 'n:-310'), { template: 'change-rate', sheet: SHEET, cell: 'A24' }, { reason: 'figure-differs', cell: 'D24' }],
    ['a rate shown otherwise', withCell(numeric(), 'E24', 'n:-11'), { template: 'change-rate', sheet: SHEET, cell: 'A24' }, { reason: 'figure-differs', cell: 'E24' }],
    ['the wrong table', seed, { template: 'settlement-row', sheet: SHEET, cell: 'B29' }, { reason: 'does-not-fit' }],
    ['no label', seed, item('B29', { label: '' }), { reason: 'bad-input', field: 'label' }],
    ['a negative price', seed, item('B29', { unitPrice: -5 }), { reason: 'bad-input', field: 'unitPrice' }],
    ['five counts', seed, item('B29', { counts: Array.from({ length: 5 }, () => ({ value: 1, counter: '회' })) }), { reason: 'bad-input', field: 'counts' }],
    ['a settlement figure that is not a number', seed, { template: 'settlement-row', sheet: SHEET, cell: 'A89', label: '2020', figures: { final: Number.NaN } }, { reason: 'bad-input', field: 'figures' }],
  ] as const)('%s', (_, sheets, request, expected) => {
    expect(refusal(sheets as TextSheet[], request as TemplateRequest)).toMatchObject(expected);
  });

  it('say why in both languages', () => {
    const r = refusal(withCell(numeric(), 'D24', 'n:-310'), { template: 'change-rate', sheet: SHEET, cell: 'A24' });
    expect(describeRefusal(r, 'ko')).toBe('D24에 적힌 △310이(가) 수식 결과 △300와(과) 다릅니다. 먼저 검산하고 고친 뒤 수식으로 바꾸세요.');
    expect(describeRefusal(r, 'en')).toBe('D24 states △310 but the formula gives △300. Verify and fix it first, then make it a formula.');
  });
});

describe('other layouts', () => {
  it('a schedule without 계 gets one as its first row, summing every step', () => {
    const sheets = [
      { name: '일정', rows: [
        [{ value: '사업추진절차', text: '사업추진절차', numberFormat: null }, { value: '추진기간', text: '추진기간', numberFormat: null }, { value: '예산집행금액', text: '예산집행금액', numberFormat: null }],
        [{ value: '기본계획 수립', text: '기본계획 수립', numberFormat: null }, { value: '2021.01', text: '2021.01', numberFormat: null }, null],
        [{ value: '사업시행', text: '사업시행', numberFormat: null }, { value: '2021.03', text: '2021.03', numberFormat: null }, { value: 424960, text: '424,960', numberFormat: '#,##0' }],
      ], merges: [] },
    ];
    const outcome = planTemplate(toSnapshot(sheets), { template: 'total-row', sheet: '일정', cell: 'A3' });
    expect(outcome).toMatchObject({
      ok: true,
      plan: { insertAt: 1, row: 1, formatFrom: 2, cells: [{ col: 0, value: '계' }, { col: 2, formula: '=SUM(C3:C4)' }] },
    });
  });

  it('a summary whose 합계 sits at the bottom is made live in place; a 순감 the formula would print as △100 is left alone', () => {
    const sheets = parseSheetText(readFileSync(join(__dirname, '..', '..', 'fixtures', 'summary-header-variants', 'input.txt'), 'utf8'));
    const fixed = withCell(sheets, 'E8', 'n:40:0.0', 0);
    expect(planTemplate(toSnapshot(fixed), { template: 'total-row', sheet: '총괄', cell: 'A9' })).toMatchObject({
      ok: true, plan: { insertAt: null, row: 8, cells: [{ formula: '=SUM(B4:B8)' }, { formula: '=SUM(C4:C8)' }, { formula: '=SUM(D4:D8)' }, { col: 4 }] },
    });
    expect(planTemplate(toSnapshot(fixed), { template: 'change-rate', sheet: '총괄', cell: 'A6' })).toMatchObject({
      ok: true, plan: { cells: [{ formula: '=C6-B6' }, { formula: '=IF(B6=0,IF(C6=0,"-","순증"),ROUND((C6-B6)*100/B6,1))', numberFormat: '#,##0.0;"△"#,##0.0' }] },
    });
    expect(planTemplate(toSnapshot(fixed), { template: 'change-rate', sheet: '총괄', cell: 'A7' })).toMatchObject({
      ok: false, refusal: { reason: 'figure-differs', cell: 'E7', stated: '순감' },
    });
  });
});
