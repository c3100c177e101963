/**
 * The little XML the fast reader needs, read the way exceljs's parser reads it:
 * line ends normalised, the five entities and character references decoded, and
 * in `<t>` text the `_xHHHH_` escapes too.
 */
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? '';
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** An attribute's decoded value in an element's attribute text, or undefined. */
export function attr(attrs: string, name: string): string | undefined {
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) {
    const tabbed = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
    return tabbed ? decodeXml(tabbed[1] ?? '') : undefined;
  }
  const start = at + name.length + 3;
  const end = attrs.indexOf('"', start);
  return decodeXml(attrs.slice(start, end < 0 ? attrs.length : end));
}

const T = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;

/** The text of an `<si>` or `<is>`: its `<t>`, or its runs' `<t>`s joined; phonetic runs left out. */
export function stringItem(inner: string): string {
  // Most items are one `<t>` (or `<t xml:space="preserve">`) and its text, no other tag: read without the expressions.
  const close = inner.length - 4;
  if (close > 2 && inner.charCodeAt(0) === 60 && inner.charCodeAt(1) === 116 && inner.indexOf('<', 1) === close && inner.endsWith('</t>')) {
    const after = inner.charCodeAt(2);
    const open = after === 62 /* > */ ? 2 : after === 32 /* space */ ? inner.indexOf('>', 3) : -1;
    if (open >= 0 && open < close && inner.charCodeAt(open - 1) !== 47 /* / */) return textOf(inner.slice(open + 1, close));
  }
  const body = inner.includes('<rPh') ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : inner;
  let out = '';
  T.lastIndex = 0;
  for (let m = T.exec(body); m; m = T.exec(body)) out += textOf(m[1] ?? '');
  return out;
}

/** The text of an `<is>` without runs as exceljs reads it: its `<t>`s joined, `_xHHHH_` left as written. */
export function plainItem(inner: string): string {
  let out = '';
  T.lastIndex = 0;
  for (let m = T.exec(inner); m; m = T.exec(inner)) out += decodeXml(m[1] ?? '');
  return out;
}

function textOf(raw: string): string {
  const text = decodeXml(raw);
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
