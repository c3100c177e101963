/**
 * The sheet as a grid: column letters and row numbers that stay in view, the
 * sheet's frozen rows, and only the rows and columns in view rendered (a
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
import { COL_HEADER_PX, useGridStyles } from './useGridStyles';
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
      const left = layout.cols.start(col);
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
      if (left < scrollLeft) scrollLeft = left - margin;
      else if (right > scrollLeft + el.clientWidth)
        scrollLeft = right - left > el.clientWidth ? left : right - el.clientWidth + margin;
      el.scrollTo({ top: Math.max(0, scrollTop), left: Math.max(0, scrollLeft) });
    },
    [layout, frozenHeight],
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
    const x = event.clientX - box.left + el.scrollLeft;
    const y = event.clientY - box.top + el.scrollTop + frozenHeight;
    if (x >= layout.cols.total || y >= layout.rows.total) return;
    select(layout.rows.indexAt(y), layout.cols.indexAt(x));
  };

  const onFrozenMouseDown = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left + scroll.left;
    select(layout.rows.indexAt(event.clientY - box.top), layout.cols.indexAt(x));
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
  const cols = layout.cols.range(scroll.left, scroll.left + size.width, EXTRA_COLS);
  const shared = { sheet, layout, theme, marks: session.marks, selection, cols, cellId };
  const activeId = selection ? cellId(cellAddress(selection.row, selection.col)) : undefined;

  const letters = [];
  for (let c = cols.first; c <= cols.last; c++) {
    if (layout.cols.size(c) === 0) continue;
    letters.push(
      <div
        key={c}
        className={mergeClasses(styles.colHeader, selection?.col === c && styles.headerActive)}
        style={{ left: layout.cols.start(c), width: layout.cols.size(c) }}
      >
        {columnLetters(c)}
      </div>,
    );
  }
  const numbers = (first: number, last: number, offset: number) => {
    const out = [];
    for (let r = first; r <= last; r++) {
      if (layout.rows.size(r) === 0) continue;
      out.push(
        <div
          key={r}
          className={mergeClasses(styles.rowHeader, selection?.row === r && styles.headerActive)}
          style={{ top: layout.rows.start(r) - offset, height: layout.rows.size(r) }}
        >
          {r + 1}
        </div>,
      );
    }
    return out;
  };

  return (
    <div
      className={styles.root}
      style={{ gridTemplateRows: `${COL_HEADER_PX}px ${frozenHeight}px minmax(0, 1fr)` }}
    >
      <div className={styles.corner} />
      <div className={styles.clip} aria-hidden>
        <div style={{ position: 'absolute', inset: 0, transform: `translateX(${-scroll.left}px)` }}>
          {letters}
        </div>
      </div>
      <div
        className={mergeClasses(styles.clip, layout.frozenRows > 0 && styles.frozen)}
        aria-hidden
      >
        {numbers(0, layout.frozenRows - 1, 0)}
      </div>
      <div
        className={mergeClasses(styles.clip, layout.frozenRows > 0 && styles.frozen)}
        role="presentation"
        onMouseDown={onFrozenMouseDown}
      >
        <div style={{ position: 'absolute', inset: 0, transform: `translateX(${-scroll.left}px)` }}>
          {layout.frozenRows > 0 && (
            <GridRows {...shared} rows={{ first: 0, last: layout.frozenRows - 1 }} offsetY={0} />
          )}
        </div>
      </div>
      <div className={styles.clip} aria-hidden>
        <div style={{ position: 'absolute', inset: 0, transform: `translateY(${-scroll.top}px)` }}>
          {numbers(bodyRows.first, bodyRows.last, frozenHeight)}
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
          style={{ width: layout.cols.total, height: layout.rows.total - frozenHeight }}
        >
          <GridRows {...shared} rows={bodyRows} offsetY={frozenHeight} />
        </div>
      </div>
    </div>
  );
}
