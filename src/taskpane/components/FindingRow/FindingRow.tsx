/**
 * One finding: where it is, stated against expected, the message and the
 * computation behind it, and the reviewer's actions. The cell reference is a
 * button (click or Enter selects the cell in the sheet); a click anywhere else on
 * the row does the same for mouse users.
 *
 * Rows have one height and one line per part, cut with "…", so thousands scroll
 * fast; the current finding opens to its full height: its message and computation
 * wrap in full, a formula cell says why there is no Fix and points to its inputs,
 * and an acceptance shows who accepted it, when and why.
 */
import { Badge, Button, mergeClasses } from '@fluentui/react-components';
import { CheckmarkRegular, WrenchRegular } from '@fluentui/react-icons';
import { memo, useId, type MouseEvent } from 'react';
import { cellRef, type ReviewItem } from '../../review/reviewModel';
import { formatFigure } from '../../format';
import { useStrings } from '../../useStrings';
import { FindingDetails } from './FindingDetails';
import { useFindingRowStyles } from './useFindingRowStyles';

export interface FindingRowProps {
  readonly item: ReviewItem;
  readonly current: boolean;
  /** An action is running: Fix and Accept wait. */
  readonly busy: boolean;
  /** The pane is narrow (320 px): Fix and Accept show their icons only (their names stay for screen readers). */
  readonly narrow?: boolean;
  /** Absolute position inside the windowed list, in pixels. */
  readonly top: number;
  /** The row's height; undefined for the current row, which takes the height its content needs. */
  readonly height: number | undefined;
  /** Called with the cell button when it mounts (and null when it goes), so the list can focus it. */
  readonly registerGoTo?: (key: string, button: HTMLButtonElement | null) => void;
  /** The current row's element, so the list can measure it. */
  readonly measureRef?: (element: HTMLDivElement | null) => void;
  readonly onSelect: (item: ReviewItem) => void;
  readonly onFix: (item: ReviewItem) => void;
  readonly onAccept: (item: ReviewItem) => void;
  /** Selects another cell (a formula's input). */
  readonly onSelectCell?: (sheet: string, cell: string) => void;
  /** The cell button took focus (Tab, click): the list makes this finding current. */
  readonly onFocusItem?: (item: ReviewItem) => void;
}

/**
 * Memoised: scrolling the list re-renders it every frame, and rows whose props
 * have not changed (the parent passes stable callbacks) are then skipped.
 */
export const FindingRow = memo(function FindingRow(props: FindingRowProps) {
  const { item, current, busy, narrow, top, height, registerGoTo, measureRef, onSelect, onFix, onAccept, onSelectCell, onFocusItem } =
    props;
  const { finding, acceptance, formula, unchecked } = item;
  const t = useStrings();
  const styles = useFindingRowStyles();
  const ref = cellRef(finding);
  const messageId = useId();
  const acceptedTitle = acceptance
    ? [t.acceptedDetail(acceptance.at.slice(0, 10), acceptance.reviewer), acceptance.note].filter(Boolean).join(' — ')
    : undefined;
  const onRowClick = (event: MouseEvent) => {
    // Buttons do their own thing; the rest of the row is a larger target for the cell button.
    if (!(event.target as Element).closest('button')) onSelect(item);
  };
  const canFix = !acceptance && !unchecked && !formula && finding.expected !== null;

  return (
    <div
      role="listitem"
      ref={current ? measureRef : undefined}
      style={{ top, height }}
      aria-current={current ? 'true' : undefined}
      data-key={item.key}
      className={mergeClasses(
        styles.root,
        current && styles.current,
        acceptance !== null && styles.accepted,
      )}
      onClick={onRowClick}
    >
      <div className={styles.headline}>
        <button
          type="button"
          ref={registerGoTo ? (el) => registerGoTo(item.key, el) : undefined}
          className={styles.cell}
          aria-label={t.goToCell(ref)}
          aria-describedby={messageId}
          title={ref}
          onClick={() => onSelect(item)}
          onFocus={onFocusItem ? () => onFocusItem(item) : undefined}
        >
          {ref}
        </button>
        <Badge
          size="small"
          appearance="tint"
          className={styles.badge}
          color={unchecked ? 'informative' : finding.severity === 'error' ? 'danger' : 'warning'}
        >
          {unchecked ? t.notChecked : t.severities[finding.severity]}
        </Badge>
        <span className={styles.rule}>{unchecked ? '' : t.rules[finding.rule]}</span>
        <span className={styles.actions}>
          {acceptance ? (
            <Badge appearance="filled" color="success" icon={<CheckmarkRegular />} title={acceptedTitle}>
              {t.accepted}
            </Badge>
          ) : unchecked ? null : (
            <>
              {canFix && (
                <Button
                  size="small"
                  className={styles.action}
                  icon={<WrenchRegular />}
                  aria-label={t.fixCell(ref)}
                  title={narrow ? t.fix : undefined}
                  disabled={busy}
                  onClick={() => onFix(item)}
                >
                  {narrow ? undefined : t.fix}
                </Button>
              )}
              <Button
                size="small"
                className={styles.action}
                icon={<CheckmarkRegular />}
                aria-label={t.acceptCell(ref)}
                title={narrow ? t.accept : undefined}
                disabled={busy}
                onClick={() => onAccept(item)}
              >
                {narrow ? undefined : t.accept}
              </Button>
            </>
          )}
        </span>
      </div>
      {(finding.expected !== null || finding.actual !== null) && (
        <span className={mergeClasses(styles.figures, current && styles.wrap)}>
          {t.stated} <span className={styles.stated}>{formatFigure(finding.actual, finding.unit)}</span>
          {' → '}
          {t.expected} <span className={styles.expected}>{formatFigure(finding.expected, finding.unit)}</span>
        </span>
      )}
      <span id={messageId} className={mergeClasses(styles.message, current && styles.wrap)} title={current ? undefined : finding.message}>
        {finding.message}
      </span>
      {finding.explain && (
        <span className={mergeClasses(styles.explain, current && styles.wrap)} title={current ? undefined : finding.explain}>
          {finding.explain}
        </span>
      )}
      {current && <FindingDetails item={item} onSelectCell={onSelectCell} />}
    </div>
  );
});
