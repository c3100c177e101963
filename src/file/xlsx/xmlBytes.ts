/**
 * Scanning a part's UTF-8 bytes without decoding them to a string first: a sheet of
 * a million cells is tens of megabytes, and as a JavaScript string it is as large
 * again (twice for Korean text) and then cut into a substring per cell. Here the
 * tags and numbers are read from the bytes, and only what a cell shows as text is
 * decoded. Every byte the scan looks for is ASCII, which UTF-8 never uses inside a
 * multi-byte character, so byte positions found here are character boundaries.
 * No `node:` here: the page's worker runs the fast reader too.
 */

/** The ASCII bytes the scans look for. */
export const LT = 60; // <
export const GT = 62; // >
export const SLASH = 47; // /
export const QUOTE = 34; // "
export const SPACE = 32;
export const EQUALS = 61; // =
export const AMP = 38; // &

/** 32 space, 62 `>`, 47 `/`, 9/10/13 other white space: a tag's name ends there. */
export function isTagEnd(code: number | undefined): boolean {
  return code === SPACE || code === GT || code === SLASH || code === 9 || code === 10 || code === 13;
}

const decoder = new TextDecoder();

/** The bytes [start, end) as text. */
export function textAt(bytes: Uint8Array, start: number, end: number): string {
  return decoder.decode(bytes.subarray(start, end));
}

/** An ASCII pattern (`</c>`, ` r="`) as bytes, made once. */
export function ascii(pattern: string): Uint8Array {
  return Uint8Array.from(pattern, (ch) => ch.charCodeAt(0));
}

/** Where `byte` first is in [from, to), or -1. */
export function indexOfByte(bytes: Uint8Array, byte: number, from: number, to: number = bytes.length): number {
  for (let i = from; i < to; i++) if (bytes[i] === byte) return i;
  return -1;
}

/** The pattern is at `at`. */
export function startsWithAt(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let k = 0; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) return false;
  return true;
}

/** Where the pattern first starts in [from, to), or -1. */
export function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number, to: number = bytes.length): number {
  const first = pattern[0] as number;
  const last = to - pattern.length;
  for (let i = Math.max(from, 0); i <= last; i++) {
    if (bytes[i] === first && startsWithAt(bytes, i, pattern)) return i;
  }
  return -1;
}

/** Where the pattern last starts in [from, end of bytes), or -1: for what sits near a part's end. */
export function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  const first = pattern[0] as number;
  for (let i = bytes.length - pattern.length; i >= Math.max(from, 0); i--) {
    if (bytes[i] === first && startsWithAt(bytes, i, pattern)) return i;
  }
  return -1;
}

/**
 * Where an attribute's value starts in a tag's bytes [from, to), `key` being its
 * name with the space before and `="` after (` r="`), as the string reader finds it;
 * -1 when absent. The value ends at the next `"`.
 */
export function valueStart(bytes: Uint8Array, key: Uint8Array, from: number, to: number): number {
  const at = indexOfBytes(bytes, key, from, to);
  return at < 0 ? -1 : at + key.length;
}

/**
 * The bytes [start, end) as a whole number when they are 1 to 15 ASCII digits (exact
 * in a double), after an optional `-` when `signed`; else NaN, for the caller to read
 * them as text.
 */
export function digitsAt(bytes: Uint8Array, start: number, end: number, signed: boolean): number {
  const negative = signed && bytes[start] === 45; // -
  const from = negative ? start + 1 : start;
  if (end <= from || end - from > 15) return NaN;
  let n = 0;
  for (let i = from; i < end; i++) {
    const digit = (bytes[i] as number) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return negative ? -n : n;
}
