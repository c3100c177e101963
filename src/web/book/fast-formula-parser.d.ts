/**
 * The part of fast-formula-parser (MIT, https://github.com/LesterLyu/fast-formula-parser)
 * that the browser host uses. Rows and columns are 1-based.
 */
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export type Position = CellRef;

  export class FormulaError extends Error {
    constructor(error: string);
    readonly error: string;
  }

  export interface ParserConfig {
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
  }

  export class DepParser {
    constructor(config?: { onVariable?: ParserConfig['onVariable'] });
    /** The references a formula reads (ranges unexpanded). Throws FormulaError on a syntax error. */
    parse(formula: string, position: Position): (CellRef | RangeRef)[];
  }

  export default class FormulaParser {
    constructor(config?: ParserConfig);
    /** Throws FormulaError for a syntax error or an unknown function. */
    parse(formula: string, position: Position, allowReturnArray?: boolean): unknown;
    static readonly DepParser: typeof DepParser;
    static readonly FormulaError: typeof FormulaError;
    static readonly MAX_ROW: number;
    static readonly MAX_COLUMN: number;
  }
}

/** The formula lexer (chevrotain tokens with their text and offsets). */
declare module 'fast-formula-parser/grammar/lexing' {
  export interface Token {
    readonly image: string;
    readonly startOffset: number;
    readonly tokenType: { readonly name: string };
  }
  /** Throws FormulaError for text it cannot split into tokens. */
  export function lex(formula: string): { tokens: Token[] };
}
