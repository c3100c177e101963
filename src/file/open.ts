/**
 * Opens an .xlsx file with exceljs, turning every way it can fail into a
 * WorkbookReadError with a message the user can act on.
 */
import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { WorkbookReadError } from './errors';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// Compound File Binary: legacy .xls, and also the wrapper Office puts around an encrypted .xlsx.
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');

export interface OpenedWorkbook {
  readonly workbook: Workbook;
  /** How the file is named in messages. */
  readonly label: string;
}

async function readBytes(source: string | Buffer, label: string): Promise<Buffer> {
  if (typeof source !== 'string') return source;
  try {
    return await readFile(source);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new WorkbookReadError('not-found', `${label}: no such file.`, label);
    if (code === 'EISDIR')
      throw new WorkbookReadError(
        'not-a-file',
        `${label}: is a directory, not an .xlsx file.`,
        label,
      );
    if (code === 'EACCES' || code === 'EPERM') {
      throw new WorkbookReadError('not-a-file', `${label}: permission denied.`, label);
    }
    throw new WorkbookReadError(
      'not-a-file',
      `${label}: cannot be read (${(err as Error).message}).`,
      label,
    );
  }
}

/** Recognises the container before exceljs sees it, so each case gets its own message. */
function checkContainer(bytes: Buffer, label: string): void {
  if (bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) {
    if (bytes.includes(ENCRYPTION_STREAM)) {
      throw new WorkbookReadError(
        'encrypted',
        `${label}: the workbook is password-protected (encrypted). Open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.`,
        label,
      );
    }
    throw new WorkbookReadError(
      'legacy-xls',
      `${label}: this is an Excel 97-2003 (.xls) or other legacy Office file, not an .xlsx workbook. Save it as .xlsx and try again.`,
      label,
    );
  }
  if (!bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    throw new WorkbookReadError(
      'not-xlsx',
      `${label}: not an .xlsx workbook (the file is not an Office Open XML package).`,
      label,
    );
  }
}

export async function openWorkbook(
  source: string | Buffer,
  name?: string,
): Promise<OpenedWorkbook> {
  const label = name ?? (typeof source === 'string' ? source : 'workbook');
  const bytes = await readBytes(source, label);
  checkContainer(bytes, label);
  const workbook = new Workbook();
  try {
    // exceljs types its argument as the older Buffer type; the bytes are a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    throw new WorkbookReadError(
      'corrupt',
      `${label}: the .xlsx file is damaged or not a workbook and cannot be read (${(err as Error).message}).`,
      label,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError(
      'not-xlsx',
      `${label}: the package holds no worksheets; it is not an Excel workbook.`,
      label,
    );
  }
  return { workbook, label };
}
