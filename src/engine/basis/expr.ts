/**
 * The expression grammar of a calculation-basis formula (DESIGN §2):
 *
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := ('△' | '▲' | '-') unary | primary
 *   primary := prefix? number suffix? | prefix? ('(' expr ')' | '[' expr ']')
 *   suffix  := '%' | unit-or-counter ('/' word)? ('(' words ')')?
 *
 * A plain recursive descent with one token of lookahead: no backtracking inside a
 * parse, so one attempt is linear in the tokens it reads. Failure is a null, never
 * a throw; the line parser tries a few start positions.
 */
import { MONEY_SCALE, scanDigits, type Digits, type MoneyUnit } from '../number';
import { EXACT_DIGITS, fromBigInt, rat, type Rational } from '../rational';
import type { BinaryOp, NumToken, Token, WordToken } from './tokens';

/** What every node knows about its leaves, for the sum rule below. */
interface Dimension {
  /** Some leaf carries a money unit. */
  readonly money: boolean;
  /** Every leaf is a count with a counter word or a percentage (`3회`, `50%`), none bare, none money. */
  readonly counted: boolean;
}

export interface NumberLeaf extends Dimension {
  readonly kind: 'number';
  readonly start: number;
  readonly end: number;
  /** The number's token: its digits as offsets into the line (explain.ts reads them back). */
  readonly written: NumToken;
  /** The number as written, before its unit. */
  readonly value: Rational;
  readonly unit: MoneyUnit | null;
  readonly percent: boolean;
  /** A counter word after the number (`건`, `분기`, `개월`), not a money unit. */
  readonly counter: string | null;
  /** A word before the number: a counter (`주`, `월`) or `경정` / `기정`. */
  readonly prefix: string | null;
  readonly prefixSpaced: boolean;
  /** A per-unit annotation such as `/인` in `20,000원/인`. */
  readonly per: string | null;
}

export interface NegExpr extends Dimension {
  readonly kind: 'neg';
  readonly operand: Expr;
}

export interface BinaryExpr extends Dimension {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface GroupExpr extends Dimension {
  readonly kind: 'group';
  readonly open: string;
  readonly close: string;
  readonly inner: Expr;
  readonly prefix: string | null;
}

export type Expr = NumberLeaf | NegExpr | BinaryExpr | GroupExpr;

/** Words allowed before a number, right after an operator: `주1회`, `월 15,000건`, `연 2회`. */
const COUNTER_PREFIXES = new Set([
  '주',
  '월',
  '연',
  '년',
  '일',
  '회',
  '분기',
  '반기',
  '매주',
  '매월',
  '매일',
  '매년',
  '연간',
  '년간',
  '월간',
  '주간',
  '일간',
  '약',
  '총',
  '각',
]);
/** The two sides of a difference; allowed anywhere, even first. */
export const DIFFERENCE_WORDS = new Set(['경정', '기정']);
const MONEY_UNITS = new Set<string>(Object.keys(MONEY_SCALE));
const MAX_DEPTH = 48;
const CLOSE_OF: Readonly<Record<string, string>> = { '(': ')', '（': ')', '[': ']', '［': ']' };

function closes(open: string, close: string): boolean {
  const c = close === '）' ? ')' : close === '］' ? ']' : close;
  return CLOSE_OF[open] === c;
}

class Parser {
  private pos: number;
  /** The furthest token looked at: what one attempt cost (formula.ts keeps the sum bounded). */
  reach: number;
  constructor(
    /** The line the tokens are offsets into. */
    private readonly source: string,
    private readonly tokens: readonly Token[],
    private readonly first: number,
    private readonly end: number,
  ) {
    this.pos = first;
    this.reach = first;
  }

  private peek(k = 0): Token | undefined {
    const i = this.pos + k;
    if (i > this.reach) this.reach = i;
    return i < this.end ? this.tokens[i] : undefined;
  }

  /** The whole range as one expression, or null. */
  parseAll(): Expr | null {
    const e = this.expr(0);
    return e && this.pos === this.end ? e : null;
  }

  private expr(depth: number): Expr | null {
    if (depth > MAX_DEPTH) return null;
    let left = this.term(depth);
    for (
      let t = this.peek();
      left && t?.kind === 'op' && (t.op === '+' || t.op === '-');
      t = this.peek()
    ) {
      this.pos++;
      const right = this.term(depth);
      // Money plus a bare count (`1단계 - 1,000원*3`) is a label hyphen, not a sum.
      if (!right || (left.money && right.counted) || (left.counted && right.money)) return null;
      left = binary(t.op, left, right);
    }
    return left;
  }

  private term(depth: number): Expr | null {
    let left = this.unary(depth);
    for (
      let t = this.peek();
      left && t?.kind === 'op' && (t.op === '*' || t.op === '/');
      t = this.peek()
    ) {
      this.pos++;
      const right = this.unary(depth);
      if (!right) return null;
      left = binary(t.op, left, right);
    }
    return left;
  }

  private unary(depth: number): Expr | null {
    const t = this.peek();
    if (t?.kind === 'op' && (t.op === '△' || t.op === '-')) {
      if (depth > MAX_DEPTH) return null;
      this.pos++;
      const operand = this.unary(depth + 1);
      return operand && { kind: 'neg', operand, money: operand.money, counted: operand.counted };
    }
    return this.primary(depth);
  }

