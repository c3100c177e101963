/**
 * The cells of a band of rows (the frozen rows, or the rows in view): plain
 * text as the sheet shows it, its fill, font, alignment and borders, merged
 * areas as one cell, text overflowing into empty neighbours as in Excel, and
 * the highlights and the selection on top.
 */
import { mergeClasses } from '@fluentui/react-components';
import type { CSSProperties, ReactNode } from 'react';
import type { Worksheet } from 'exceljs';
import { cellAddress } from '../../../engine/address';
import type { MergeArea } from '../../../engine/snapshot';
import { noteText } from '../../book/cellNote';
import type { CellPosition, Mark } from '../../book/session';
import { styleCss } from './cellStyle';
import type { SheetLayout } from './sheetLayout';
import { useGridStyles } from './useGridStyles';

export interface GridRowsProps {
  readonly sheet: Worksheet;
  readonly layout: SheetLayout;
  readonly theme: readonly string[];
  readonly marks: ReadonlyMap<string, Mark>;
  readonly selection: CellPosition | null;
  readonly rows: { readonly first: number; readonly last: number };
  readonly cols: { readonly first: number; readonly last: number };
  /** Subtracted from row positions (the frozen band's height, in the scrolled body). */
  readonly offsetY: number;
  /** Subtracted from column positions (the frozen columns' width, right of them). */
  readonly offsetX: number;
  readonly cellId: (address: string) => string;
}

/** How far text may overflow to the right past its cell, in columns. */
const MAX_OVERFLOW = 12;

export function GridRows(props: GridRowsProps) {
  const { sheet, layout, theme, marks, selection, rows, cols, offsetY, offsetX, cellId } = props;
  const styles = useGridStyles();
  const width = layout.cols.total - offsetX;
  const merged = new Map<MergeArea, true>();
  const out: ReactNode[] = [];

  const cellView = (row: number, col: number, area: MergeArea | null, overflow: number) => {
    const address = cellAddress(row, col);
    const cell = sheet.findCell(row + 1, col + 1);
    const mark = marks.get(`${sheet.name}!${address}`);
    const note = [noteText(cell?.note), mark?.note].filter(Boolean).join('\n\n');
    const text = layout.text(row, col);
    const isSelected = selection?.row === row && selection.col === col;
    const css: CSSProperties = {
      left: layout.cols.start(col) - offsetX,
      width: area ? layout.cols.span(area.left, area.right) : layout.cols.size(col),
      height: area ? layout.rows.span(area.top, area.bottom) : layout.rows.size(row),
      ...(layout.isNumber(row, col) ? { justifyContent: 'flex-end' } : {}),
      ...styleCss(cell?.style, theme),
      ...(mark ? { background: `#${mark.fill.slice(-6)}` } : {}),
    };
    return (
      <div
        key={address}
        id={cellId(address)}
        role="gridcell"
        aria-colindex={col + 1}
        aria-selected={isSelected}
        data-cell={address}
        data-mark={mark ? (mark.fill.endsWith('C7CE') ? 'error' : 'warning') : undefined}
        title={note || undefined}
        className={mergeClasses(
          styles.cell,
          layout.showGridLines && styles.cellLine,
          area !== null && styles.merged,
          overflow > 0 && styles.overflowing,
          mark && styles.marked,
          isSelected && styles.selected,
        )}
        style={css}
      >
        {text !== '' && (
          <span
            className={styles.text}
            style={overflow > 0 ? { maxWidth: 'none', width: overflow } : undefined}
          >
            {text}
          </span>
        )}
        {note && <span className={styles.noteFlag} aria-hidden />}
      </div>
    );
  };

  /** Empty, unstyled, unmarked: text from the left may run over it. */
  const canTakeOverflow = (row: number, col: number) =>
    col < layout.cols.count &&
    layout.text(row, col) === '' &&
    !layout.mergeAt(row, col) &&
    !marks.has(`${sheet.name}!${cellAddress(row, col)}`) &&
    !(selection?.row === row && selection.col === col) &&
    !sheet.findCell(row + 1, col + 1)?.style?.fill;

  const overflowWidth = (row: number, col: number): number => {
    if (layout.isNumber(row, col) || layout.text(row, col) === '') return 0;
    const style = sheet.findCell(row + 1, col + 1)?.style;
    const align = style?.alignment?.horizontal;
    if (style?.alignment?.wrapText || (align && align !== 'left')) return 0;
    let last = col;
    while (last - col < MAX_OVERFLOW && canTakeOverflow(row, last + 1)) last++;
    return last > col ? layout.cols.span(col, last) - 8 : 0;
  };

  for (let row = rows.first; row <= rows.last; row++) {
    if (layout.rows.size(row) === 0) continue;
    const cells: ReactNode[] = [];
    let skipUntil = -1;
    // Start a little to the left: text from a cell out of view may run into it.
    // Right of frozen columns, never from them: they are drawn in a band of their own.
    const floor = offsetX > 0 ? layout.frozenCols : 0;
    for (let col = Math.max(floor, cols.first - MAX_OVERFLOW); col <= cols.last; col++) {
      if (col <= skipUntil) continue;
      const area = layout.mergeAt(row, col);
      if (area) {
        if (!merged.has(area)) {
          merged.set(area, true);
          out.push(mergedRow(area));
        }
        continue;
      }
      const overflow = overflowWidth(row, col);
      if (overflow > 0) {
        let last = col;
        while (last - col < MAX_OVERFLOW && canTakeOverflow(row, last + 1)) last++;
        skipUntil = last;
      } else if (col < cols.first) continue;
      if (layout.cols.size(col) === 0) continue;
      cells.push(cellView(row, col, null, overflow));
    }
    out.push(
      <div
        key={`r${row}`}
        role="row"
        aria-rowindex={row + 1}
        className={mergeClasses(styles.row, layout.showGridLines && styles.gridLines)}
        style={{ top: layout.rows.start(row) - offsetY, height: layout.rows.size(row), width }}
      >
        {cells}
      </div>,
    );
  }

  /** A merged area drawn once, in a row of its own at its top row (which may be above the band). */
  function mergedRow(area: MergeArea) {
    return (
      <div
        key={`m${area.top}:${area.left}`}
        role="row"
        aria-rowindex={area.top + 1}
        className={styles.row}
        style={{
          top: layout.rows.start(area.top) - offsetY,
          height: layout.rows.span(area.top, area.bottom),
          width,
          zIndex: 1,
        }}
      >
        {cellView(area.top, area.left, area, 0)}
      </div>
    );
  }

  return <>{out}</>;
}
