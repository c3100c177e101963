/**
 * The sheet as a grid: column letters and row numbers that stay in view, the
 * sheet's frozen rows and columns (its pane), and only the rows and columns in view rendered (a
 * 100,000-row sheet scrolls as lightly as a small one). Click or arrow keys
 * select a cell; when the pane selects a finding, its cell is scrolled into
 * view and shown selected.
 */
import { mergeClasses } from '@fluentui/react-components';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { Worksheet } from 'exceljs';
import { cellAddress, columnLetters } from '../../../engine/address';
import type { SheetSnapshot } from '../../../engine/snapshot';
import type { BookSession } from '../../book/session';
import { GridRows } from './GridRows';
import { layoutSheet } from './sheetLayout';
import { COL_HEADER_PX, ROW_HEADER_PX, useGridStyles } from './useGridStyles';
import { useViewportSize } from './useViewportSize';
import { moveSelection } from './keys';

export interface GridProps {
  readonly session: BookSession;
  readonly sheet: Worksheet;
  readonly snapshot: SheetSnapshot;
  readonly theme: readonly string[];
  readonly label: string;
}

const EXTRA_ROWS = 4;
const EXTRA_COLS = 1;

export function Grid({ session, sheet, snapshot, theme, label }: GridProps) {
  const styles = useGridStyles();
  const layout = useMemo(() => layoutSheet(sheet, snapshot), [sheet, snapshot]);
  const body = useRef<HTMLDivElement>(null);
  const size = useViewportSize(body);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const frozenHeight = layout.rows.start(layout.frozenRows);
  const frozenWidth = layout.cols.start(layout.frozenCols);
  const selection = session.selection?.sheet === sheet.name ? session.selection : null;
  const cellId = useCallback(
    (address: string) => `cell-${session.id}-${sheet.id}-${address}`,
    [session.id, sheet.id],
  );

  // Another sheet: start at its top left.
  useLayoutEffect(() => {
    body.current?.scrollTo({ top: 0, left: 0 });
    setScroll({ top: 0, left: 0 });
  }, [sheet]);

  /** Scrolls the body so the cell is in view; `center` puts it mid-view when it was out of sight. */
  const reveal = useCallback(
    (row: number, col: number, center: boolean) => {
      const el = body.current;
      if (!el) return;
      const top = layout.rows.start(row) - frozenHeight;
      const bottom = top + layout.rows.size(row);
      const left = layout.cols.start(col) - frozenWidth;
      const right = left + layout.cols.size(col);
      let { scrollTop, scrollLeft } = el;
      if (row >= layout.frozenRows && (top < scrollTop || bottom > scrollTop + el.clientHeight))
        scrollTop = center
          ? top - (el.clientHeight - (bottom - top)) / 2
          : top < scrollTop
            ? top
            : bottom - el.clientHeight;
      // Sideways, just far enough (a little more when it came from the pane), so the row's labels stay in view.
      const margin = center ? 24 : 0;
      if (col < layout.frozenCols) {
        // A frozen column is always in view: no sideways scroll.
      } else if (left < scrollLeft) scrollLeft = left - margin;
      else if (right > scrollLeft + el.clientWidth)
        scrollLeft = right - left > el.clientWidth ? left : right - el.clientWidth + margin;
      el.scrollTo({ top: Math.max(0, scrollTop), left: Math.max(0, scrollLeft) });
    },
    [layout, frozenHeight, frozenWidth],
  );

  // The pane selected a finding: bring its cell into view, once (a later re-render, after a
  // fix say, leaves the view where the user scrolled it).
  const revealCount = session.revealCount;
  const revealed = useRef(0);
  useEffect(() => {
    const at = session.selection;
    if (revealCount === revealed.current || !at || at.sheet !== sheet.name) return;
    revealed.current = revealCount;
    reveal(at.row, at.col, true);
  }, [revealCount, session, sheet, reveal]);

  const select = (row: number, col: number) => {
    const area = layout.mergeAt(row, col);
    session.select({ sheet: sheet.name, row: area?.top ?? row, col: area?.left ?? col });
  };

  const onMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    const el = body.current;
    if (!el || event.button !== 0) return;
    const box = el.getBoundingClientRect();
    const x = event.clientX - box.left + el.scrollLeft + frozenWidth;
    const y = event.clientY - box.top + el.scrollTop + frozenHeight;
    if (x >= layout.cols.total || y >= layout.rows.total) return;
    select(layout.rows.indexAt(y), layout.cols.indexAt(x));
  };

  /** A click in a frozen band: `scrollsX`/`scrollsY` say whether the band follows the body that way. */
  const onFrozenMouseDown =
    (scrollsX: boolean, scrollsY: boolean) => (event: MouseEvent<HTMLDivElement>) => {
      const box = event.currentTarget.getBoundingClientRect();
      const x = event.clientX - box.left + (scrollsX ? scroll.left + frozenWidth : 0);
      const y = event.clientY - box.top + (scrollsY ? scroll.top + frozenHeight : 0);
      select(layout.rows.indexAt(y), layout.cols.indexAt(x));
      body.current?.focus();
    };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((body.current?.clientHeight ?? 400) / 20) - 1);
    const next = moveSelection(event.key, event.shiftKey, selection, layout, page);
    if (!next) return;
    event.preventDefault();
    select(next.row, next.col);
    reveal(next.row, next.col, false);
  };

  const rows = layout.rows.range(
    scroll.top + frozenHeight,
    scroll.top + frozenHeight + size.height,
    EXTRA_ROWS,
  );
  const bodyRows = { first: Math.max(rows.first, layout.frozenRows), last: rows.last };
  const viewCols = layout.cols.range(
    scroll.left + frozenWidth,
    scroll.left + frozenWidth + size.width,
    EXTRA_COLS,
  );
  const cols = { first: Math.max(viewCols.first, layout.frozenCols), last: viewCols.last };
  const frozenCols = { first: 0, last: layout.frozenCols - 1 };
  const shared = { sheet, layout, theme, marks: session.marks, selection, cellId };
  const activeId = selection ? cellId(cellAddress(selection.row, selection.col)) : undefined;

  const letters = (first: number, last: number, offset: number) => {
    const out = [];
    for (let c = first; c <= last; c++) {
      if (layout.cols.size(c) === 0) continue;
      out.push(
        <div
          key={c}
          className={mergeClasses(styles.colHeader, selection?.col === c && styles.headerActive)}
          style={{ left: layout.cols.start(c) - offset, width: layout.cols.size(c) }}
          data-col-header={columnLetters(c)}
        >
          {columnLetters(c)}
        </div>,
      );
    }
    return out;
  };
  const numbers = (first: number, last: number, offset: number) => {
    const out = [];
    for (let r = first; r <= last; r++) {
      if (layout.rows.size(r) === 0) continue;
      out.push(
        <div
          key={r}
          className={mergeClasses(styles.rowHeader, selection?.row === r && styles.headerActive)}
          style={{ top: layout.rows.start(r) - offset, height: layout.rows.size(r) }}
          data-row-header={r + 1}
        >
          {r + 1}
        </div>,
      );
    }
    return out;
  };

  const frozenRowBand = layout.frozenRows > 0 && styles.frozen;
  const frozenColBand = layout.frozenCols > 0 && styles.frozenCols;
  return (
    <div
      className={styles.root}
      style={{
        gridTemplateColumns: `${ROW_HEADER_PX}px ${frozenWidth}px minmax(0, 1fr)`,
        gridTemplateRows: `${COL_HEADER_PX}px ${frozenHeight}px minmax(0, 1fr)`,
      }}
    >
      <div className={styles.corner} />
      <div className={mergeClasses(styles.clip, frozenColBand)} aria-hidden>
        {letters(0, layout.frozenCols - 1, 0)}
      </div>
      <div className={styles.clip} aria-hidden>
        <div style={{ position: 'absolute', inset: 0, transform: `translateX(${-scroll.left}px)` }}>
          {letters(cols.first, cols.last, frozenWidth)}
        </div>
      </div>
      <div className={mergeClasses(styles.clip, frozenRowBand)} aria-hidden>
        {numbers(0, layout.frozenRows - 1, 0)}
      </div>
      <div
        className={mergeClasses(styles.clip, frozenRowBand, frozenColBand)}
        role="presentation"
        onMouseDown={onFrozenMouseDown(false, false)}
      >
        {layout.frozenRows > 0 && layout.frozenCols > 0 && (
          <GridRows
            {...shared}
            rows={{ first: 0, last: layout.frozenRows - 1 }}
            cols={frozenCols}
            offsetY={0}
            offsetX={0}
          />
        )}
      </div>
      <div
        className={mergeClasses(styles.clip, frozenRowBand)}
        role="presentation"
        onMouseDown={onFrozenMouseDown(true, false)}
      >
        <div style={{ position: 'absolute', inset: 0, transform: `translateX(${-scroll.left}px)` }}>
          {layout.frozenRows > 0 && (
            <GridRows
              {...shared}
              rows={{ first: 0, last: layout.frozenRows - 1 }}
              cols={cols}
              offsetY={0}
              offsetX={frozenWidth}
            />
          )}
        </div>
      </div>
      <div className={styles.clip} aria-hidden>
        <div style={{ position: 'absolute', inset: 0, transform: `translateY(${-scroll.top}px)` }}>
          {numbers(bodyRows.first, bodyRows.last, frozenHeight)}
        </div>
      </div>
      <div
        className={mergeClasses(styles.clip, frozenColBand)}
        role="presentation"
        onMouseDown={onFrozenMouseDown(false, true)}
      >
        <div style={{ position: 'absolute', inset: 0, transform: `translateY(${-scroll.top}px)` }}>
          {layout.frozenCols > 0 && (
            <GridRows
              {...shared}
              rows={bodyRows}
              cols={frozenCols}
              offsetY={frozenHeight}
              offsetX={0}
            />
          )}
        </div>
      </div>
      <div
        ref={body}
        className={styles.body}
        role="grid"
        aria-label={label}
        aria-rowcount={layout.rows.count}
        aria-colcount={layout.cols.count}
        aria-activedescendant={activeId}
        tabIndex={0}
        onScroll={(e) =>
          setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })
        }
        onMouseDown={onMouseDown}
        onKeyDown={onKeyDown}
      >
        <div
          className={styles.canvas}
          style={{
            width: layout.cols.total - frozenWidth,
            height: layout.rows.total - frozenHeight,
          }}
        >
          <GridRows
            {...shared}
            rows={bodyRows}
            cols={cols}
            offsetY={frozenHeight}
            offsetX={frozenWidth}
          />
        </div>
      </div>
    </div>
  );
}
