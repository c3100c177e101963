/**
 * A formula's references after a row is inserted, as Excel rewrites them:
 * every reference on the sheet at or below the new row moves down one, so a
 * range that spans the new row grows by one. References are found with
 * fast-formula-parser's lexer, so text in quotes is never touched.
 */
import { lex, type Token } from 'fast-formula-parser/grammar/lexing';

/** The sheet a `Sheet!` or `'My sheet'!` token names. */
function sheetName(token: Token): string {
  const name = token.image.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase(); // Excel compares sheet names case-insensitively
}

/**
 * `formula` (without `=`) as it reads once a row is inserted at `row` (1-based)
 * of `sheet`; `own` is the sheet the formula is on. Unchanged when it cannot be lexed.
 */
export function shiftFormula(formula: string, own: string, sheet: string, row: number): string {
  let tokens: Token[];
  try {
    tokens = lex(formula).tokens;
  } catch {
    return formula;
  }
  const edits: { at: number; length: number; text: string }[] = [];
  const shiftRow = (n: number) => (n >= row ? n + 1 : n);
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    const named =
      before && /^Sheet(Quoted)?$/.test(before.tokenType.name) ? sheetName(before) : null;
    // The second end of a range carries no sheet of its own: it is the first end's.
    const rangeStart = before?.tokenType.name === 'Colon' ? tokens[i - 2] : undefined;
    const rangeSheet = rangeStart ? tokens[i - 3] : undefined;
    const target =
      named ??
      (rangeSheet && /^Sheet(Quoted)?$/.test(rangeSheet.tokenType.name)
        ? sheetName(rangeSheet)
        : own);
    if (!sameSheet(target, sheet)) return;
    if (token.tokenType.name === 'Cell') {
      const m = /^(\$?[A-Za-z]{1,3}\$?)([0-9]+)$/.exec(token.image);
      if (!m) return;
      const shifted = `${m[1]}${shiftRow(Number(m[2]))}`;
      if (shifted !== token.image)
        edits.push({ at: token.startOffset, length: token.image.length, text: shifted });
    } else if (token.tokenType.name === 'Number' && /^\d+$/.test(token.image)) {
      // Whole rows, `3:5`: both ends are plain integers around a colon.
      const next = tokens[i + 1];
      const partner =
        next?.tokenType.name === 'Colon'
          ? tokens[i + 2]
          : before?.tokenType.name === 'Colon'
            ? tokens[i - 2]
            : undefined;
      if (partner?.tokenType.name !== 'Number' || !/^\d+$/.test(partner.image)) return;
      const shifted = String(shiftRow(Number(token.image)));
      if (shifted !== token.image)
        edits.push({ at: token.startOffset, length: token.image.length, text: shifted });
    }
  });
  let out = formula;
  for (const edit of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, edit.at) + edit.text + out.slice(edit.at + edit.length);
  return out;
}
