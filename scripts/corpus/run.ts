/** One corpus case through the engine: its clean input, then each slip alone, scored. */
import { verifyWorkbook } from '../../src/engine';
import { toSnapshot, withCell } from '../sheet-text';
import { sheetIndex, type CorpusCase } from './cases';
import { addScore, emptyScore, scoreRun, sheetName, type Required, type Score } from './score';

export function scoreCase(c: CorpusCase): { clean: Score; slips: Score } {
  const real: Required[] = c.expected.real.map((r) => ({ sheet: sheetName(c.sheets, r.sheet), cell: r.cell, rule: r.rule, expected: r.expected }));
  const clean = scoreRun(verifyWorkbook(toSnapshot(c.sheets)), real);
  const slips = emptyScore();
  for (const slip of c.expected.slips) {
    const index = Math.max(0, sheetIndex(c.sheets, slip.sheet));
    const mutated = withCell(c.sheets, slip.cell, slip.to, index);
    const required = [...real, { sheet: sheetName(c.sheets, slip.sheet), cell: slip.flagged ?? slip.cell, rule: slip.rule, expected: slip.expected }];
    addScore(slips, scoreRun(verifyWorkbook(toSnapshot(mutated)), required));
  }
  return { clean, slips };
}
