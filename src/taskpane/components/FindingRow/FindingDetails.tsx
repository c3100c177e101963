/**
 * What the current finding shows beyond its one-line summary: for a formula cell,
 * why Fix is not offered and the inputs that drive it (each a button to its cell);
 * for an accepted finding, when, by whom and why.
 */
import { Button, Text } from '@fluentui/react-components';
import type { ReviewItem } from '../../review/reviewModel';
import { useStrings } from '../../useStrings';
import { useFindingRowStyles } from './useFindingRowStyles';

export interface FindingDetailsProps {
  readonly item: ReviewItem;
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

export function FindingDetails({ item, onSelectCell }: FindingDetailsProps) {
  const t = useStrings();
  const styles = useFindingRowStyles();
  const { formula, acceptance, finding } = item;
  return (
    <>
      {formula && !acceptance && (
        <div className={styles.detail} data-testid="formula-note">
          <Text size={200} className={styles.wrap}>
            {t.formulaNote(formula.formula)}
          </Text>
          <span className={styles.inputs}>
            {formula.inputs.length === 0 ? (
              <Text size={200}>{t.formulaNoInputs}</Text>
            ) : (
              <>
                <Text size={200}>{t.formulaInputs}:</Text>
                {formula.inputs.map((cell) => (
                  <Button
                    key={cell}
                    size="small"
                    appearance="subtle"
                    className={styles.input}
                    aria-label={t.goToInput(cell)}
                    onClick={() => onSelectCell?.(finding.sheet, cell)}
                  >
                    {cell}
                  </Button>
                ))}
              </>
            )}
          </span>
        </div>
      )}
      {acceptance && (
        <div className={styles.detail} data-testid="acceptance-detail">
          <Text size={200} weight="semibold">
            {t.acceptedDetail(acceptance.at.slice(0, 10), acceptance.reviewer)}
          </Text>
          {acceptance.note && (
            <Text size={200} className={styles.wrap}>
              {t.reason}: {acceptance.note}
            </Text>
          )}
        </div>
      )}
    </>
  );
}
