/**
 * Typed errors of the file adapter. Each carries what went wrong as data (a
 * problem); the words come from problemText.ts in the reader's language. The
 * `message` is the English text, for logs and for callers that show one language.
 */
import type { WriteProblem, ReadProblem } from './problems';
import { readProblemText, writeProblemText } from './problemText';

export type { ReadProblem, WriteProblem } from './problems';

/** Coarse kinds, one message each on the page; `problem` says exactly what. */
export type WorkbookReadErrorCode =
  'not-found' | 'not-a-file' | 'not-xlsx' | 'legacy-xls' | 'encrypted' | 'corrupt' | 'too-large' | 'crashed';

const CODES: Readonly<Record<ReadProblem['kind'], WorkbookReadErrorCode>> = {
  'not-found': 'not-found',
  directory: 'not-a-file',
  'special-file': 'not-a-file',
  permission: 'not-a-file',
  'io-error': 'not-a-file',
  'file-too-large': 'too-large',
  'not-xlsx': 'not-xlsx',
  'legacy-xls': 'legacy-xls',
  encrypted: 'encrypted',
  corrupt: 'corrupt',
  'no-worksheets': 'not-xlsx',
  'damaged-zip': 'corrupt',
  'duplicate-part': 'corrupt',
  'missing-part': 'corrupt',
  'cut-part': 'corrupt',
  'bad-address': 'corrupt',
  'overlapping-merges': 'corrupt',
  'part-too-large': 'too-large',
  'package-too-large': 'too-large',
  'too-many-parts': 'too-large',
  'too-many-cells': 'too-large',
  'cells-too-spread': 'too-large',
  crashed: 'crashed',
};

export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;

  constructor(
    readonly problem: ReadProblem,
    readonly file?: string,
  ) {
    super(readProblemText(problem, file ?? 'workbook', 'en'));
    this.name = 'WorkbookReadError';
    this.code = CODES[problem.kind];
  }
}

export type WorkbookWriteErrorCode = 'same-as-input' | 'write-failed';

export class WorkbookWriteError extends Error {
  readonly code: WorkbookWriteErrorCode;

  constructor(
    readonly problem: WriteProblem,
    readonly file: string,
  ) {
    super(writeProblemText(problem, file, 'en'));
    this.name = 'WorkbookWriteError';
    this.code = problem.kind === 'same-as-input' ? 'same-as-input' : 'write-failed';
  }
}
