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

describe('any sheet at all', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.string(),
    fc.constantFrom('계', '구 분', '(A)', '(B)', '증감', '산출근거', '단가', '금액', '소계', '예산현액', '집행잔액', '사업비', '(시비)1,000천원', '○ 여비 1,000원*3명', '= ', '△', '(x-) 1,000', '#REF!'),
    fc.record({ error: fc.constantFrom('#REF!', '#DIV/0!', '#VALUE!') }),
  );
  it('never makes the engine throw', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 }), fc.array(fc.nat({ max: 30 }), { maxLength: 6 }), (rows, mergeSeeds) => {
        const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
        const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
        const texts = values.map((r) => r.map((v) => (v === null ? '' : typeof v === 'object' ? v.error : String(v))));
        const merges = mergeSeeds.map((m) => ({ top: m, left: m % 5, bottom: m + (m % 3), right: (m % 5) + (m % 2) }));
        const result = verifyWorkbook({ sheets: [{ name: 'S', values, texts, merges }] });
        expect(Array.isArray(result.findings)).toBe(true);
        expect(result.findings.every((f) => f.message.length > 0)).toBe(true);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
