/**
 * Renders a number the way Excel shows it under a number format, well enough for
 * the formats budget documents use (`#,##0`, `#,##0;"△"#,##0`, `0.0`, `0%`,
 * `#,##0"천원"`, General). The engine reads the text a cell shows, so a value
 * of -106540 under `#,##0;"△"#,##0` must come out as `△106,540`, as in Excel.
 * Date and scientific formats are out of scope: they fall back to General.
 */

/** Splits a format into its `;` sections, ignoring `;` inside quotes or after `\`. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + (format[i + 1] as string);
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  sections.push(current);
  return sections;
}

/** Piece of a format section: literal text or the single numeric pattern. */
type Token = { kind: 'text'; text: string } | { kind: 'number'; pattern: string };

const PLACEHOLDER = /[0#?]/;

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let pattern = '';
  let seenNumber = false;
  const pushText = (s: string): void => {
    if (pattern) {
      tokens.push({ kind: 'text', text }, { kind: 'number', pattern });
      text = '';
      pattern = '';
      seenNumber = true;
    }
    text += s;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    const next = section[i + 1];
    const startsNumber =
      PLACEHOLDER.test(ch) || (ch === '.' && next !== undefined && PLACEHOLDER.test(next));
    const continuesNumber = pattern !== '' && (PLACEHOLDER.test(ch) || ch === ',' || ch === '.');
    if (!seenNumber && (startsNumber || continuesNumber)) {
      pattern += ch;
    } else if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      pushText(section.slice(i + 1, stop));
      i = stop;
    } else if (ch === '\\' && next !== undefined) {
      pushText(next);
      i++;
    } else if (ch === '_' && next !== undefined) {
      // `_)` reserves the width of `)`: a space is the closest plain-text rendering.
      pushText(' ');
      i++;
    } else if (ch === '*' && next !== undefined) {
      pushText(''); // fill character: repeats to the column width, which text cannot know
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? section.length : end);
      // `[$₩-412]` carries a currency symbol; colours and conditions show nothing.
      pushText(inside.startsWith('$') ? (inside.slice(1).split('-')[0] ?? '') : '');
      i = end < 0 ? section.length : end;
    } else {
      pushText(ch);
    }
  }
  pushText('');
  if (text) tokens.push({ kind: 'text', text });
  return tokens.filter((t) => t.kind === 'number' || t.text !== '');
}

/** Rounds a non-negative decimal half away from zero to `digits` places, on its 15-digit decimal form (as Excel does). */
export function roundDecimal(value: number, digits: number): string {
  const precise = Number(value.toPrecision(15));
  if (!Number.isFinite(precise) || Math.abs(precise) >= 1e21)
    return value.toFixed(Math.min(digits, 20));
  const [intPart, fracPart = ''] = toPlain(precise).split('.');
  const frac = fracPart.padEnd(digits + 1, '0');
  let kept = (intPart ?? '0') + frac.slice(0, digits);
  if ((frac[digits] ?? '0') >= '5') kept = incrementDigits(kept);
  const cut = kept.length - digits;
  const whole = kept.slice(0, cut) || '0';
  return digits > 0 ? `${whole}.${kept.slice(cut)}` : whole;
}

/** A non-negative number as plain decimal digits (no exponent). */
function toPlain(value: number): string {
  const s = String(value);
  if (!/e/i.test(s)) return s;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '9') {
      chars[i] = '0';
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return '1' + chars.join('');
}

/** `1234567` → `1,234,567`, by slices: this runs for every figure of a book, a regular expression per call costs more. */
export function groupThousands(digits: string): string {
  const length = digits.length;
  if (length <= 3) return digits;
  for (let i = 0; i < length; i++) {
    const code = digits.charCodeAt(i);
    // Not plain digits (`1e+21` from a huge value): grouped as before, digit runs only.
    if (code < 48 || code > 57) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }
  let at = length % 3 || 3;
  let out = digits.slice(0, at);
  for (; at < length; at += 3) out += `,${digits.slice(at, at + 3)}`;
  return out;
}

/** `0`…`999` as three digits (`007`): a group of a whole number after its first. */
const GROUPS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * A whole number (0 ≤ n ≤ 2^53 − 1) as groupThousands(String(n)) shows it, by its
 * groups of three from the right: no digits string to cut. `(n - low) / 1000` is a whole
 * number divided exactly.
 */
function groupWhole(n: number): string {
  if (n < 1000) return String(n);
  let low = n % 1000;
  let out = GROUPS[low] as string;
  n = (n - low) / 1000;
  while (n >= 1000) {
    low = n % 1000;
    out = `${GROUPS[low] as string},${out}`;
    n = (n - low) / 1000;
  }
  return `${String(n)},${out}`;
}

