/** Previous / Next through the shown findings, each selecting its cell, and where we are. */
import { Button, Text } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useStrings } from '../../useStrings';
import { useFindingsNavigatorStyles } from './useFindingsNavigatorStyles';

export interface FindingsNavigatorProps {
  readonly index: number | null;
  readonly total: number;
  readonly onMove: (delta: 1 | -1) => void;
}

export function FindingsNavigator({ index, total, onMove }: FindingsNavigatorProps) {
  const t = useStrings();
  const styles = useFindingsNavigatorStyles();
  const atStart = index === 0;
  const atEnd = index === total - 1;
  return (
    <div className={styles.root}>
      <Text className={styles.position} aria-live="polite">
        {t.position(index, total)}
      </Text>
      <Button
        size="small"
        icon={<ArrowUpRegular />}
        aria-label={t.previous}
        title={t.previous}
        disabled={total === 0 || atStart}
        onClick={() => onMove(-1)}
      />
      <Button
        size="small"
        icon={<ArrowDownRegular />}
        aria-label={t.next}
        title={t.next}
        disabled={total === 0 || atEnd}
        onClick={() => onMove(1)}
      />
    </div>
  );
}
