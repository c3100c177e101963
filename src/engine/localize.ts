/**
 * Turns raw findings into the findings every surface shows: numbers in the unit
 * the cell shows, the explanation in the document's notation, the message in
 * the chosen language — each in the words of the finding's rule (rules/).
 */
import { div, rat, toNumber, type Rational } from './rational';
import type { Finding, FigureUnit } from './findings';
import type { Language } from './options';
import type { RawFinding, Unreadable } from './checks/ledger';
import { formatAmount } from './format';
import { fill, ruleOf, type Words } from './rules/index';
import { explainLinear, explainSuspect, sumText } from './rules/linear';
import { explainProduct } from './rules/product';
import { changeRate, explainRate } from './rules/changeRate';
import { unreadableWords } from './rules/unreadable';
import { explainRatio } from './rules/ratio';
import { DIAGNOSIS_WORDS, explainSolved } from './rules/diagnosis';
import { explainCross, otherPlace, type TableNamer } from './rules/crossTotal';

/** `tableName` names the table a figure sits in, for messages that point to another table. */
export function describe(raw: RawFinding, table: string, language: Language, tableName: TableNamer = () => null): Finding {
  const d = raw.derivation;
  const other = d.kind === 'linear' && d.rule === 'cross-total' ? otherPlace(d, tableName, language) : '';
  const target = d.target;
  const inUnit = (v: Rational | null) => (v === null ? null : toNumber(div(v, rat(target.scale))));
  const expected = inUnit(raw.expected);
  const actual = inUnit(target.stated);
  const unit: FigureUnit = target.unit;
  const values = {
    // From the exact values, as the explanation is: a figure past 2^53 would be rounded as a number.
    expected: raw.expected === null ? '' : formatAmount(raw.expected, target.scale),
    actual: target.stated === null ? '' : formatAmount(target.stated, target.scale),
    unit: unit === '%' ? '' : unit,
    cause: raw.cause,
    word: target.word ?? '',
    suspects: (raw.suspects ?? []).map((f) => f.cell).join(', '),
    sum: d.kind === 'linear' ? sumText(d, raw.valueOf) : '',
    other,
    formula: d.kind === 'linear' ? (d.formula ?? '') : '',
  };
  let text = fill(wordsOf(raw)[language], values);
  if (raw.cause !== target.cell) text += fill(DIAGNOSIS_WORDS.carried[language], values);
  return {
    rule: d.rule,
    severity: 'error',
    sheet: target.sheet,
    cell: target.cell,
    expected,
    actual,
    unit,
    cause: raw.cause,
    explain: other && !raw.solvedFrom && !raw.suspects && d.kind === 'linear' ? explainCross(d, raw.expected, raw.valueOf, other) : explain(raw),
    message: text,
    table,
  };
}

/** The message a finding takes: how it was diagnosed, else its rule's (or a variant of it). */
function wordsOf(raw: RawFinding): Words {
  const d = raw.derivation;
  if (raw.solvedFrom) return DIAGNOSIS_WORDS.culprit;
  if (raw.suspects) return DIAGNOSIS_WORDS.suspects;
  if (d.kind === 'rate' && raw.expected === null) return changeRate.variants['rate-base-zero'];
  if (d.kind === 'rate' && d.target.word !== undefined) return changeRate.variants['rate-word'];
  return ruleOf(d.rule).message;
}

export function describeUnreadable(u: Unreadable, table: string, language: Language): Finding {
  return {
    rule: 'unreadable',
    severity: 'warning',
    sheet: u.sheet,
    cell: u.cell,
    expected: null,
    actual: null,
    unit: null,
    cause: u.cell,
    explain: '',
    message: fill(unreadableWords(u.reason)[language], { text: u.text }),
    table,
  };
}

function explain(raw: RawFinding): string {
  const d = raw.derivation;
  if (raw.solvedFrom) return explainSolved(raw.solvedFrom, d.target, raw.expected, raw.valueOf);
  switch (d.kind) {
    case 'product':
      return explainProduct(d, raw.expected);
    case 'linear':
      return raw.suspects ? explainSuspect(d, raw.valueOf) : explainLinear(d, raw.expected, raw.valueOf);
    case 'rate':
      return explainRate(d, raw.expected, raw.valueOf);
    case 'ratio':
      return explainRatio(d, raw.expected, raw.valueOf);
  }
}
