/**
 * One finding: where it is, stated against expected, the message and the
 * computation behind it, and the reviewer's actions. The cell reference is a
 * button (click or Enter selects the cell in the sheet); a click anywhere else on
 * the row does the same for mouse users.
 */
import { Badge, Button, mergeClasses } from '@fluentui/react-components';
import { CheckmarkRegular, WrenchRegular } from '@fluentui/react-icons';
import { memo, useId, type MouseEvent } from 'react';
import { cellRef, type ReviewItem } from '../../review/reviewModel';
import { formatFigure } from '../../format';
import { useStrings } from '../../useStrings';
import { useFindingRowStyles } from './useFindingRowStyles';

export interface FindingRowProps {
  readonly item: ReviewItem;
  readonly current: boolean;
  /** An action is running: Fix and Accept wait. */
  readonly busy: boolean;
  /** Absolute position inside the windowed list, in pixels. */
  readonly top: number;
  readonly height: number;
  /** Called with the cell button when it mounts (and null when it goes), so the list can focus it. */
  readonly registerGoTo?: (key: string, button: HTMLButtonElement | null) => void;
  readonly onSelect: (item: ReviewItem) => void;
  readonly onFix: (item: ReviewItem) => void;
  readonly onAccept: (item: ReviewItem) => void;
  /** The cell button took focus (Tab, click): the list makes this finding current. */
  readonly onFocusItem?: (item: ReviewItem) => void;
}

/**
 * Memoised: scrolling the list re-renders it every frame, and rows whose props
 * have not changed (the parent passes stable callbacks) are then skipped.
 */
export const FindingRow = memo(function FindingRow(props: FindingRowProps) {
  const { item, current, busy, top, height, registerGoTo, onSelect, onFix, onAccept, onFocusItem } =
    props;
  const { finding, acceptance } = item;
  const t = useStrings();
  const styles = useFindingRowStyles();
  const ref = cellRef(finding);
  const messageId = useId();
  const acceptedTitle = acceptance
    ? [t.acceptedOn(acceptance.at.slice(0, 10)), acceptance.note].filter(Boolean).join(' — ')
    : undefined;
  const onRowClick = (event: MouseEvent) => {
    // Buttons do their own thing; the rest of the row is a larger target for the cell button.
    if (!(event.target as Element).closest('button')) onSelect(item);
  };

  return (
    <div
      role="listitem"
      style={{ top, height }}
      aria-current={current ? 'true' : undefined}
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
          onClick={() => onSelect(item)}
          onFocus={onFocusItem ? () => onFocusItem(item) : undefined}
        >
          {ref}
        </button>
        <Badge
          size="small"
          appearance="tint"
          className={styles.badge}
          color={finding.severity === 'error' ? 'danger' : 'warning'}
        >
          {t.severities[finding.severity]}
        </Badge>
        <span className={styles.rule}>{t.rules[finding.rule]}</span>
        <span className={styles.actions}>
          {acceptance ? (
            <Badge
              appearance="filled"
              color="success"
              icon={<CheckmarkRegular />}
              title={acceptedTitle}
            >
              {t.accepted}
            </Badge>
          ) : (
            <>
              {finding.expected !== null && (
                <Button
                  size="small"
                  className={styles.action}
                  icon={<WrenchRegular />}
                  aria-label={t.fixCell(ref)}
                  disabled={busy}
                  onClick={() => onFix(item)}
                >
                  {t.fix}
                </Button>
              )}
              <Button
                size="small"
                className={styles.action}
                icon={<CheckmarkRegular />}
                aria-label={t.acceptCell(ref)}
                disabled={busy}
                onClick={() => onAccept(item)}
              >
                {t.accept}
              </Button>
            </>
          )}
        </span>
      </div>
      {(finding.expected !== null || finding.actual !== null) && (
        <span className={styles.figures}>
          {t.stated}{' '}
          <span className={styles.stated}>{formatFigure(finding.actual, finding.unit)}</span>
          {' → '}
          {t.expected}{' '}
          <span className={styles.expected}>{formatFigure(finding.expected, finding.unit)}</span>
        </span>
      )}
      <span id={messageId} className={styles.message} title={finding.message}>
        {finding.message}
      </span>
      {finding.explain && (
        <span className={styles.explain} title={finding.explain}>
          {finding.explain}
        </span>
      )}
    </div>
  );
});
