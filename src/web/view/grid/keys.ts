/** Where a key moves the selected cell, as in a spreadsheet (merged areas are one cell). */
import type { CellPosition } from '../../book/session';
import type { SheetLayout } from './sheetLayout';

export function moveSelection(
  key: string,
  shift: boolean,
  from: CellPosition | null,
  layout: SheetLayout,
  page: number,
): { row: number; col: number } | null {
  const lastRow = layout.rows.count - 1;
  const lastCol = layout.cols.count - 1;
  if (!from)
    return ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home'].includes(key)
      ? { row: 0, col: 0 }
      : null;
  const area = layout.mergeAt(from.row, from.col);
  const bottom = area?.bottom ?? from.row;
  const right = area?.right ?? from.col;
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(lastRow, row)),
    col: Math.max(0, Math.min(lastCol, col)),
  });
  switch (key) {
    case 'ArrowDown':
    case 'Enter':
      return clamp(shift && key === 'Enter' ? from.row - 1 : bottom + 1, from.col);
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'ArrowRight':
      return clamp(from.row, right + 1);
    case 'Tab':
      return clamp(from.row, shift ? from.col - 1 : right + 1);
    case 'ArrowLeft':
      return clamp(from.row, from.col - 1);
    case 'PageDown':
      return clamp(from.row + page, from.col);
    case 'PageUp':
      return clamp(from.row - page, from.col);
    case 'Home':
      return clamp(from.row, 0);
    default:
      return null;
  }
}
