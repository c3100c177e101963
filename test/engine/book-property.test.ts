/**
 * Property tests over generated budget books in both layouts: consistent books
 * verify clean; one slipped figure is one error at that cell; books with many
 * injected slips get every slip found and no false alarm.
 */
import fc from 'fast-check';
import { verifyWorkbook, type Finding } from '../../src/engine';
import { bookSnapshot, generateBook, slipValue, withFigure, type Book } from '../../scripts/generate-book';

const runs = (n: number) => ({ numRuns: Number(process.env.PROPERTY_RUNS ?? n) });
const layouts = ['statement', 'seed'] as const;
const errorsOf = (book: Book): Finding[] => verifyWorkbook(bookSnapshot(book)).findings.filter((f) => f.severity === 'error');

describe.each(layouts)('generated %s books', (layout) => {
  it('give zero findings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 4 }), (seed, projects) => {
        const book = generateBook({ seed, layout, projects, perSheet: 2 });
        const result = verifyWorkbook(bookSnapshot(book));
        expect(result.findings).toEqual([]);
        if (layout === 'statement') expect(result.tables.map((t) => t.kind)).toEqual(['statement']);
        else expect(result.tables).toHaveLength(5 * projects);
      }),
      runs(25),
    );
  });

  it('with one slipped figure give exactly one error, at that cell when the slip can be pinned', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), fc.integer({ min: 1, max: 50 }), fc.boolean(), (seed, which, size, down) => {
        const book = generateBook({ seed, layout, projects: 2, perSheet: 2 });
        const index = which % book.figures.length;
        const f = book.figures[index];
        if (!f) return;
        const errors = errorsOf(withFigure(book, index, slipValue(f, size, down)));
        expect(errors).toHaveLength(1);
        if (f.pinned) expect(errors[0]?.cell).toBe(`${String.fromCharCode(65 + f.col)}${f.row + 1}`);
      }),
      runs(120),
    );
  });

  it('with many injected slips have every one found and no false alarm', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const book = generateBook({ seed, layout, projects: 12, perSheet: 4, errors: 10 });
        const flagged = new Set(errorsOf(book).map((f) => `${f.sheet}!${f.cell}`));
        const injected = new Set(book.injected.map((i) => `${i.sheet}!${i.cell}`));
        expect(book.injected).toHaveLength(10);
        expect([...injected].filter((k) => !flagged.has(k))).toEqual([]);
        expect([...flagged].filter((k) => !injected.has(k))).toEqual([]);
      }),
      runs(10),
    );
  });
});
