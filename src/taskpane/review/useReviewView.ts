/** The derived, memoised views of the review state that the components render. */
import { useMemo } from 'react';
import type { RuleId } from '../../engine/findings';
import {
  countFindings,
  filterItems,
  groupByTable,
  reviewItems,
  rulesPresent,
  uncheckedItems,
  type Counts,
  type FindingGroup,
  type ReviewItem,
} from './reviewModel';
import type { ReviewState } from './reviewState';
import type { Language } from '../../engine/options';
import { UNCHECKED_REASONS } from '../../engine/glossary';

export interface ReviewView {
  /** Every finding of the result, accepted or not, and the figures left unchecked. */
  readonly items: readonly ReviewItem[];
  readonly counts: Counts;
  readonly rules: readonly RuleId[];
  /** The findings that pass the filters, grouped by table. */
  readonly groups: readonly FindingGroup[];
  /** The same findings in the order they are shown: the order Next / Previous walk. */
  readonly order: readonly ReviewItem[];
  /** Position of the current finding in `order`, or null. */
  readonly currentIndex: number | null;
}

export function useReviewView(state: ReviewState, language: Language): ReviewView {
  const { result, acceptances, filters, currentKey } = state;
  const items = useMemo(
    () =>
      result
        ? [
            ...reviewItems(result.findings, acceptances, result.formulaCells),
            ...uncheckedItems(result.coverage?.unchecked ?? [], (u) => UNCHECKED_REASONS[u.reason][language]),
          ]
        : [],
    [result, acceptances, language],
  );
  const counts = useMemo(() => countFindings(items), [items]);
  const rules = useMemo(() => rulesPresent(items), [items]);
  const groups = useMemo(
    () => groupByTable(filterItems(items, filters), result?.tables ?? []),
    [items, filters, result],
  );
  const order = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const currentIndex = useMemo(() => {
    const i = order.findIndex((item) => item.key === currentKey);
    return i < 0 ? null : i;
  }, [order, currentKey]);
  return { items, counts, rules, groups, order, currentIndex };
}
