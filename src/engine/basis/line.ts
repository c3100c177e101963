/**
 * One calculation-basis line (DESIGN §2): `marker label formula = amount`.
 *
 *   - 지정콘텐츠 SNS 광고 1,000,000원*15건*4분기 = 60,000천원
 *
 * The label may hold digits (`3.1절`, `카카오 1boon`), so the formula is found as the
 * leftmost start from which everything up to `=` parses as one expression. A line
 * that looks like a calculation but cannot be read says why in `unreadable`: the
 * checks turn that into a warning instead of dropping the line.
 */
import { isDashOnly, scanFigure, skipNoise, type ParsedFigure } from '../number';
import type { Rational } from '../rational';
import { evaluate } from './evaluate';
import { parseExpression } from './expr';
import { formatWon, renderExpr } from './explain';
import { findFormula, formulaOf, isWholeFigure, tokenIndexAt, type Formula } from './formula';
import { levelOf, readMarker, type Level } from './marker';
import { tokenize } from './tokens';
import { looksLikeCalculation, openBrackets, whyUnreadable } from './unreadable';

export type { Expr } from './expr';
export type { Formula } from './formula';
export type { Level } from './marker';

export interface BasisLine {
  readonly text: string;
  readonly marker: string | null;
  readonly level: Level | null;
  readonly kind: 'item' | 'note' | 'heading';
  readonly label: string;
  readonly funding: string | null;
  readonly formula: Formula | null;
  /** A stated amount after `=`; start/end are the figure's offsets (unit included) in `text`. */
  readonly amount: {
    readonly figure: ParsedFigure;
    readonly start: number;
    readonly end: number;
  } | null;
  /** Why a line that looks like a calculation could not be read (English), else null. */
  readonly unreadable: string | null;
}

const FUNDING = /^\(\s*(국비|도비|시비|사비|구비|군비|기타)\s*\)/;

/**
 * Reads one line of a 산출근거 block: marker and level, label, funding source, the
 * trailing formula, the stated amount after `=`, or why it could not be read.
 * Never throws.
 */
export function parseBasisLine(text: string): BasisLine {
  const s = typeof text === 'string' ? text : '';
  const { marker, bodyStart } = readMarker(s);
  const level = levelOf(marker);
  if (marker === '※') {
    const label = s.slice(bodyStart).trim();
    return {
      text: s,
      marker,
      level,
      kind: 'note',
      label,
      funding: null,
      formula: null,
      amount: null,
      unreadable: null,
    };
  }
  const read = readBody(s, bodyStart);
  const label = read.label.trim();
  const funding = label.startsWith('(') ? (FUNDING.exec(label)?.[1] ?? null) : null;
  const kind = marker === '□' ? 'heading' : 'item';
  return {
    text: s,
    marker,
    level,
    kind,
    label,
    funding,
    formula: read.formula,
    amount: read.amount,
    unreadable: read.unreadable,
  };
}

interface Body {
  readonly label: string;
  readonly formula: Formula | null;
  readonly amount: BasisLine['amount'];
  readonly unreadable: string | null;
}

function readBody(s: string, bodyStart: number): Body {
  const tokens = tokenize(s, bodyStart);
  // The first two `=` (tokens.length when absent), and whether there are more.
  let eqCount = 0;
  let firstEq = tokens.length;
  let secondEq = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== 'eq') continue;
    if (eqCount === 0) firstEq = i;
    else if (eqCount === 1) secondEq = i;
    eqCount++;
  }
  const lhsEnd = firstEq;
  // Sliced where it is the label: most lines' label ends where their formula starts.
  const lhsStop = tokens[lhsEnd]?.start ?? s.length;
  if (eqCount > 2)
    return {
      label: s.slice(bodyStart, lhsStop),
      formula: null,
      amount: null,
      unreadable: 'more than two "=" in one line',
    };

  let found = findFormula(s, tokens, lhsEnd);
  // The label stops at the formula found before the `=`, else at the first `=`: a formula read between two `=` leaves it there.
  const label = s.slice(bodyStart, found?.formula ? found.formula.start : lhsStop);
  let amountFrom = eqCount > 0 ? firstEq : -1;
  if (eqCount === 2) {
    // `label = formula = amount`, or `label formula = intermediate = amount`.
    const middle = firstEq + 1;
    const second = secondEq;
    if (!found) {
      const expr = parseExpression(s, tokens, middle, second);
      found = expr ? formulaOf(s, tokens, expr, middle, second) : null;
      if (!found)
        return {
          label,
          formula: null,
          amount: null,
          unreadable: 'the part between the two "=" is not a calculation',
        };
    } else if (!isWholeFigure(s, tokens, middle, second)) {
      return {
        label,
        formula: null,
        amount: null,
        unreadable: 'the part between the two "=" is not a number',
      };
    }
    amountFrom = secondEq;
  }
  if (found && 'error' in found)
    return { label, formula: null, amount: null, unreadable: found.error };

  const rhsStart = amountFrom < 0 ? s.length : (tokens[amountFrom]?.end ?? s.length);
  const amount = amountFrom < 0 ? null : readAmount(s, rhsStart);
  const labelEnd = found?.formula ? tokenIndexAt(tokens, found.formula.start) : lhsEnd;
  let unreadable: string | null = null;
  if (found && looksLikeCalculation(tokens, labelEnd, false))
    unreadable = 'an operator before the calculation could not be read';
  else if (found && openBrackets(tokens, labelEnd) > 0)
    unreadable = 'unbalanced brackets in the calculation';
  else if (!found && looksLikeCalculation(tokens, labelEnd, true))
    unreadable = whyUnreadable(tokens, labelEnd);
  else if (!amount && !isBlankRemainder(s, rhsStart)) unreadable = 'the amount after "=" is not a number';
  if (unreadable) return { label, formula: null, amount: null, unreadable };
  return { label, formula: found?.formula ?? null, amount, unreadable: null };
}

/** Nothing, or a lone dash, from `from` on: no amount stated. */
function isBlankRemainder(s: string, from: number): boolean {
  const rest = s.slice(from);
  return rest.trim() === '' || isDashOnly(rest);
}

/** The figure after `=`, allowing a remark without digits after it (`= 60,000천원 (신규)`). */
function readAmount(s: string, from: number): BasisLine['amount'] {
  const offset = skipNoise(s, from);
  const found = scanFigure(s, offset);
  if (!found || found.start !== offset) return null;
  const tail = s.slice(found.end);
  const remarkOk =
    tail.trim() === '' || ((/^\s*[([]/.test(tail) || /^\s/.test(tail)) && !/[\d=*×÷+]/.test(tail));
  if (!remarkOk) return null;
  return { figure: found.figure, start: found.start, end: found.end };
}

/** The exact value in 원. */
export function evaluateFormula(f: Formula): Rational {
  const v = evaluate(f.expr);
  if (v === null) throw new RangeError('Division by zero in a formula');
  return v;
}

/** `1,000,000원 × 15건 × 4분기 = 60,000,000원`. */
export function explainFormula(f: Formula): string {
  return `${renderExpr(f.expr, f)} = ${formatWon(evaluateFormula(f))}`;
}
