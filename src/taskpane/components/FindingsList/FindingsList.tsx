/**
 * The findings, grouped by table, as a windowed list of fixed-height rows: only
 * the rows in view (and a few around them) exist in the DOM, so thousands of
 * findings stay fast. Arrow keys, Home/End and Page Up/Down move between findings;
 * Enter or a click selects the finding's cell.
 */
import { Text } from '@fluentui/react-components';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { FindingGroup, ReviewItem } from '../../review/reviewModel';
import { useStrings } from '../../useStrings';
import { FindingRow } from '../FindingRow/FindingRow';
import { GroupHeader } from '../GroupHeader/GroupHeader';
import { FINDING_ROW_HEIGHT, layoutRows, rowsInView } from './listRows';
import { useFindingsListStyles } from './useFindingsListStyles';
import { useViewport } from './useViewport';

export interface FindingsListProps {
  readonly groups: readonly FindingGroup[];
  readonly currentKey: string | null;
  readonly busy: boolean;
  /** Shown instead of the list when there is nothing to list. */
  readonly emptyText: string;
  readonly onSelect: (item: ReviewItem) => void;
  readonly onFix: (item: ReviewItem) => void;
  readonly onAccept: (item: ReviewItem) => void;
  readonly onSelectCell?: (sheet: string, cell: string) => void;
  readonly onCurrentChange: (key: string) => void;
  /** The pane is narrow: rows show their actions as icons. */
  readonly narrow?: boolean;
}

const OVERSCAN = 2 * FINDING_ROW_HEIGHT;

export function FindingsList(props: FindingsListProps) {
  const { groups, currentKey, busy, emptyText, onSelect, onFix, onAccept, onSelectCell, onCurrentChange, narrow } = props;
  const t = useStrings();
  const styles = useFindingsListStyles();
  const viewport = useViewport();
  const openHeight = useOpenHeight(currentKey);
  const layout = useMemo(
    () => layoutRows(groups, currentKey === null || openHeight.height === null ? null : { key: currentKey, height: openHeight.height }),
    [groups, currentKey, openHeight.height],
  );
  const order = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const goToButtons = useRef(new Map<string, HTMLButtonElement>());
  // The finding whose button should take focus once it is rendered (keyboard moves only).
  const pendingFocus = useRef<string | null>(null);

  // Stable callbacks for the memoised rows: scrolling re-renders only the rows that change.
  const registerGoTo = useCallback((key: string, button: HTMLButtonElement | null) => {
    if (button) goToButtons.current.set(key, button);
    else goToButtons.current.delete(key);
  }, []);
  const currentRef = useRef(currentKey);
  useLayoutEffect(() => {
    currentRef.current = currentKey;
  });
  const onFocusItem = useCallback(
    (item: ReviewItem) => {
      if (item.key !== currentRef.current) onCurrentChange(item.key);
    },
    [onCurrentChange],
  );

  const { clamp, reveal } = viewport;
  useEffect(() => clamp(layout.totalHeight), [clamp, layout.totalHeight]);

  // Whoever made a finding current (keys, Next/Previous, a click), bring it into view.
  useEffect(() => {
    const rowNumber = currentKey === null ? undefined : layout.rowOfKey.get(currentKey);
    const row = rowNumber === undefined ? undefined : layout.rows[rowNumber];
    if (row) reveal(row.top, row.height);
  }, [currentKey, layout, reveal]);

  useEffect(() => {
    const key = pendingFocus.current;
    const button = key === null ? undefined : goToButtons.current.get(key);
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (order.length === 0) return;
      // The current finding's place from the layout's map: no scan of thousands of findings per key press.
      const currentRow = currentKey === null ? undefined : layout.rowOfKey.get(currentKey);
      const row = currentRow === undefined ? undefined : layout.rows[currentRow];
      const from = row?.kind === 'finding' ? row.index : -1;
      const page = Math.max(1, Math.floor(viewport.height / FINDING_ROW_HEIGHT));
      const last = order.length - 1;
      const targets: Record<string, number> = {
        ArrowDown: from + 1,
        ArrowUp: from < 0 ? last : from - 1,
        Home: 0,
        End: last,
        PageDown: from + page,
        PageUp: from < 0 ? 0 : from - page,
      };
      const to = targets[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const target = order[Math.min(last, Math.max(0, to))];
      if (!target) return;
      pendingFocus.current = target.key;
      onCurrentChange(target.key);
    },
    [order, layout, currentKey, viewport.height, onCurrentChange],
  );

  if (layout.rows.length === 0) {
    return (
      <div className={styles.empty}>
        <Text>{emptyText}</Text>
      </div>
    );
  }

  const { start, end } = rowsInView(
    layout.rows,
    viewport.scrollTop - OVERSCAN,
    viewport.scrollTop + viewport.height + OVERSCAN,
  );

  return (
    <div
      ref={viewport.ref}
      className={styles.viewport}
      onScroll={viewport.onScroll}
      onKeyDown={onKeyDown}
    >
      <div
        role="list"
        aria-label={t.findings}
        className={styles.sizer}
        style={{ height: layout.totalHeight }}
      >
        {layout.rows.slice(start, end).map((row) =>
          row.kind === 'group' ? (
            <GroupHeader key={row.key} group={row.group} top={row.top} height={row.height} />
          ) : (
            <FindingRow
              key={row.key}
              item={row.item}
              current={row.key === currentKey}
              busy={busy}
              narrow={narrow}
              top={row.top}
              height={row.key === currentKey ? undefined : row.height}
              registerGoTo={registerGoTo}
              measureRef={openHeight.ref}
              onSelect={onSelect}
              onFix={onFix}
              onAccept={onAccept}
              onSelectCell={onSelectCell}
              onFocusItem={onFocusItem}
            />
          ),
        )}
      </div>
    </div>
  );
}

/**
 * The height the current row's full content takes, measured where it is drawn (and
 * again when it changes: the pane narrows, the language switches). Null until
 * measured, and where there is no layout (tests in jsdom): then the row keeps the
 * common height.
 */
function useOpenHeight(currentKey: string | null): { ref: (el: HTMLDivElement | null) => void; height: number | null } {
  const [measured, setMeasured] = useState<{ key: string | null; height: number } | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const keyRef = useRef(currentKey);
  keyRef.current = currentKey;
  const ref = useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = () => {
      const height = el.offsetHeight;
      if (height > 0) setMeasured((m) => (m && m.key === keyRef.current && m.height === height ? m : { key: keyRef.current, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return { ref, height: measured && measured.key === currentKey ? measured.height : null };
}
