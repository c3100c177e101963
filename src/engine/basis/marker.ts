/** The marker that opens a basis line, and the level it gives (DESIGN §2). */
export type Level = 1 | 2 | 3;

const LEVEL_OF: Readonly<Record<string, Level>> = {
  '◎': 1,
  '○': 1,
  '●': 1,
  '◦': 1,
  ㅇ: 1,
  '◯': 1,
  '-': 2,
  '─': 2,
  '–': 2,
  '―': 2,
  '—': 2,
  '－': 2,
  '·': 3,
  ㆍ: 3,
  '•': 3,
  '∙': 3,
};

function isBlank(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code === 0x20 || code === 0x09) return true;
  // Asked of every line's first character, nearly always a digit, a letter or a marker:
  // between the control characters and NBSP nothing else is whitespace.
  if (code > 0x0d && code < 0xa0) return false;
  return /\s/.test(ch);
}

/** A Hangul syllable (가…힣): what follows a glued `ㅇ` marker (`ㅇ농촌지도자회`). */
function isSyllable(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0xac00 && code <= 0xd7a3;
}

export function readMarker(s: string): { marker: string | null; bodyStart: number } {
  let i = 0;
  while (i < s.length && isBlank(s[i])) i++;
  const ch = s[i];
  if (ch === undefined) return { marker: null, bodyStart: i };
  const next = s[i + 1];
  // ㅇ is also a Hangul letter (`ㅇㅇ`): a marker before a space, a syllable or a figure.
  if (ch === 'ㅇ' && next !== undefined && !isBlank(next) && !isSyllable(next) && !/[\d(（]/.test(next)) return { marker: null, bodyStart: i };
  if (Object.hasOwn(LEVEL_OF, ch) || ch === '※' || ch === '□' || ch === '■')
    return { marker: ch, bodyStart: i + 1 };
  return { marker: null, bodyStart: i };
}

export function levelOf(marker: string | null): Level | null {
  return marker === null ? null : (LEVEL_OF[marker] ?? null);
}
