/**
 * The rule ids, in the order every surface lists them (filters, counts, the report).
 * A leaf module: the contract types and the rule modules both import it, and it
 * imports nothing. A new rule is an id here, its module, and its line in `index.ts`.
 */
export const RULE_IDS = [
  'product',
  'subtotal',
  'total',
  'change',
  'change-rate',
  'funding',
  'cross-total',
  'budget-current',
  'execution-balance',
  'execution-rate',
  'share',
  'carry-over',
  'header-formula',
  'unreadable',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}
