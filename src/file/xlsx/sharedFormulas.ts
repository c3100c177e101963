/**
 * Shared formulas as Excel writes them: the first cell of the range carries the text
 * (`<f t="shared" ref="D2:D9" si="0">B2-C2</f>`), the others only the group
 * (`<f t="shared" si="0"/>`) and their cached value. Nothing is evaluated: a cell's
 * formula is the first cell's text with its relative references moved by the cell's
 * offset, as exceljs gives `cell.formula`, so that both readers hold the same text.
 */
import { LAST_COL } from '../sheetCells';
import { columnLetters } from '../patch/dimension';
import { formulaOf } from './cell';

interface Master {
  readonly row: number;
  readonly col: number;
  /** The first cell's formula text; '' when it has none (exceljs then cannot give the others'). */
  readonly formula: string;
  /** The formula cut at its references, once, when its first follower asks (a column of followers each moves the same text). */
  moving?: Moving;
}

/**
 * A group's formula cut at its references, and the pieces a moved formula is joined
 * from: its texts, and each reference's sheet, `$`s, column and row, the column and row
 * written for each cell. One array per group, not one grown for every cell.
 */
interface Moving {
  readonly parts: readonly Part[];
  readonly pieces: (string | number)[];
}

/** A relative or fixed reference in a formula, as written. */
interface Reference {
  readonly sheet: string;
  readonly colFixed: string;
  readonly col: number;
  readonly rowFixed: string;
  readonly row: number;
}

/** A formula's text between references, or a reference. */
type Part = string | Reference;

/** The groups of one sheet, in the order the sheet is read (exceljs reads a cell's group from the last first cell seen). */
export class SharedFormulas {
  private readonly masters = new Map<string, Master>();

  /** The first cell of group `si`. */
  master(si: string, row: number, col: number, formula: string): void {
    this.masters.set(si, { row, col, formula });
  }

  /**
   * The formula of a cell of group `si` as the snapshot holds it (formulaOf in cell.ts:
   * one `=` before it, put there as it is put together, not added to the whole text
   * after): null when the group has no first cell before it (exceljs gives none either);
   * undefined when exceljs would fail on it (a first cell without text, a reference
   * moved past the last column), to leave the book to it.
   */
  formulaAt(si: string, row: number, col: number): string | null | undefined {
    const master = this.masters.get(si);
    if (!master) return null;
    if (!master.formula) return undefined;
    master.moving ??= moving(formulaParts(master.formula));
    return slideParts(master.moving, row - master.row, col - master.col);
  }

  /**
   * Whether formulaAt gives this cell a formula or null rather than undefined, without putting
   * its text together: for a reading that keeps no formula texts (KeepFormulas in sheetCells.ts).
   */
  follows(si: string, col: number): boolean {
    const master = this.masters.get(si);
    if (!master) return true;
    if (!master.formula) return false;
    master.moving ??= moving(formulaParts(master.formula));
    return staysInColumns(master.moving.parts, col - master.col);
  }
}

/**
 * What may be a reference: an optional `Sheet!` and a word of two or more letters,
 * digits, `_` or `$`; a word followed by `(` is a function. This is the candidate exceljs
 * moves, so text inside quotes moves too, as it does there.
 */
const CANDIDATE = /([\w-]*!)?([\w$]{2,})(\()?/gi;
const REFERENCE = /^(\$?)([a-z]+)(\$?)([1-9]\d*)$/i;

/**
 * The formula cut at each reference a move changes: the candidates that are not functions,
 * nor names past column XFD. The first part is text with the `=` before it (formulaOf),
 * put there once for the group.
 */
function formulaParts(formula: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  // exec on the one expression, not matchAll (a copy of it and an iterator for each group).
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(formula); m; m = CANDIDATE.exec(formula)) {
    const [whole, sheet, word = '', paren] = m;
    if (paren) continue;
    const ref = REFERENCE.exec(word);
    if (!ref) continue;
    const [, colFixed = '', letters = '', rowFixed = '', digits = ''] = ref;
    const name = letters.toUpperCase();
    // Past XFD it is a name, not a column.
    if (name.length > 3 || (name.length === 3 && name > 'XFD')) continue;
    parts.push(formula.slice(last, m.index), { sheet: sheet ?? '', colFixed, col: columnIndex(name), rowFixed, row: Number.parseInt(digits, 10) });
    last = (m.index ?? 0) + whole.length;
  }
  parts.push(formula.slice(last));
  parts[0] = formulaOf(parts[0] as string);
  return parts;
}

/** The pieces of the parts: a text as it is, a reference as five, its column and row (slots 2 and 4) to be written. */
function moving(parts: readonly Part[]): Moving {
  const pieces: (string | number)[] = [];
  for (const part of parts) {
    if (typeof part === 'string') pieces.push(part);
    else pieces.push(part.sheet, part.colFixed, '', part.rowFixed, 0);
  }
  return { parts, pieces };
}

/** Whether each relative reference moved `cols` columns stays within the sheet's columns. */
function staysInColumns(parts: readonly Part[], cols: number): boolean {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Part;
    if (typeof part === 'string' || part.colFixed) continue;
    const col = part.col + cols;
    if (col < 0 || col > LAST_COL) return false;
  }
  return true;
}

/** The parts put back together with each relative reference moved; undefined when one leaves the sheet's columns. */
function slideParts({ parts, pieces }: Moving, rows: number, cols: number): string | undefined {
  if (!staysInColumns(parts, cols)) return undefined;
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Part;
    if (typeof part === 'string') {
      at++;
      continue;
    }
    const col = part.colFixed ? part.col : part.col + cols;
    pieces[at + 2] = letters[col] ??= columnLetters(col);
    pieces[at + 4] = part.rowFixed ? part.row : part.row + rows;
    at += 5;
  }
  // Joined, the text is one flat string: added up piece by piece it is a tree of pieces, held as long as the snapshot.
  return pieces.join('');
}

/** Column letters by index, made once each: a column of followers moves its references to the same few columns. */
const letters: string[] = [];

/** `A` → 0, `AA` → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
}
