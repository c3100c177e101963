/**
 * Generated 산출근거 tables (support/basisSheet.ts): random splits of each line over its
 * cells, random marker sets, units in 천원 or in 원 wherever the document names them. A
 * consistent table gives zero findings with every figure checked; one mutated figure gives
 * exactly one error, at that cell.
 */
import fc from 'fast-check';
import { verifyWorkbook } from '../../src/engine';
import { parseSheetText, toSnapshot, withCell } from '../../scripts/sheet-text';
import { generateBasis } from './support/basisSheet';
import { WON_MIN_DELTA } from './support/lines';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

describe('generated basis tables', () => {
  it('give zero findings with every figure checked when consistent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const result = verifyWorkbook(toSnapshot(parseSheetText(generateBasis(seed).source)));
        expect(result.tables.map((t) => t.kind)).toEqual(['basis']);
        expect(result.findings).toEqual([]);
        expect(result.coverage.unchecked).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('with one mutated figure give exactly one error, at that cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(), fc.integer({ min: 1, max: 50 }), fc.boolean(), (seed, which, size, down) => {
        const { source, figures } = generateBasis(seed);
        const target = figures[which % figures.length];
        if (!target) return;
        const delta = Math.max(target.minDelta, size * target.minDelta) * (down ? -1 : 1);
        // A 원 amount mutated onto a whole thousand reads as rounded to the thousand (DESIGN §2): its true value is then anyone's guess.
        if (target.minDelta === WON_MIN_DELTA && (target.value + delta) % 1000 === 0) return;
        const mutated = withCell(parseSheetText(source), target.address, target.render(target.value + delta));
        const errors = verifyWorkbook(toSnapshot(mutated)).findings.filter((f) => f.severity === 'error');
        expect(errors.map((f) => f.cell)).toEqual([target.address]);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
