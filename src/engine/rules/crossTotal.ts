/**
 * 표 간 합계: a figure one table states equals the one another table states for the
 * same thing. Identity: linear.ts. Its message and explanation name where the other
 * figure is (`예산 총괄 C23`), so a reviewer can go and look without guessing.
 */
import { formatAmount } from '../format';
import type { Language } from '../options';
import type { Rational } from '../rational';
import type { Figure, LinearDerivation } from '../checks/ledger';
import type { Rule, Words } from './rule';

export const crossTotal = {
  id: 'cross-total',
  label: { ko: '표 간 합계', en: 'Cross-table total' },
  message: {
    ko: '{other}의 금액과 맞으려면 {expected}{unit}이어야 합니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'To agree with {other} this should be {expected} {unit}, but the cell states {actual} {unit}.',
  },
  variants: {
    /** A total no cell states (a category's lines added up): named by its table and label. */
    computed: { ko: "{table} '{label}' 합계", en: "the {table} total of '{label}'" },
    /** The other figure's place when its table is not known. */
    unknownTable: { ko: '다른 표', en: 'the other table' },
  },
} satisfies Rule<'cross-total'>;

/** Where a figure sits, for words: the table's name, or null when it is not in a table we know. */
export type TableNamer = (figure: Figure, language: Language) => string | null;

/** The figure a cross-table identity compares the cell with (its one term). */
export function otherFigure(d: LinearDerivation): Figure | null {
  return d.terms.length === 1 ? (d.terms[0]?.fig ?? null) : null;
}

/**
 * `예산 총괄 C23`, `'총괄'!C23` on another sheet, or `산출근거의 '사무관리비' 합계` for a
 * total no cell states.
 */
export function otherPlace(d: LinearDerivation, tableName: TableNamer, language: Language): string {
  const other = otherFigure(d);
  if (!other) return crossTotal.variants.unknownTable[language];
  const table = tableName(other, language);
  if (!other.cell) {
    const words: Words = crossTotal.variants.computed;
    return words[language]
      .replace('{table}', table ?? crossTotal.variants.unknownTable[language])
      .replace('{label}', other.label);
  }
  const sheet = other.sheet === d.target.sheet ? '' : `${quoteSheet(other.sheet)}!`;
  return [table, `${sheet}${other.cell}`].filter(Boolean).join(' ');
}

/** `427,660 = 427,660 (예산 총괄 C23)`: the other figure, and where it is. */
export function explainCross(d: LinearDerivation, expected: Rational | null, valueOf: (f: Figure) => Rational | null, place: string): string {
  const other = otherFigure(d);
  const value = other ? valueOf(other) : null;
  const shown = (v: Rational | null) => (v === null ? '?' : formatAmount(v, d.target.scale));
  return `${shown(expected)} = ${shown(value)} (${place})`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
