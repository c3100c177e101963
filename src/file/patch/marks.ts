/** Which cells the patched copy marks: open findings grouped per sheet and cell, merged areas on their top-left cell. */
import type { Buffer } from 'node:buffer';
import { parseCellAddress, type Finding } from '../../engine/index';
import { mergeArea } from '../sheetCells';
import { mergeRefs } from './sheetXml';
import type { SheetRef } from './workbookXml';

export interface Mark {
  row: number;
  col: number;
  findings: Finding[];
}

type Area = NonNullable<ReturnType<typeof mergeArea>>;

/** Merged areas bucketed by blocks of 64 rows, so finding a cell's area does not scan every merge of a large sheet. */
class MergeIndex {
  private readonly blocks = new Map<number, Area[]>();

  constructor(areas: readonly (Area | null)[]) {
    for (const a of areas) {
      if (!a) continue;
      for (let b = a.top >> 6; b <= a.bottom >> 6; b++) {
        const list = this.blocks.get(b) ?? [];
        list.push(a);
        this.blocks.set(b, list);
      }
    }
  }

  at(row: number, col: number): Area | undefined {
    return this.blocks.get(row >> 6)?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
}

/** The open findings per sheet and cell; a cell inside a merged area is marked on its top-left cell. */
export function marksOf(findings: readonly Finding[], sheets: readonly SheetRef[], xmlOf: (sheet: SheetRef) => Buffer): Map<SheetRef, Mark[]> {
  const out = new Map<SheetRef, Map<string, Mark>>();
  const merges = new Map<SheetRef, MergeIndex>();
  for (const f of findings) {
    const sheet = sheets.find((s) => s.name === f.sheet); // exactly, as exceljs's getWorksheet
    const at = parseCellAddress(f.cell);
    if (!sheet || !at) continue; // still listed on the report sheet
    let index = merges.get(sheet);
    if (!index) {
      index = new MergeIndex(mergeRefs(xmlOf(sheet)).map(mergeArea));
      merges.set(sheet, index);
    }
    const area = index.at(at.row, at.col);
    const row = area ? area.top : at.row;
    const col = area ? area.left : at.col;
    const cells = out.get(sheet) ?? new Map<string, Mark>();
    out.set(sheet, cells);
    const key = `${row},${col}`;
    const mark = cells.get(key) ?? { row, col, findings: [] };
    mark.findings.push(f);
    cells.set(key, mark);
  }
  return new Map([...out].map(([sheet, cells]) => [sheet, [...cells.values()]]));
}
