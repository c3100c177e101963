/**
 * Turns raw findings into the findings every surface shows: numbers in the unit
 * the cell shows, the explanation in the document's notation, the message in
 * the chosen language.
 */
import { div, mul, rat, sub, toNumber, type Rational } from './rational';
import type { Finding, FigureUnit } from './findings';
import type { Language } from './options';
import type { Derivation, Figure, LinearDerivation, RawFinding, Unreadable } from './checks/ledger';
import { formatAmount } from './format';
import { linearValue } from './checks/evaluate';
import { message, type MessageKey } from './messages';

export function describe(raw: RawFinding, table: string, language: Language): Finding {
  const d = raw.derivation;
  const target = d.target;
  const inUnit = (v: Rational | null) => (v === null ? null : toNumber(div(v, rat(target.scale))));
  const expected = inUnit(raw.expected);
  const actual = inUnit(target.stated);
  const unit: FigureUnit = target.unit;
  let key: MessageKey = d.rule;
  if (raw.solvedFrom) key = 'culprit';
  else if (raw.suspects) key = 'suspects';
  else if (d.kind === 'rate' && raw.expected === null) key = 'rate-base-zero';
  else if (d.kind === 'rate' && target.word !== undefined) key = 'rate-word';
  const values = {
    // From the exact values, as the explanation is: a figure past 2^53 would be rounded as a number.
    expected: raw.expected === null ? '' : formatAmount(raw.expected, target.scale),
    actual: target.stated === null ? '' : formatAmount(target.stated, target.scale),
    unit: unit === '%' ? '' : unit,
    cause: raw.cause,
    word: target.word ?? '',
    suspects: (raw.suspects ?? []).map((f) => f.cell).join(', '),
    sum: d.kind === 'linear' ? sumText(d, raw.valueOf) : '',
  };
  let text = message(key, language, values);
  if (raw.cause !== target.cell) text += message('carried', language, values);
  return {
    rule: d.rule,
    severity: 'error',
    sheet: target.sheet,
    cell: target.cell,
    expected,
    actual,
    unit,
    cause: raw.cause,
    explain: explain(raw),
    message: text,
    table,
  };
}

export function describeUnreadable(u: Unreadable, table: string, language: Language): Finding {
  const keys: Record<Unreadable['reason'], MessageKey> = {
    formula: 'unreadable', 'error-value': 'unreadable-error', figure: 'unreadable-figure', internal: 'unreadable-internal',
  };
  const key = keys[u.reason];
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
    message: message(key, language, { text: u.text }),
    table,
  };
}

function explain(raw: RawFinding): string {
  const d = raw.derivation;
  const fmt = (v: Rational | null, f: Figure = d.target) => (v === null ? '?' : formatAmount(v, f.scale));
  if (raw.solvedFrom) return explainSolved(raw.solvedFrom, d.target, raw.expected);
  switch (d.kind) {
    case 'product':
      return `${d.explain} → ${fmt(raw.expected)}${unitText(d.target)}`;
    case 'linear':
      if (raw.suspects) return `${termsText(d, raw.valueOf)} = ${sumText(d, raw.valueOf)} ≠ ${fmt(d.target.stated)}`;
      return `${fmt(raw.expected)} = ${termsText(d, raw.valueOf)}`;
    case 'rate':
      return rateText(d, raw.expected, raw.valueOf);
  }
}

function sumText(d: LinearDerivation, valueOf: RawFinding['valueOf']): string {
  const sum = linearValue(d, valueOf);
  return sum === null ? '?' : formatAmount(sum, d.target.scale);
}

function unitText(f: Figure): string {
  return f.unit === '%' ? '%' : f.unit;
}

function termsText(d: LinearDerivation, valueOf: RawFinding['valueOf']): string {
  return d.terms
    .map((t, i) => {
      const v = valueOf(t.fig);
      const shown = v === null ? t.fig.label : formatAmount(v, d.target.scale);
      const label = t.fig.cell ? '' : ` (${t.fig.label})`;
      const sign = i === 0 ? (t.coef === -1 ? '− ' : '') : t.coef === 1 ? ' + ' : ' − ';
      return `${sign}${shown}${label}`;
    })
    .join('');
}

/**
 * `531,200 = 534,200 − 3,000`: the input written out from the identity that pins it.
 * For an input subtracted in the identity (a prior-year amount in 증감 = B − A) the
 * other terms come first: `4,900 = 4,937 − 37`.
 */
function explainSolved(via: LinearDerivation, x: Figure, value: Rational | null): string {
  const shown = (f: Figure) => (f.stated === null ? f.label : formatAmount(f.stated, x.scale));
  const parts = via.terms.filter((t) => t.fig !== x);
  const target = via.target.stated === null ? via.target.label : formatAmount(via.target.stated, x.scale);
  let head: string;
  if (via.terms.find((t) => t.fig === x)?.coef === -1) {
    // x = Σ coef·others − target
    const others = parts.map((t, i) => `${t.coef === -1 ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + '}${shown(t.fig)}`).join('');
    head = others ? `${others} − ${target}` : `−${target}`;
  } else {
    // x = target − Σ coef·others
    head = target + parts.map((t) => `${t.coef === 1 ? ' − ' : ' + '}${shown(t.fig)}`).join('');
  }
  return `${value === null ? '?' : formatAmount(value, x.scale)} = ${head}`;
}

function rateText(d: Extract<Derivation, { kind: 'rate' }>, expected: Rational | null, valueOf: RawFinding['valueOf']): string {
  const a = valueOf(d.before);
  const b = valueOf(d.after);
  if (a === null || b === null) return '';
  const plain = (v: Rational, scale: bigint, decimals = 3) => formatAmount(v, scale, decimals).replace('△', '−');
  const A = plain(a, d.before.scale);
  const B = plain(b, d.after.scale);
  if (expected === null) return `A = ${A} → 순증`;
  const exact = div(mul(sub(b, a), rat(100)), a);
  return `(${B} − ${A}) × 100 / ${A} = ${plain(exact, 1n, Math.max(2, d.decimals + 1))} → ${fixed(formatAmount(expected, 1n, d.decimals), d.decimals)}`;
}

/** A rate as the document shows it: always its number of decimals (`40.0`). */
function fixed(text: string, decimals: number): string {
  if (decimals === 0) return text;
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(decimals, '0')}`;
}
