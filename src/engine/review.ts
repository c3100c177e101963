/**
 * Reviewers' decisions, kept in the workbook so the next reviewer sees them.
 * An acceptance holds only while the figure is unchanged: it is keyed by the
 * stated figure, so editing the cell revives the finding.
 */
import type { Finding } from './findings';

export interface Acceptance {
  readonly sheet: string;
  readonly cell: string;
  readonly rule: Finding['rule'];
  /** The stated figure when it was accepted (null for a warning). */
  readonly actual: number | null;
  readonly note?: string;
  /** ISO time of the decision. */
  readonly at: string;
}

export function acceptanceKey(f: Pick<Finding, 'sheet' | 'cell' | 'rule' | 'actual'>): string {
  return `${f.sheet}!${f.cell}|${f.rule}|${f.actual === null ? '' : String(f.actual)}`;
}

export function isAccepted(finding: Finding, acceptances: readonly Acceptance[]): boolean {
  const key = acceptanceKey(finding);
  return acceptances.some((a) => acceptanceKey(a) === key);
}

/** The name of the very hidden sheet where adapters keep acceptances and original fills. */
export const STATE_SHEET = '_BudgetVerifyState';
