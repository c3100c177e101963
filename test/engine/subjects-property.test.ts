/**
 * Generated 세출예산서 sheets (support/subjectsSheet.ts): random level columns, code
 * layouts, marker sets, splits of the basis lines, units of the basis column, 본예산 or
 * revision, page breaks. A consistent sheet gives zero findings with every figure checked;
 * one mutated figure gives exactly one error, at that cell where the sheet pins it.
 */
import fc from 'fast-check';
import { verifyWorkbook } from '../../src/engine';
import { parseSheetText, toSnapshot, withCell } from '../../scripts/sheet-text';
import { generateSubjects } from './support/subjectsSheet';
import { WON_MIN_DELTA } from './support/lines';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

describe('generated 세출예산서 sheets', () => {
  it('give zero findings with every figure checked when consistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { source } = generateSubjects(seed);
        const result = verifyWorkbook(toSnapshot(parseSheetText(source)));
        expect(result.tables.map((t) => t.kind)).toEqual(['subjects']);
        expect(result.findings).toEqual([]);
        expect(result.coverage.unchecked).toEqual([]);
        expect(result.coverage.figures).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('with one mutated figure give exactly one error, at that cell when the sheet pins it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), fc.integer({ min: 1, max: 50 }), fc.boolean(), (seed, which, size, down) => {
        const { source, figures } = generateSubjects(seed);
        const target = figures[which % figures.length];
        if (!target) return;
        const delta = Math.max(target.minDelta, size * target.minDelta) * (down ? -1 : 1);
        // A 원 amount mutated onto a whole thousand reads as rounded to the thousand (DESIGN §2): its true value is then anyone's guess.
        if (target.minDelta === WON_MIN_DELTA && (target.value + delta) % 1000 === 0) return;
        const mutated = withCell(parseSheetText(source), target.address, target.render(target.value + delta));
        const errors = verifyWorkbook(toSnapshot(mutated)).findings.filter((f) => f.severity === 'error');
        expect(errors).toHaveLength(1);
        if (target.kind === 'derived') expect(errors[0]?.cell).toBe(target.address);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
