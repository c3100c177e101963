/**
 * Typed errors of the file adapter. Their messages are complete English
 * sentences meant for the user: the CLI prints them as they are.
 */

export type WorkbookReadErrorCode =
  'not-found' | 'not-a-file' | 'not-xlsx' | 'legacy-xls' | 'encrypted' | 'corrupt';

export class WorkbookReadError extends Error {
  constructor(
    readonly code: WorkbookReadErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}

export type WorkbookWriteErrorCode = 'same-as-input' | 'write-failed';

export class WorkbookWriteError extends Error {
  constructor(
    readonly code: WorkbookWriteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookWriteError';
  }
}
