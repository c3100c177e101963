/**
 * Identities written in column headers (DESIGN §1.1): a column's tag (`(A)`, `계(A)`,
 * `㉮`, `①`) and the formula it carries (`증감 (B-A)`, `집행잔액(A-B)`, `집행률(B/A)`,
 * `(B-A)*100/A`, `㉰=㉮-㉯`, `㉳=㉰-㉱-㉲`, `(C=D-E)`, `A-(C+E)`). A formula becomes a
 * linear identity over tagged columns, a ratio, or a change rate; anything else is no
 * identity at all (and its column's figures are listed as unchecked).
 */

/** A column tag: a capital letter, a circled Hangul syllable, a circled digit or letter. */
const TAG = '[A-Z\\u3260-\\u327F\\u2460-\\u2473\\u24B6-\\u24CF]';
const TAG_ONLY = new RegExp(`^${TAG}$`);
// Compiled once: headerIdentity runs for every column of every header a kind tries.
const DEFINED = new RegExp(`(${TAG})=([^=]+?)(?:\\)|$)`);
const NAMED = new RegExp(`^[가-힣]+(${TAG})$`);
const BARE = new RegExp(`(?:\\(?${TAG}[-+*/×÷x\\d()]*)+$`);
const TOKEN = new RegExp(`${TAG}|\\d+(?:\\.\\d+)?|[-+*/×÷x()]`, 'g');

export type HeaderFormula =
  | { readonly kind: 'linear'; readonly terms: readonly { readonly coef: 1 | -1; readonly tag: string }[] }
  | { readonly kind: 'ratio'; readonly part: string; readonly whole: string; readonly percent: boolean }
  | { readonly kind: 'rate'; readonly before: string; readonly after: string };

export interface HeaderIdentity {
  /** The tag this column defines (`B` of `결산액(B)`, `㉰` of `㉰=㉮-㉯`). */
  readonly tag: string | null;
  readonly formula: HeaderFormula | null;
  /** The formula as written, for messages (`㉰=㉮-㉯`, `A-B`). */
  readonly text: string;
}

/** Reads the tag and the formula of a header's text. */
export function headerIdentity(header: string): HeaderIdentity {
  const s = header.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')');
  const whole = parseFormula(s);
  if (whole) return { tag: null, formula: whole, text: s };
  const defined = DEFINED.exec(s);
  if (defined) {
    const expr = defined[2] as string;
    return { tag: defined[1] as string, formula: parseFormula(expr), text: `${defined[1]}=${expr}` };
  }
  for (const m of s.matchAll(/\((?:[^()]|\([^()]*\))*\)/g)) {
    // A bracket that an operator opens belongs to the formula around it (`A-(C+E)`), read below.
    if (/[-+*/×÷x]$/.test(s.slice(0, m.index))) continue;
    const inner = m[0].slice(1, -1);
    if (TAG_ONLY.test(inner)) return { tag: inner, formula: null, text: '' };
    // A tag after the words it names, inside the brackets: `결산액(채무 확정액 C)`.
    const named = NAMED.exec(inner);
    if (named) return { tag: named[1] as string, formula: null, text: '' };
    const formula = parseFormula(inner);
    if (formula) return { tag: null, formula, text: inner };
  }
  const bare = BARE.exec(s);
  if (bare && bare.index > 0 && /[-+/×÷*]/.test(bare[0])) {
    const formula = parseFormula(bare[0]);
    if (formula) return { tag: null, formula, text: bare[0] };
  }
  const circled = /[\u3260-\u327F\u2460-\u2473\u24B6-\u24CF]/.exec(s);
  if (circled) return { tag: circled[0], formula: null, text: '' };
  return { tag: null, formula: null, text: '' };
}

type Node =
  | { readonly t: 'tag'; readonly v: string }
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'neg'; readonly a: Node }
  | { readonly t: 'op'; readonly op: '+' | '-' | '*' | '/'; readonly a: Node; readonly b: Node };

/** A formula over tags, or null when the text is not one (or not one we can check). */
export function parseFormula(text: string): HeaderFormula | null {
  const tokens = text.match(TOKEN);
  if (!tokens || tokens.join('') !== text.replace(/\s+/g, '')) return null;
  let i = 0;
  const peek = () => tokens[i];
  const expr = (): Node | null => {
    let left = term();
    while (left && (peek() === '+' || peek() === '-')) {
      const op = tokens[i++] as '+' | '-';
      const right = term();
      if (!right) return null;
      left = { t: 'op', op, a: left, b: right };
    }
    return left;
  };
  const term = (): Node | null => {
    let left = factor();
    while (left && peek() !== undefined && /^[*/×÷x]$/.test(peek() as string)) {
      const op = /^[/÷]$/.test(tokens[i++] as string) ? '/' : '*';
      const right = factor();
      if (!right) return null;
      left = { t: 'op', op, a: left, b: right };
    }
    return left;
  };
  const factor = (): Node | null => {
    const tok = tokens[i++];
    if (tok === undefined) return null;
    if (tok === '-') {
      const a = factor();
      return a && { t: 'neg', a };
    }
    if (tok === '(') {
      const inner = expr();
      if (tokens[i++] !== ')') return null;
      return inner;
    }
    if (/^\d/.test(tok)) return { t: 'num', v: Number(tok) };
    if (TAG_ONLY.test(tok)) return { t: 'tag', v: tok };
    return null;
  };
  const root = expr();
  if (!root || i !== tokens.length) return null;
  return classify(root);
}

function classify(root: Node): HeaderFormula | null {
  const terms = linearTerms(root, 1);
  if (terms && terms.length >= 2) return { kind: 'linear', terms };
  // Strip a × 100 on either side: the ratio is a percentage.
  let node = root;
  let percent = false;
  if (node.t === 'op' && node.op === '*' && isHundred(node.b)) {
    node = node.a;
    percent = true;
  } else if (node.t === 'op' && node.op === '*' && isHundred(node.a)) {
    node = node.b;
    percent = true;
  }
  if (node.t !== 'op' || node.op !== '/' || node.b.t !== 'tag') return null;
  const whole = node.b.v;
  let top = node.a;
  if (top.t === 'op' && top.op === '*' && isHundred(top.b)) {
    top = top.a;
    percent = true;
  }
  if (top.t === 'tag') return { kind: 'ratio', part: top.v, whole, percent };
  const diff = linearTerms(top, 1);
  // (B − A) / A: a change rate.
  if (diff && diff.length === 2) {
    const after = diff.find((t) => t.coef === 1);
    const before = diff.find((t) => t.coef === -1);
    if (after && before && before.tag === whole) return { kind: 'rate', before: before.tag, after: after.tag };
  }
  return null;
}

function isHundred(n: Node): boolean {
  return n.t === 'num' && n.v === 100;
}

/** The node as ±tags when it is only sums and differences of tags. */
function linearTerms(n: Node, sign: 1 | -1): { coef: 1 | -1; tag: string }[] | null {
  if (n.t === 'tag') return [{ coef: sign, tag: n.v }];
  if (n.t === 'neg') return linearTerms(n.a, sign === 1 ? -1 : 1);
  if (n.t === 'op' && (n.op === '+' || n.op === '-')) {
    const a = linearTerms(n.a, sign);
    const b = linearTerms(n.b, n.op === '+' ? sign : sign === 1 ? -1 : 1);
    return a && b ? [...a, ...b] : null;
  }
  return null;
}
