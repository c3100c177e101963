/**
 * The central directory of a .xlsx package (a zip file), read without inflating
 * anything and without `node:` APIs (the page checks a file with it before opening
 * it). What a workbook never is — no directory, entries outside the file, two
 * entries with one name — is a damaged file; what a workbook may be but this
 * reader does not handle (zip64, encrypted entries) is Unsupported.
 */
import { WorkbookReadError } from '../errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../limits';
import { Unsupported } from './unsupported';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** One entry as the central directory describes it; enough to copy it unchanged into another zip. */
export interface DirectoryEntry {
  readonly name: string;
  /** The name as stored (UTF-8 or CP437 bytes, with flag bit 11 saying which). */
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The inflated size the directory declares (a hostile file may understate it: inflation checks again). */
  readonly size: number;
  /** The compressed bytes, as they are in the file. */
  readonly raw: () => Uint8Array;
}

const damaged = (label: string) => new WorkbookReadError({ kind: 'damaged-zip' }, label);

/** The entries in the order of the central directory. Throws WorkbookReadError or Unsupported. */
export function readDirectory(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, label = 'workbook'): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged(label);
  const count = u16(end + 10);
  let at = u32(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Unsupported('zip64');
  if (count > limits.parts) throw new WorkbookReadError({ kind: 'too-many-parts', limit: limits.parts }, label);
  const decoder = new TextDecoder();
  const entries: DirectoryEntry[] = [];
  const names = new Set<string>();
  let declared = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) throw damaged(label);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    if (at + 46 + nameLength > bytes.length) throw damaged(label);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry = { flags, method, time: u16(at + 12), date: u16(at + 14), crc: u32(at + 16), compressedSize, size };
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new Unsupported('an encrypted zip entry');
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff) throw new Unsupported('zip64');
    if (method !== 0 && method !== 8) throw new Unsupported(`zip method ${method}`);
    const name = decoder.decode(nameBytes);
    // Part names are compared without case (OPC); zip readers differ in which of two they keep.
    const key = name.toLowerCase();
    if (names.has(key)) throw new WorkbookReadError({ kind: 'duplicate-part', part: name }, label);
    names.add(key);
    const stored = method === 0 ? compressedSize : size;
    if (stored > limits.partBytes) throw new WorkbookReadError({ kind: 'part-too-large', part: name, limit: limits.partBytes }, label);
    declared += stored;
    if (declared > limits.unpackedBytes) throw new WorkbookReadError({ kind: 'package-too-large', limit: limits.unpackedBytes }, label);
    const raw = () => {
      if (local + 30 > bytes.length || u32(local) !== LOCAL_HEADER) throw damaged(label);
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      if (start + compressedSize > bytes.length) throw damaged(label);
      return bytes.subarray(start, start + compressedSize);
    };
    entries.push({ ...entry, name, nameBytes, raw });
  }
  return entries;
}
