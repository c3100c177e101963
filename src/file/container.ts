/**
 * What kind of file the bytes are, before any reader sees them, so each case gets
 * its own message. No exceljs here: the fast reader checks the same way.
 */
import { WorkbookReadError } from './errors';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: legacy .xls, and also the wrapper Office puts around an encrypted .xlsx.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** `EncryptionInfo` as UTF-16LE, the stream name an encrypted package carries. */
const ENCRYPTION_STREAM = [...'EncryptionInfo'].flatMap((ch) => [ch.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > bytes.length) return false;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Recognises the container before exceljs sees it, so each case gets its own message. */
export function checkContainer(bytes: Uint8Array, label: string): void {
  if (startsWith(bytes, CFB_MAGIC)) {
    if (contains(bytes, ENCRYPTION_STREAM)) {
      throw new WorkbookReadError({ kind: 'encrypted' }, label);
    }
    throw new WorkbookReadError({ kind: 'legacy-xls' }, label);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookReadError({ kind: 'not-xlsx' }, label);
  }
}
