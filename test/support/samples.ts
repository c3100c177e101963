import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSheetText, toSnapshot, type TextSheet } from '../../scripts/sheet-text';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';

export const SAMPLES = join(__dirname, '..', '..', 'samples');

export function sampleSheets(name: string): TextSheet[] {
  return parseSheetText(readFileSync(join(SAMPLES, `${name}.txt`), 'utf8'));
}

export function sampleSnapshot(name: string): WorkbookSnapshot {
  return toSnapshot(sampleSheets(name));
}

export { withCell } from '../../scripts/sheet-text';
