/**
 * Tables read by their column headers (DESIGN §1.1), on generated tables with the years in
 * random order and named in random ways, random markers, the total first or last, 천원 or
 * 원: a consistent table gives no finding and every figure checked; one changed figure gives
 * exactly one error, at that cell when the figure is one an identity computes.
 */
import fc from 'fast-check';
import { verifyWorkbook } from '../../src/engine';
import { parseSheetText, toSnapshot, withCell } from '../../scripts/sheet-text';
import { generateColumnsTable } from './support/columnsTable';

const verify = (source: string) => verifyWorkbook(toSnapshot(parseSheetText(source)));

describe('generated tables read by their column headers', () => {
  it('verify clean with every figure checked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { source } = generateColumnsTable(seed);
        const result = verify(source);
        expect(result.findings).toEqual([]);
        expect(result.coverage.unchecked).toEqual([]);
        expect(result.tables).toHaveLength(1);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });

  it('give exactly one error for one changed figure, at its cell when an identity computes it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), fc.integer({ min: 1, max: 40 }), fc.boolean(), (seed, which, size, down) => {
        const { source, figures } = generateColumnsTable(seed);
        const target = figures[which % figures.length];
        if (!target) return;
        const changed = target.value + size * target.minDelta * (down ? -1 : 1);
        const errors = verifyWorkbook(toSnapshot(withCell(parseSheetText(source), target.address, target.render(changed)))).findings.filter(
          (f) => f.severity === 'error',
        );
        expect(errors).toHaveLength(1);
        if (target.kind === 'derived') expect(errors[0]?.cell).toBe(target.address);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('read the same figures alike with the current year first or last: no false alarm from year order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        for (const currentFirst of [true, false]) {
          const { source } = generateColumnsTable(seed, { currentFirst });
          expect(verify(source).findings).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
