/**
 * What Excel shows for a number under the formats the add-in and its tests use:
 * `General`, `#,##0`, `#,##0.0`, sections (`#,##0;"△"#,##0`), quoted literals
 * (`#,##0"천원"`, `0"%"`), a scaling `%`, and `;;;` (shows nothing).
 * Written independently of the adapter; anything else falls back to String(value).
 */

/** Splits on `;` outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function renderSection(section: string, magnitude: number): string {
  let out = '';
  let digits = '';
  let quoted = false;
  let wroteNumber = false;
  const flush = () => {
    if (!digits) return;
    if (!wroteNumber)
      out += renderDigits(digits, unquoted(section).includes('%') ? magnitude * 100 : magnitude);
    wroteNumber = true;
    digits = '';
  };
  for (const ch of section) {
    if (ch === '"') {
      flush();
      quoted = !quoted;
      continue;
    }
    if (!quoted && /[#0,.]/.test(ch)) {
      digits += ch;
      continue;
    }
    flush();
    if (quoted || ch === '%' || ch === ' ' || ch === '-' || ch === '(' || ch === ')') out += ch;
  }
  flush();
  return out;
}

function unquoted(section: string): string {
  return section.replace(/"[^"]*"/g, '');
}

// One formatter per pattern shape: toLocaleString builds a new one on every call,
// which dominated reading a 500,000-row fake sheet.
const formatters = new Map<string, Intl.NumberFormat>();

function renderDigits(pattern: string, value: number): string {
  const decimals = /\.(0+)/.exec(pattern)?.[1]?.length ?? 0;
  const grouping = pattern.includes(',');
  const key = `${decimals}${grouping ? ',' : ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** What Excel's General format shows in a standard column: at most 11 characters. */
const GENERAL_WIDTH = 11;

/**
 * A number under `General`, as Excel shows it: as many decimals as fit in 11
 * characters (sign and point included), trailing zeros dropped, so 0.1 + 0.2
 * shows `0.3`; scientific (`1.23457E+11`) when the whole part does not fit, or
 * when it shows more significant digits than the decimal form of a tiny number.
 */
export function renderGeneral(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const scientific = renderScientific(sign, magnitude);
  const whole = Math.floor(magnitude).toString();
  if (magnitude >= 1e21 || sign.length + whole.length > GENERAL_WIDTH) return scientific;
  const decimals = Math.max(0, GENERAL_WIDTH - sign.length - whole.length - 1);
  const decimal = sign + trimZeros(magnitude.toFixed(decimals));
  if (decimal.length > GENERAL_WIDTH) return scientific; // rounding carried into a new digit
  const rounded = Number(decimal);
  if (rounded === 0 || significant(decimal) < significant(scientific.split('E')[0] ?? ''))
    return scientific;
  return decimal;
}

function renderScientific(sign: string, magnitude: number): string {
  let exponent = Math.floor(Math.log10(magnitude));
  for (let digits = 5; digits >= 0; digits -= 1) {
    let mantissa = magnitude / 10 ** exponent;
    let text = mantissa.toFixed(digits);
    if (Number(text) >= 10) {
      exponent += 1;
      mantissa = magnitude / 10 ** exponent;
      text = mantissa.toFixed(digits);
    }
    const power = `E${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    const out = `${sign}${trimZeros(text)}${power}`;
    if (out.length <= GENERAL_WIDTH) return out;
  }
  return `${sign}${Math.round(magnitude / 10 ** exponent)}E${exponent}`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function significant(text: string): number {
  return text.replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
}

export function renderNumber(value: number, format: string): string {
  if (format === 'General' || format === '' || format === '@') return renderGeneral(value);
  const parts = sections(format);
  if (parts.length === 1) {
    const body = renderSection(parts[0] as string, Math.abs(value));
    return value < 0 ? `-${body}` : body;
  }
  if (value < 0) return renderSection(parts[1] as string, Math.abs(value));
  if (value === 0 && parts.length > 2) return renderSection(parts[2] as string, 0);
  return renderSection(parts[0] as string, value);
}

/** A text value under a format: the fourth section (`;;;` hides it), else as it is. */
export function renderString(value: string, format: string): string {
  const parts = sections(format);
  if (parts.length < 4) return value;
  const text = parts[3] as string;
  return text.includes('@') ? text.replace(/"/g, '').replace('@', value) : text.replace(/"/g, '');
}
