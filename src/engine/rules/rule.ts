/**
 * What a rule module declares: its id, the words people see for it (a short label
 * for lists and the report, the message of a finding), and any further messages
 * of its own. Placeholders in messages: {expected} {actual} {unit} {cause} {text}
 * {word} {sum} {suspects}.
 */
import type { Language } from '../options';
import type { RuleId } from './ids';

export type Words = Readonly<Record<Language, string>>;

export interface Rule<Id extends RuleId = RuleId> {
  readonly id: Id;
  /** The rule's name in lists, filters, notes and the report sheet. */
  readonly label: Words;
  /** The message of a finding of this rule. */
  readonly message: Words;
  /** Further messages the rule's findings may take (`rate-word`, `error-value`…). */
  readonly variants?: Readonly<Record<string, Words>>;
}

/** Fills a message's placeholders; an unknown one stays as written. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