/** What a numeric pattern such as `#,##0.0` asks for, worked out once per format. */
interface Pattern {
  readonly hasDot: boolean;
  readonly trailingCommas: number;
  readonly thousands: boolean;
  readonly maxFrac: number;
  readonly minFrac: number;
  readonly minInt: number;
}

function analysePattern(pattern: string): Pattern {
  const dot = pattern.indexOf('.');
  const intPattern = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPattern = dot < 0 ? '' : pattern.slice(dot + 1).replace(/,/g, '');
  // Commas right of the last integer placeholder divide by 1000 each.
  const trailingCommas = /,+$/.exec(intPattern)?.[0].length ?? 0;
  const intCore = intPattern.slice(0, intPattern.length - trailingCommas);
  return {
    hasDot: dot >= 0,
    trailingCommas,
    thousands: intCore.includes(','),
    maxFrac: fracPattern.replace(/[^0#?]/g, '').length,
    minFrac: fracPattern.replace(/[^0]/g, '').length,
    minInt: intCore.replace(/[^0]/g, '').length,
  };
}

/** Renders a non-negative value with an analysed numeric pattern. */
function renderPattern(value: number, p: Pattern, percents: number): string {
  let scaled = value * 100 ** percents;
  if (p.trailingCommas > 0 && !p.hasDot) scaled /= 1000 ** p.trailingCommas;
  // Whole numbers (most of a budget) need no decimal rounding.
  const [whole = '0', frac = ''] =
    p.maxFrac === 0 && Number.isSafeInteger(scaled) ? [String(scaled)] : roundDecimal(scaled, p.maxFrac).split('.');
  let fracShown = frac;
  while (fracShown.length > p.minFrac && fracShown.endsWith('0')) fracShown = fracShown.slice(0, -1);
  let intShown = whole === '0' && p.minInt === 0 ? '' : whole.padStart(p.minInt, '0');
  if (p.thousands) intShown = groupThousands(intShown);
  return p.hasDot ? `${intShown}.${fracShown}` : intShown;
}

/** Excel's General format, approximately: up to 10 significant digits. */
export function formatGeneral(value: number): string {
  const size = Math.abs(value);
  if (Number.isInteger(value) && size < 1e11) return String(value);
  if (size >= 1e11 || (size > 0 && size < 1e-9)) {
    // Excel's scientific General: `1.23457E+11`, `1E-10`.
    const [mantissa = '', exponent = '0'] = value.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const shown = String(Number(value.toPrecision(10)));
  return /e/.test(shown) ? Number(shown).toFixed(20).replace(/0+$/, '') : shown;
}

/** Whether each format seen shows General, worked out once (this runs for every number of a book). */
const generalFormats = new Map<string, boolean>();

function isGeneral(format: string | null | undefined): boolean {
  if (!format) return true;
  let known = generalFormats.get(format);
  if (known === undefined) {
    known = /^general$/i.test(format.trim()) || format.trim() === '@';
    if (generalFormats.size < 1000) generalFormats.set(format, known);
  }
  return known;
}

/** True when the section holds date or time codes outside quotes (not supported here). */
function looksLikeDate(section: string): boolean {
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare) && !/[0#?]/.test(bare);
}

/** One `;` section of a format, worked out once. */
interface Section {
  /** Dates and scientific formats are not rendered: General stands in. */
  readonly general: boolean;
  readonly tokens: readonly Token[];
  readonly percents: number;
  readonly pattern: Pattern | null;
  /** How a whole number shows, when the section only groups its digits (`#,##0`, `"△"#,##0`): null for any other. */
  readonly whole: WholeNumbers | null;
}

/**
 * A section that shows a whole number as its digits, grouped or not, between fixed texts:
 * the budget's figures, rendered without going through the pattern (renderPattern gives
 * the same text for them).
 */
interface WholeNumbers {
  readonly before: string;
  readonly after: string;
  readonly thousands: boolean;
  /** What zero shows (`0`, or nothing for `#,###`): never a sign. */
  readonly zero: string;
}

function wholeNumbers(tokens: readonly Token[], pattern: Pattern | null, percents: number): WholeNumbers | null {
  if (!pattern || percents > 0 || pattern.hasDot || pattern.trailingCommas > 0 || pattern.maxFrac > 0 || pattern.minInt > 1) return null;
  const at = tokens.findIndex((t) => t.kind === 'number');
  const text = (list: readonly Token[]) => list.map((t) => (t.kind === 'text' ? t.text : '')).join('');
  const before = text(tokens.slice(0, at));
  const after = text(tokens.slice(at + 1));
  return { before, after, thousands: pattern.thousands, zero: before + (pattern.minInt > 0 ? '0' : '') + after };
}

/** A format taken apart, and the texts it gave lately once it is used often. */
interface Prepared {
  readonly sections: readonly Section[];
  uses: number;
  recent: RecentTexts | null;
}

const prepared = new Map<string, Prepared>();

/** A book has a handful of formats and a million cells: each format is taken apart once. */
function prepare(format: string): Prepared {
  const known = prepared.get(format);
  if (known) return known;
  const sections = splitSections(format).map((section): Section => {
    const general = looksLikeDate(section) || /E[+-]/i.test(section.replace(/"[^"]*"/g, ''));
    const tokens = tokenize(section);
    const percents = (
      section
        .replace(/"[^"]*"/g, '')
        .replace(/\\./g, '')
        .match(/%/g) ?? []
    ).length;
    const numberToken = tokens.find((t) => t.kind === 'number');
    const pattern = numberToken ? analysePattern(numberToken.pattern) : null;
    return { general, tokens, percents, pattern, whole: wholeNumbers(tokens, pattern, percents) };
  });
  const entry: Prepared = { sections, uses: 0, recent: null };
  if (prepared.size < 1000) prepared.set(format, entry);
  return entry;
}

/** How many times a format renders before it keeps its recent texts (only the formats a book's figures use get the memory). */
const RECENT_AFTER = 256;
const RECENT_BITS = 12;

/**
 * The texts a format gave lately, one slot per hash of the value: a budget repeats its
 * figures (a total is often its one line's, a figure the year before's), and a repeat then
 * costs a look-up and shares one string, instead of rendering a new one that lives as long
 * as the book (copied twice by the young generation's collector).
 */
class RecentTexts {
  private readonly values = new Float64Array(1 << RECENT_BITS).fill(NaN);
  private readonly texts = new Array<string>(1 << RECENT_BITS).fill('');

  /** The text kept for the value, or undefined. -0 finds 0's: both render the same. */
  get(value: number, slot: number): string | undefined {
    return this.values[slot] === value ? this.texts[slot] : undefined;
  }

  set(value: number, slot: number, text: string): void {
    this.values[slot] = value;
    this.texts[slot] = text;
  }

  static slotOf(value: number): number {
    // The value's low 32 bits (of its whole part) mixed by a multiplier, the top bits taken.
    return Math.imul(value | 0, 0x9e3779b1) >>> (32 - RECENT_BITS);
  }
}

export function formatNumber(value: number, format: string | null | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  if (isGeneral(format)) return formatGeneral(value);
  const entry = prepare(format as string);
  if (entry.recent === null) {
    if (++entry.uses >= RECENT_AFTER) entry.recent = new RecentTexts();
    return render(value, entry.sections);
  }
  const slot = RecentTexts.slotOf(value);
  const known = entry.recent.get(value, slot);
  if (known !== undefined) return known;
  const text = render(value, entry.sections);
  entry.recent.set(value, slot, text);
  return text;
}

/** A finite number under a format's sections, rendered. */
function render(value: number, sections: readonly Section[]): string {
  let section = sections[0];
  let sign = value < 0 ? '-' : '';
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    sign = ''; // the negative section shows its own sign (`△`, brackets) or none
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  }
  if (!section || section.general) return formatGeneral(value);
  const { tokens, pattern, percents, whole } = section;
  const size = Math.abs(value);
  if (whole && Number.isSafeInteger(size)) {
    if (size === 0) return whole.zero;
    return sign + whole.before + (whole.thousands ? groupWhole(size) : String(size)) + whole.after;
  }
  if (!pattern) return tokens.map((t) => (t.kind === 'text' ? t.text : '')).join('');
  const shown = renderPattern(size, pattern, percents);
  // A value that rounds to zero shows no minus sign in Excel.
  const signShown = /[1-9]/.test(shown) ? sign : '';
  let body = '';
  for (const t of tokens) body += t.kind === 'text' ? t.text : shown;
  return signShown + body;
}

/**
 * Text under a number format, as Excel shows it: by the format's fourth section
 * when it has one (`;;;` shows nothing; `@` stands for the text, quoted parts
 * are shown as they are), else the text itself.
 */
export function formatText(value: string, format: string | null | undefined): string {
  if (isGeneral(format)) return value;
  const sections = splitSections(format as string);
  if (sections.length < 4) return value;
  return (sections[3] as string).replace(
    /"([^"]*)"|\\(.)|@|[^"\\@]+/g,
    (part, quoted?: string, escaped?: string) =>
      quoted ?? escaped ?? (part === '@' ? value : part),
  );
}
