/**
 * The words of the annotated copy (notes, report sheet) and the command line's
 * table, in both languages, put together from the glossary (engine/glossary.ts).
 * (Findings' messages come from the engine already in the chosen language.)
 */
import type { Language, RuleId, Severity, UncheckedReason } from '../engine/index';
import { ACTIONS, FIELDS, PRODUCT, SEVERITIES, STATES, uncheckedReasonWord } from '../engine/glossary';
import { COVERAGE_WORDS } from '../engine/coverage/words';
import { fill } from '../engine/rules/rule';
import { ruleLabels } from '../engine/rules/index';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly accepted: number;
}

export interface Labels {
  readonly reportSheet: string;
  readonly rules: Readonly<Record<RuleId, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly columns: {
    readonly sheet: string;
    readonly cell: string;
    readonly rule: string;
    readonly severity: string;
    readonly stated: string;
    readonly expected: string;
    readonly unit: string;
    readonly message: string;
    readonly explain: string;
    readonly cause: string;
    readonly accepted: string;
    readonly reason: string;
    readonly reviewer: string;
  };
  readonly yes: string;
  readonly counts: (c: Counts) => string;
  readonly reportTitle: (c: Counts) => string;
  /** Said instead of the findings when there are none and every figure was checked. */
  readonly noFindings: string;
  /** Said instead of the findings when there are none but some figures were not checked. */
  readonly notAllChecked: (unchecked: number) => string;
  /** `검산한 숫자 n개 · 확인하지 못한 숫자 m개` (DESIGN §1.2). */
  readonly coverage: (checked: number, unchecked: number) => string;
  /** The heading of the list of figures not checked. */
  readonly uncheckedHeading: string;
  readonly uncheckedReason: (reason: UncheckedReason) => string;
  readonly note: {
    /** Opens each of our notes: `[예산 검산]`. */
    readonly tag: string;
    readonly stated: string;
    readonly expected: string;
    readonly explain: string;
    readonly cause: string;
  };
}

/** The labels in `language`: every word from the glossary (engine/glossary.ts), rules from their modules. */
function labelsIn(language: Language): Labels {
  const w = (key: keyof typeof FIELDS) => FIELDS[key][language];
  const counts = (c: Counts) =>
    language === 'ko'
      ? `${SEVERITIES.error.ko} ${c.errors}건, ${SEVERITIES.warning.ko} ${c.warnings}건, ${ACTIONS.accept.ko} ${c.accepted}건`
      : `${c.errors} error(s), ${c.warnings} warning(s), ${c.accepted} accepted`;
  return {
    reportSheet: PRODUCT.reportSheet[language],
    rules: ruleLabels(language),
    severity: { error: SEVERITIES.error[language], warning: SEVERITIES.warning[language] },
    columns: {
      sheet: w('sheet'),
      cell: w('cell'),
      rule: w('rule'),
      severity: w('severity'),
      stated: w('stated'),
      expected: w('expected'),
      unit: w('unit'),
      message: w('message'),
      explain: w('explain'),
      cause: w('cause'),
      accepted: ACTIONS.accept[language],
      reason: w('reason'),
      reviewer: w('reviewer'),
    },
    yes: STATES.accepted[language],
    counts,
    reportTitle: (c) => `${PRODUCT.name[language]} ${language === 'ko' ? '결과' : 'findings'} — ${counts(c)}`,
    noFindings: STATES.noFindings[language],
    coverage: (checked, unchecked) =>
      fill(COVERAGE_WORDS.counts[language], { checked: String(checked), unchecked: String(unchecked) }),
    uncheckedHeading: COVERAGE_WORDS.group[language],
    notAllChecked: (unchecked) => fill(COVERAGE_WORDS.notAllChecked[language], { unchecked: String(unchecked) }),
    uncheckedReason: (reason) => uncheckedReasonWord(reason, language),
    note: {
      tag: PRODUCT.noteTag[language],
      stated: w('stated'),
      expected: w('expected'),
      explain: w('explain'),
      cause: w('cause'),
    },
  };
}

const KO = Object.freeze(labelsIn('ko'));
const EN = Object.freeze(labelsIn('en'));

export function labelsFor(language: Language): Labels {
  return language === 'en' ? EN : KO;
}
