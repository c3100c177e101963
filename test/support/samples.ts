import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSheetText, toSnapshot, type TextCell, type TextSheet } from '../../scripts/sheet-text';
import { parseCellAddress } from '../../src/engine/address';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';

export const SAMPLES = join(__dirname, '..', '..', 'samples');

export function sampleSheets(name: string): TextSheet[] {
  return parseSheetText(readFileSync(join(SAMPLES, `${name}.txt`), 'utf8'));
}

export function sampleSnapshot(name: string): WorkbookSnapshot {
  return toSnapshot(sampleSheets(name));
}

/** A copy of the sheets with one cell's content replaced (text as in the sample source). */
export function withCell(sheets: readonly TextSheet[], address: string, content: string, sheet = 0): TextSheet[] {
  const at = parseCellAddress(address);
  if (!at) throw new Error(`bad address ${address}`);
  return sheets.map((s, i) => {
    if (i !== sheet) return s;
    const rows = s.rows.map((r) => (r ? [...r] : r));
    const row = rows[at.row] ? [...(rows[at.row] as (TextCell | null)[])] : [];
    row[at.col] = parseSheetText(`@sheet x\n${content}`)[0]?.rows[0]?.[0] ?? null;
    rows[at.row] = row;
    return { ...s, rows };
  });
}
