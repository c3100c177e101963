/** Narrow the list to one rule and/or one severity: two compact selects, each named (`규칙: 전체`). */
import { Select } from '@fluentui/react-components';
import type { RuleId } from '../../../engine/findings';
import type { Filters } from '../../review/reviewModel';
import { useStrings } from '../../useStrings';
import { useFindingsFilterStyles } from './useFindingsFilterStyles';

export interface FindingsFilterProps {
  readonly filters: Filters;
  /** The rules that occur in the result; the filter offers only these. */
  readonly rules: readonly RuleId[];
  readonly onChange: (filters: Filters) => void;
}

export function FindingsFilter({ filters, rules, onChange }: FindingsFilterProps) {
  const t = useStrings();
  const styles = useFindingsFilterStyles();
  // Keep a chosen rule selectable even when a re-verification no longer finds it.
  const options =
    filters.rule !== 'all' && !rules.includes(filters.rule) ? [...rules, filters.rule] : rules;
  return (
    <div className={styles.root}>
      <Select
          className={styles.field}
          size="small"
          aria-label={t.filterRule}
          title={t.filterRule}
          value={filters.rule}
          onChange={(_, data) =>
            onChange({ ...filters, rule: data.value === 'all' ? 'all' : (data.value as RuleId) })
          }
        >
          <option value="all">{`${t.filterRule}: ${t.all}`}</option>
          {options.map((rule) => (
            <option key={rule} value={rule}>
              {t.rules[rule]}
            </option>
          ))}
        </Select>
      <Select
          className={styles.field}
          size="small"
          aria-label={t.filterSeverity}
          title={t.filterSeverity}
          value={filters.severity}
          onChange={(_, data) =>
            onChange({
              ...filters,
              severity: data.value === 'error' || data.value === 'warning' ? data.value : 'all',
            })
          }
        >
          <option value="all">{`${t.filterSeverity}: ${t.all}`}</option>
          <option value="error">{t.severities.error}</option>
          <option value="warning">{t.severities.warning}</option>
        </Select>
    </div>
  );
}
