/**
 * A book kept in 원 and printed in 천원 by a `#,##0,` number format: the reader
 * checks the shown figures, so the engine must read them the same way (no false
 * alarm on a consistent table) and find a slip at the same cell, in 천원.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyWorkbook, type Finding } from '../../src/engine';
import { fixContent } from '../../src/engine/notation';
import { parseSheetText, toSnapshot, type TextSheet } from '../../scripts/sheet-text';

const AMOUNT_COLUMN = 4; // 금액 (E)

function inWon(sheets: readonly TextSheet[]): TextSheet[] {
  return sheets.map((s) => ({
    ...s,
    rows: s.rows.map((row) =>
      row?.map((cell, c) =>
        c === AMOUNT_COLUMN && cell && typeof cell.value === 'number'
          ? { ...cell, value: cell.value * 1000, numberFormat: '#,##0,' }
          : cell,
      ) ?? row,
    ),
  }));
}

const brief = (f: Finding) => [f.cell, f.rule, f.expected, f.actual];
const source = readFileSync(join(__dirname, '../fixtures/basis-columnar/input.txt'), 'utf8');

describe('figures shown in thousands by the number format', () => {
  it('finds the same slips, in the unit the reader sees', () => {
    const plain = verifyWorkbook(toSnapshot(parseSheetText(source)));
    const scaled = verifyWorkbook(toSnapshot(inWon(parseSheetText(source))));
    expect(plain.findings.length).toBe(3);
    expect(scaled.findings.map(brief)).toEqual(plain.findings.map(brief));
  });

  it('gives no finding once the slip is mended, and the fix is stored in 원', () => {
    const sheets = inWon(parseSheetText(source));
    const first = verifyWorkbook(toSnapshot(sheets)).findings.find((f) => f.cell === 'E6');
    expect(first?.expected).toBe(2550);
    const fix = fixContent({ value: 2650000, text: '2,650' }, first?.expected ?? NaN);
    expect(fix).toEqual({ kind: 'number', value: 2550000 });
    const mended = inWon(parseSheetText(source.replace('n:2650', 'n:2550').replace('n:4450', 'n:4350').replace('n:12890', 'n:12790')));
    expect(verifyWorkbook(toSnapshot(mended)).findings).toEqual([]);
  });
});
