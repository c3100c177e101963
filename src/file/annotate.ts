/**
 * The annotated copy `NAME.checked.xlsx`: the original workbook with each flagged
 * cell filled and noted, and a report sheet. Made by patching the original package
 * (copy.ts, patch/), which keeps everything exceljs would drop (charts, images…);
 * exceljs (annotateWorkbook.ts) writes it when the patcher cannot. The input file
 * is only ever read.
 */
import type { Workbook } from 'exceljs';
import type { Coverage, Language } from '../engine/index';
import { annotateWorkbook } from './annotateWorkbook';
import { WorkbookWriteError } from './errors';
import { refuseSameFile, writeAtomically, writePatchedCopy, type CopyWritten } from './copy';
import { openWorkbook } from './open';
import type { ReviewedFinding } from './review';

export { ERROR_FILL, WARNING_FILL } from './annotateWorkbook';
export { annotatedPath, type CopyWritten } from './copy';

export interface AnnotateRequest {
  readonly input: string;
  readonly output: string;
  readonly findings: readonly ReviewedFinding[];
  readonly language: Language;
  /** What was checked: the report sheet's title says it and lists the figures not checked. */
  readonly coverage?: Coverage;
  /** The input already loaded with exceljs: annotated as is when exceljs writes the copy. */
  readonly workbook?: Workbook;
  /** The input's bytes when the caller has read them already. */
  readonly bytes?: Uint8Array;
  /** `exceljs` skips the patcher (the fallback itself, and tests comparing the two). */
  readonly via?: 'patch' | 'exceljs';
}

/** The copy written by exceljs: the whole workbook loaded, annotated and written again. */
async function writeWithExceljs(request: AnnotateRequest): Promise<string> {
  const { input, output, findings, language } = request;
  await refuseSameFile(input, output);
  const workbook = request.workbook ?? (await openWorkbook(request.bytes ?? input, input)).workbook;
  annotateWorkbook(workbook, findings, language, request.coverage);
  let bytes: Uint8Array;
  try {
    // exceljs types the result loosely; under Node it is a Buffer.
    bytes = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
  } catch {
    throw new WorkbookWriteError({ kind: 'io-error' }, output);
  }
  return writeAtomically(output, bytes);
}

/** Writes the annotated copy. Throws WorkbookReadError / WorkbookWriteError. */
export async function writeAnnotatedCopy(request: AnnotateRequest): Promise<CopyWritten> {
  if (request.via === 'exceljs') {
    const path = await writeWithExceljs(request);
    return path !== request.output ? { writer: 'exceljs', path } : { writer: 'exceljs' };
  }
  return writePatchedCopy(request, () => writeWithExceljs(request));
}
