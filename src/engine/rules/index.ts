/**
 * The rules, one module each, listed once. Every surface takes a rule's words from
 * here (labels in lists, filters, notes and the report; messages of findings).
 */
import type { Language } from '../options';
import { RULE_IDS, type RuleId } from './ids';
import { fill, type Rule } from './rule';
import { product } from './product';
import { subtotal } from './subtotal';
import { total } from './total';
import { change } from './change';
import { changeRate } from './changeRate';
import { funding } from './funding';
import { crossTotal } from './crossTotal';
import { budgetCurrent } from './budgetCurrent';
import { executionBalance } from './executionBalance';
import { unreadable } from './unreadable';
import { executionRate } from './executionRate';
import { share } from './share';
import { carryOver } from './carryOver';
import { headerFormula } from './headerFormula';

export { RULE_IDS, isRuleId, type RuleId } from './ids';
export type { Rule, Words } from './rule';

const BY_ID: { readonly [K in RuleId]: Rule<K> } = {
  product,
  subtotal,
  total,
  change,
  'change-rate': changeRate,
  funding,
  'cross-total': crossTotal,
  'budget-current': budgetCurrent,
  'execution-balance': executionBalance,
  'execution-rate': executionRate,
  share,
  'carry-over': carryOver,
  'header-formula': headerFormula,
  unreadable,
};

/** Every rule, in the order surfaces list them. */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => BY_ID[id]);

export function ruleOf(id: RuleId): Rule {
  return BY_ID[id];
}

/** The rule's name in `language`: `증감률` / `change rate`. */
export function ruleLabel(id: RuleId, language: Language): string {
  return BY_ID[id].label[language];
}

/** Every rule's name in `language`, by id (for tables of labels). */
export function ruleLabels(language: Language): Readonly<Record<RuleId, string>> {
  return Object.fromEntries(RULE_IDS.map((id) => [id, BY_ID[id].label[language]])) as Record<RuleId, string>;
}

export { fill };
