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
    if (!wroteNumber) out += renderDigits(digits, unquoted(section).includes('%') ? magnitude * 100 : magnitude);
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

export function renderNumber(value: number, format: string): string {
  if (format === 'General' || format === '' || format === '@') return String(value);
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
