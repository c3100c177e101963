/**
 * Open findings by severity and by rule; accepted findings are counted apart, never
 * as open; and what was checked: `검산한 숫자 n개 · 확인하지 못한 숫자 m개` (DESIGN §1.2).
 */
import { Badge, Text } from '@fluentui/react-components';
import type { Coverage } from '../../../engine/findings';
import type { Counts } from '../../review/reviewModel';
import { formatNumber } from '../../format';
import { useStrings } from '../../useStrings';
import { useSummaryCountsStyles } from './useSummaryCountsStyles';

export interface SummaryCountsProps {
  readonly counts: Counts;
  readonly coverage?: Coverage;
}

export function SummaryCounts({ counts, coverage }: SummaryCountsProps) {
  const t = useStrings();
  const styles = useSummaryCountsStyles();
  return (
    <section className={styles.root} aria-label={t.summary}>
      <div className={styles.totals}>
        <Badge appearance="tint" color={counts.error > 0 ? 'danger' : 'informative'} data-testid="count-error">
          {t.severityCount('error', counts.error)}
        </Badge>
        <Badge appearance="tint" color={counts.warning > 0 ? 'warning' : 'informative'} data-testid="count-warning">
          {t.severityCount('warning', counts.warning)}
        </Badge>
        <Badge appearance="tint" color="success" data-testid="count-accepted">
          {t.acceptedCount(counts.accepted)}
        </Badge>
      </div>
      {coverage && (
        <Text size={200} className={styles.coverage} data-testid="coverage">
          {t.coverageCounts(coverage.checked, coverage.unchecked.length)}
        </Text>
      )}
      {counts.byRule.length > 0 && (
        <ul className={styles.rules} aria-label={t.ruleCounts}>
          {counts.byRule.map((row) => (
            <li key={row.rule} className={styles.rule}>
              <span className={styles.ruleName}>{t.rules[row.rule]}</span>
              <span className={styles.ruleCount}>
                {[
                  row.error > 0 ? `${t.severities.error} ${formatNumber(row.error)}` : null,
                  row.warning > 0 ? `${t.severities.warning} ${formatNumber(row.warning)}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
