/**
 * Text for the XML the patcher writes. Everything from a cell or a finding goes
 * through here: the five special characters escaped, characters XML 1.0 cannot hold
 * written as Excel's `_xHHHH_` escapes, and a literal `_xHHHH_` protected so it
 * reads back as itself.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched here
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** Text content of `<t>` (also safe in an attribute value). */
export function xmlText(text: string): string {
  let out = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (out.includes('_x')) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
  if (out.includes('\r')) out = out.replace(/\r/g, '&#13;');
  return out.replace(NOT_XML, (ch) => `_x${hex4(ch.charCodeAt(0))}_`);
}

/** An attribute value: as text, and quotes and line ends too (an attribute's line ends would become spaces). */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** `t` element keeping its spaces and line ends. */
export const tElement = (text: string) => `<t xml:space="preserve">${xmlText(text)}</t>`;
