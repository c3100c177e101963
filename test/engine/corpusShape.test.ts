/**
 * The corpus of real layouts (test/fixtures/real) is well formed: enough cases from enough
 * authorities, each with its origin, an input that parses, and expectations that point at
 * figures in it. Whether the engine passes the corpus is measured by `npm run corpus`.
 */
import { parseCell } from '../../scripts/sheet-text';
import { CORPUS_RULES, caseNames, cellAt, holdsFigure, readCase, sheetIndex, type CorpusCase } from '../../scripts/corpus/cases';

const names = caseNames();
const cases: CorpusCase[] = names.map(readCase);

describe('the corpus of real layouts', () => {
  it('has at least 25 cases from at least 8 authorities', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.expected.authority)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(names)('%s names its origin and its layout', (name) => {
    const c = cases[names.indexOf(name)] as CorpusCase;
    expect(c.source).toMatch(/https?:\/\/\S+/);
    expect(c.expected.layout.trim()).not.toBe('');
    expect(c.expected.authority.trim()).not.toBe('');
    expect(c.sheets.length).toBeGreaterThanOrEqual(1);
  });

  it.each(names)('%s: every real error is a figure in the input, with a known rule', (name) => {
    const c = cases[names.indexOf(name)] as CorpusCase;
    for (const r of c.expected.real) {
      expect(sheetIndex(c.sheets, r.sheet)).toBeGreaterThanOrEqual(0);
      expect(holdsFigure(cellAt(c.sheets, r.sheet, r.cell))).toBe(true);
      expect(CORPUS_RULES).toContain(r.rule);
      expect(typeof r.expected).toBe('number');
      expect(typeof r.actual).toBe('number');
      expect(r.note.trim()).not.toBe('');
    }
  });

  it.each(names)('%s: at least two slips, each changing a figure of the input, with a known rule', (name) => {
    const c = cases[names.indexOf(name)] as CorpusCase;
    expect(c.expected.slips.length).toBeGreaterThanOrEqual(2);
    for (const s of c.expected.slips) {
      const before = cellAt(c.sheets, s.sheet, s.cell);
      const after = parseCell(s.to);
      expect(sheetIndex(c.sheets, s.sheet)).toBeGreaterThanOrEqual(0);
      expect(holdsFigure(before)).toBe(true);
      expect(holdsFigure(after)).toBe(true);
      expect({ cell: s.cell, value: after?.value, text: after?.text }).not.toEqual({ cell: s.cell, value: before?.value, text: before?.text });
      expect(CORPUS_RULES).toContain(s.rule);
      expect(typeof s.expected).toBe('number');
      // A finding placed elsewhere than the slipped cell says where and why.
      if (s.flagged !== undefined) {
        expect(holdsFigure(cellAt(c.sheets, s.sheet, s.flagged))).toBe(true);
        expect(s.note?.trim()).toBeTruthy();
      }
    }
  });
});
