/**
 * Formula text is built only from our templates and cell references, never from
 * cell text or from what the user typed: a label such as `=HYPERLINK(…)` or `+1`,
 * in the request or in the sheet, is written as text and never reaches a formula.
 */
import { parseSheetText, toSnapshot, withCell } from '../../../scripts/sheet-text';
import { insertTargetFor, planTemplate, TEMPLATE_KINDS } from '../../../src/engine/templates';
import type { RowPlan, TemplateRequest } from '../../../src/engine/templates/plan';
import { cellAddress } from '../../../src/engine/address';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostOf, numericSeed, SEED_SHEET } from './books';

const FUNCTIONS = new Set(['SUM', 'ROUND', 'ROUNDDOWN', 'ROUNDUP', 'IF', 'TEXT']);
const LITERALS = new Set(['○ ', '- ', '· ', ' ', '원', '원*', '*', ' = ', '천원', '원"', '#,##0', '#,##0.0', '#,##0.00', '#,##0.000', '-', '순증', '']);

/** Every piece of a formula is ours: a function we use, a cell reference, a number, an operator or one of our literals. */
function isOurs(formula: string): boolean {
  if (!formula.startsWith('=')) return false;
  const literals = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1] ?? '');
  if (!literals.every((l) => LITERALS.has(l) || /^[원천백만억]*원$/.test(l))) return false;
  const rest = formula.slice(1).replace(/"(?:[^"]|"")*"/g, '""');
  return rest.split(/[-+*/&=(),:<>]+/).every((t) => t === '' || t === '""' || FUNCTIONS.has(t) || /^[A-Z]{1,3}[1-9]\d*$/.test(t) || /^\d+(\.\d+)?$/.test(t));
}

function formulas(plan: RowPlan): string[] {
  return [plan.cells, ...(plan.updates ?? []).map((u) => u.cells)].flat().flatMap((c) => (c.formula ? [c.formula] : []));
}

const HOSTILE = ['=HYPERLINK("http://example.invalid","click")', '+1', '-1+2', '@SUM(A1)', '=1+1', '"&A1&"'];

describe('formula text', () => {
  it('never carries a label the user typed; the label is written as text', async () => {
    for (const label of HOSTILE) {
      const book = numericSeed();
      const request: TemplateRequest = {
        template: 'basis-item', sheet: SEED_SHEET, cell: 'B29', level: 2, label, unitPrice: 1000, counts: [{ value: 2, counter: '회' }],
      };
      const outcome = planTemplate(toSnapshot(parseSheetText(readFileSync(join(__dirname, '..', '..', '..', 'samples', 'seoul-sns-2021.txt'), 'utf8'))), request);
      if (!outcome.ok) throw new Error(outcome.refusal.reason);
      for (const f of formulas(outcome.plan)) {
        expect(isOurs(f)).toBe(true);
        expect(f).not.toContain(label);
      }
      await hostOf(book).insert(request);
      const helper = book.cell(SEED_SHEET, 'E30');
      expect(helper.formula).toBeNull();
      expect(helper.value).toBe(label);
    }
  });

  it('refuses a counter that is not a word, so nothing but letters joins the line', () => {
    const snapshot = toSnapshot(parseSheetText(readFileSync(join(__dirname, '..', '..', '..', 'samples', 'seoul-sns-2021.txt'), 'utf8')));
    for (const counter of ['+1', '=A1', '"', '*2', 'x', '1건']) {
      const outcome = planTemplate(snapshot, {
        template: 'basis-item', sheet: SEED_SHEET, cell: 'B29', label: '광고', unitPrice: 1000, counts: [{ value: 2, counter }],
      });
      expect(outcome).toMatchObject({ ok: false, refusal: { reason: 'bad-input', field: 'counts' } });
    }
  });

  it('never carries the sheet’s own text: every template on every cell of a sheet with hostile labels', () => {
    let sheets = parseSheetText(readFileSync(join(__dirname, '..', '..', '..', 'samples', 'seoul-sns-2021.txt'), 'utf8'));
    // figures as numbers, so the in-place templates fit too; labels an attacker chose
    for (const [cell, text] of [['A23', '=HYPERLINK("http://example.invalid","사무관리비")'], ['A24', '+1'], ['A88', '=1+1'], ['A71', '@SUM(A1)']] as const)
      sheets = withCell(sheets, cell, text);
    for (const [cell, n] of [['B22', 534200], ['C22', 427660], ['D22', -106540], ['E22', -20], ['B23', 531200], ['C23', 424960], ['D23', -106240], ['E23', -20], ['B24', 3000], ['C24', 2700], ['D24', -300], ['E24', -10],
      ['D28', 280000], ['D29', 60000], ['D30', 90000], ['D31', 130000], ['D32', 120000], ['D33', 81000], ['D34', 18000], ['D35', 19200],
      ['D36', 1800], ['D37', 24960], ['D38', 12480], ['D39', 12480], ['D40', 2700]] as const)
      sheets = withCell(sheets, cell, `n:${n}`);
    const snapshot = toSnapshot(sheets);
    const seen = new Set<string>();
    for (let r = 0; r < 95; r++) {
      for (let c = 0; c < 8; c++) {
        const cell = cellAddress(r, c);
        const target = insertTargetFor(snapshot, SEED_SHEET, cell);
        for (const template of target.templates) {
          const outcome = planTemplate(snapshot, {
            template, sheet: SEED_SHEET, cell, label: '=HYPERLINK("x")', unitPrice: 1000, counts: [{ value: 2, counter: '회' }], figures: { final: 1 },
          });
          if (!outcome.ok) continue;
          seen.add(template);
          for (const f of formulas(outcome.plan)) {
            expect({ cell, template, f, ours: isOurs(f) }).toEqual({ cell, template, f, ours: true });
            expect(f).not.toMatch(/HYPERLINK|@|사무관리비/);
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...TEMPLATE_KINDS].sort());
  });
});
