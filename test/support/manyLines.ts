import type { SheetSnapshot } from '../../src/engine/snapshot';

/** `tables` basis tables of three wrong lines each (five rows with header and blank): 3 × tables findings. */
export function manyLines(tables: number, name = 'Sheet1'): SheetSnapshot {
  const values: (string | number | null)[][] = [];
  const texts: string[][] = [];
  for (let t = 0; t < tables; t++) {
    values.push(['산출근거', null]);
    texts.push(['산출근거', '']);
    for (let i = 0; i < 3; i++) {
      values.push([`○ 항목 ${t * 3 + i + 1} 1,000,000원 × 3회`, 4000]);
      texts.push([`○ 항목 ${t * 3 + i + 1} 1,000,000원 × 3회`, '4,000']);
    }
    values.push([null, null]);
    texts.push(['', '']);
  }
  return { name, values, texts, merges: [] };
}
