import fc from 'fast-check';
import { verifyWorkbook } from '../../src/engine';
import { parseSheetText, toSnapshot } from '../../scripts/sheet-text';
import { generateProject, type BasisLayout } from '../support/generate';
import { withCell } from '../support/samples';

const LAYOUTS: BasisLayout[] = ['cells', 'one-cell', 'two-cells'];

describe('generated consistent budgets', () => {
  it.each(LAYOUTS)('give zero findings (%s layout)', (layout) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { source } = generateProject(seed, layout);
        const result = verifyWorkbook(toSnapshot(parseSheetText(source)));
        expect(result.findings).toEqual([]);
        expect(result.tables.map((t) => t.kind)).toEqual(['overview', 'summary', 'basis', 'schedule', 'settlement']);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  });

  it.each(LAYOUTS)('with one mutated stated figure give exactly one error, at that cell (%s layout)', (layout) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), fc.integer({ min: 1, max: 50 }), fc.boolean(), (seed, which, size, down) => {
        const { source, figures } = generateProject(seed, layout);
        const target = figures[which % figures.length];
        if (!target) return;
        const delta = Math.max(target.minDelta, size * target.minDelta) * (down ? -1 : 1);
        const mutated = withCell(parseSheetText(source), target.address, target.render(round(target.value + delta)));
        const errors = verifyWorkbook(toSnapshot(mutated)).findings.filter((f) => f.severity === 'error');
        expect(errors).toHaveLength(1);
        if (target.kind === 'derived') expect(errors[0]?.cell).toBe(target.address);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