  private primary(depth: number): Expr | null {
    let t = this.peek();
    let prefix: WordToken | null = null;
    if (t?.kind === 'word' && this.allowsPrefix(t)) {
      prefix = t;
      this.pos++;
      t = this.peek();
    }
    if (t?.kind === 'num') return this.leaf(t, prefix);
    if (t?.kind === 'open' && (prefix === null || DIFFERENCE_WORDS.has(prefix.text))) {
      this.pos++;
      const inner = this.expr(depth + 1);
      const close = this.peek();
      if (!inner || close?.kind !== 'close' || !closes(t.text, close.text)) return null;
      this.pos++;
      return {
        kind: 'group',
        open: t.text,
        close: close.text,
        inner,
        prefix: prefix?.text ?? null,
        money: inner.money,
        counted: inner.counted,
      };
    }
    return null;
  }

  /** A counter word before a number only after an operator; `경정`/`기정` anywhere. */
  private allowsPrefix(word: WordToken): boolean {
    const next = this.peek(1);
    if (DIFFERENCE_WORDS.has(word.text)) return next?.kind === 'num' || next?.kind === 'open';
    return this.pos !== this.first && COUNTER_PREFIXES.has(word.text) && next?.kind === 'num';
  }

  private leaf(num: NumToken, prefix: WordToken | null): NumberLeaf {
    this.pos++;
    let unit: MoneyUnit | null = null;
    let percent = false;
    let counter: string | null = null;
    let end = num.end;
    const next = this.peek();
    if (next?.kind === 'percent') {
      percent = true;
      end = next.end;
      this.pos++;
    } else if (next?.kind === 'word') {
      if (MONEY_UNITS.has(next.text)) unit = next.text as MoneyUnit;
      else counter = next.text;
      end = next.end;
      this.pos++;
    }
    let per: string | null = null;
    const slash = this.peek();
    const perWord = this.peek(1);
    if (
      (unit || counter) &&
      slash?.kind === 'op' &&
      slash.op === '/' &&
      !slash.spaceBefore &&
      perWord?.kind === 'word' &&
      !perWord.spaceBefore
    ) {
      per = `/${perWord.text}`;
      end = perWord.end;
      this.pos += 2;
    }
    end = this.skipNote(end);
    const value = exactValue(this.source, num);
    return {
      kind: 'number',
      start: prefix ? prefix.start : num.start,
      end,
      written: num,
      value,
      unit,
      percent,
      counter,
      prefix: prefix?.text ?? null,
      prefixSpaced: prefix !== null && num.spaceBefore,
      per,
      money: unit !== null,
      counted: unit === null && (percent || counter !== null),
    };
  }

  /** A bracketed remark with no numbers after a factor (`2회(상·하반기)`) is not arithmetic. */
  private skipNote(end: number): number {
    if (this.peek()?.kind !== 'open') return end;
    for (let k = 1; ; k++) {
      const t = this.peek(k);
      if (
        !t ||
        t.kind === 'num' ||
        t.kind === 'op' ||
        t.kind === 'open' ||
        t.kind === 'eq' ||
        t.kind === 'percent'
      )
        return end;
      if (t.kind === 'close') {
        if (k === 1) return end;
        this.pos += k + 1;
        return t.end;
      }
    }
  }
}


/**
 * The digits as written, exactly, whatever their length: `1.5e3` is 1500. Read from the
 * line as one integer and the count of decimals; strings only for a number too long for
 * a double (`scanDigits` then gives its parts).
 */
function exactValue(source: string, num: NumToken): Rational {
  let whole = 0;
  let count = 0;
  let decimals = 0;
  let fraction = false;
  for (let i = num.start; i < num.digitsEnd; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x2c) continue; // a group's comma
    if (code === 0x2e) {
      fraction = true;
      continue;
    }
    whole = whole * 10 + (code - 0x30);
    count++;
    if (fraction) decimals++;
  }
  const scale = num.exponent - decimals;
  // A plain whole number (nearly every factor): the double itself, no BigInt, no power of ten.
  if (scale === 0 && count <= EXACT_DIGITS) return whole;
  const digits = count <= EXACT_DIGITS ? BigInt(whole) : longDigits(source, num.start);
  if (scale === 0) return fromBigInt(digits);
  return scale >= 0 ? fromBigInt(digits * 10n ** BigInt(scale)) : rat(digits, 10n ** BigInt(-scale));
}

function longDigits(source: string, start: number): bigint {
  const { intPart, fracPart } = scanDigits(source, start) as Digits;
  return BigInt(intPart + fracPart);
}

function binary(op: BinaryOp, left: Expr, right: Expr): BinaryExpr {
  return {
    kind: 'binary',
    op,
    left,
    right,
    money: left.money || right.money,
    counted: left.counted && right.counted,
  };
}

/** Parses `tokens[first, end)` as exactly one expression. */
export function parseExpression(source: string, tokens: readonly Token[], first: number, end: number): Expr | null {
  return new Parser(source, tokens, first, end).parseAll();
}

/** `parseExpression`, and how many tokens the attempt looked at. */
export function attemptExpression(source: string, tokens: readonly Token[], first: number, end: number): { expr: Expr | null; cost: number } {
  const parser = new Parser(source, tokens, first, end);
  const expr = parser.parseAll();
  return { expr, cost: parser.reach - first + 1 };
}
