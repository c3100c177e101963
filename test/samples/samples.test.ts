import { join } from 'node:path';
import { readWorkbook } from '../../src/file';
import { verifyWorkbook } from '../../src/engine';
import { sampleSnapshot, SAMPLES } from '../support/samples';

// The committed workbooks are what `npm run verify` runs on: they must match their sources.
describe('the bundled sample workbooks', () => {
  it('the seed workbook verifies with zero findings and holds what its source says', async () => {
    const { snapshot } = await readWorkbook(join(SAMPLES, 'seoul-sns-2021.xlsx'));
    expect(verifyWorkbook(snapshot).findings).toEqual([]);
    const fromSource = sampleSnapshot('seoul-sns-2021').sheets[0];
    const sheet = snapshot.sheets[0];
    expect(sheet?.name).toBe(fromSource?.name);
    for (const [r, row] of (fromSource?.texts ?? []).entries()) {
      for (const [c, text] of row.entries()) {
        if (text) expect([r, c, sheet?.texts[r - (sheet.origin?.row ?? 0)]?.[c - (sheet.origin?.col ?? 0)]]).toEqual([r, c, text]);
      }
    }
  });

  it('the error sample gives exactly its four injected errors', async () => {
    const { snapshot } = await readWorkbook(join(SAMPLES, 'seoul-sns-2021-errors.xlsx'));
    const findings = verifyWorkbook(snapshot).findings;
    expect(findings.map((f) => [f.cell, f.rule, f.actual, f.expected])).toEqual([
      ['E24', 'change-rate', -12, -10],
      ['D29', 'product', 61000, 60000],
      ['D32', 'subtotal', 112000, 120000],
      ['H88', 'execution-balance', 12246, 12264],
    ]);
  });
});
