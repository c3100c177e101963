/**
 * Text from a workbook or a file name on its way to a terminal, made harmless. A
 * label may hold `&#27;` or `_x001B_`: printed raw, an escape sequence could move
 * the cursor and erase lines, set the window title or (OSC 52) write the
 * clipboard; a bidi override could make a figure read backwards. Every C0 control
 * but the line break, DEL, every C1 control and the bidi controls are shown as
 * `\u{…}` instead. The JSON document escapes the same characters (`\u001b`), which
 * JSON.stringify alone leaves raw for C1, DEL and the bidi controls.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched here
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same set once JSON.stringify has escaped C0 itself.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (ch: string) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0');

/** One field of output (a label, a message, a file name): line breaks kept where `keepLines`, else shown too. */
export function forTerminal(text: string, keepLines = false): string {
  const safe = text.replace(UNSAFE, (ch) => `\\u{${hex(ch)}}`);
  return keepLines ? safe : safe.replace(/\n/g, '\\n');
}

/** JSON text with the characters a terminal would act on escaped (still the same JSON value). */
export function jsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${hex(ch)}`);
}
