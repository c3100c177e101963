/**
 * The corpus of real layouts (test/fixtures/real/<case>/): one folder per layout with
 * `source.md` (where it comes from), `input.txt` (the sheet text) and `expected.json`
 * (the source's own arithmetic errors, and slips to inject one at a time). The scorer
 * (scripts/corpus.ts) and the shape test (test/engine/corpusShape.test.ts) read cases here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCellAddress } from '../../src/engine/address';
import { RULE_IDS } from '../../src/engine/rules/ids';
import { parseSheetText, type TextCell, type TextSheet } from '../sheet-text';

export const CORPUS_DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'real');

/**
 * Rules DESIGN §1.1 adds that the engine does not have yet; the engine work of issue 16 gives
 * them their modules and their place in RULE_IDS, after which this list can be emptied.
 */
const PLANNED_RULES = ['header-formula', 'share', 'carry-over', 'execution-rate'] as const;

/** Rule ids a corpus case may name: the engine's error rules, and those §1.1 adds. */
export const CORPUS_RULES: readonly string[] = [
  ...new Set<string>([...RULE_IDS.filter((id) => id !== 'unreadable'), ...PLANNED_RULES]),
];

/** An arithmetic error the source itself contains, transcribed as printed. */
export interface RealError {
  readonly sheet?: string;
  readonly cell: string;
  readonly rule: string;
  readonly expected: number;
  readonly actual: number;
  readonly note: string;
}

/** A mutation of the clean input that must give exactly one error finding, at its cell. */
export interface Slip {
  readonly sheet?: string;
  readonly cell: string;
  /** The new content of the cell, in sheet-text notation (`n:61000`, `… = 61,000`). */
  readonly to: string;
  readonly rule: string;
  readonly expected: number;
  /**
   * Where the finding is, when arithmetic cannot pin the slipped cell itself (two inputs that
   * each feed only one identity whose target others confirm): the target, naming the suspects.
   */
  readonly flagged?: string;
  /** Why the finding is where it is, when that is not obvious. */
  readonly note?: string;
}

export interface CaseExpectation {
  readonly layout: string;
  readonly authority: string;
  readonly real: readonly RealError[];
  readonly slips: readonly Slip[];
}

export interface CorpusCase {
  readonly name: string;
  readonly dir: string;
  readonly source: string;
  readonly sheets: TextSheet[];
  readonly expected: CaseExpectation;
}

export function caseNames(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((d) => existsSync(join(CORPUS_DIR, d, 'input.txt')))
    .sort();
}

export function readCase(name: string): CorpusCase {
  const dir = join(CORPUS_DIR, name);
  const sourceFile = join(dir, 'source.md');
  return {
    name,
    dir,
    source: existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : '',
    sheets: parseSheetText(readFileSync(join(dir, 'input.txt'), 'utf8')),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as CaseExpectation,
  };
}

/** The index of the sheet an entry names; the only sheet when it names none; -1 if unknown. */
export function sheetIndex(sheets: readonly TextSheet[], sheet: string | undefined): number {
  if (sheet === undefined) return sheets.length === 1 ? 0 : -1;
  return sheets.findIndex((s) => s.name === sheet);
}

/** The cell an entry names, or null when the sheet, the address or the cell is missing. */
export function cellAt(sheets: readonly TextSheet[], sheet: string | undefined, cell: string): TextCell | null {
  const at = parseCellAddress(cell);
  const index = sheetIndex(sheets, sheet);
  if (!at || index < 0) return null;
  return sheets[index]?.rows[at.row]?.[at.col] ?? null;
}

/** Whether a cell holds a figure: a number, or text with digits in it (a basis line, `99.862`). */
export function holdsFigure(cell: TextCell | null): boolean {
  if (!cell) return false;
  return typeof cell.value === 'number' || /[0-9]/.test(cell.text);
}
