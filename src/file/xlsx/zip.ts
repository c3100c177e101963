/**
 * The entries of a .xlsx package (a zip file), inflated on demand with node:zlib.
 * Only what workbooks use: stored and deflated entries, no zip64, no encryption;
 * anything else is Unsupported and the caller reads the file with exceljs instead.
 */
import { inflateRawSync } from 'node:zlib';

/** A package this reader does not handle; exceljs reads it instead. */
export class Unsupported extends Error {
  constructor(what: string) {
    super(`fast reader: ${what}`);
    this.name = 'Unsupported';
  }
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** One entry as the central directory describes it; enough to copy it unchanged into another zip. */
export interface ZipEntry {
  readonly name: string;
  /** The name as stored (UTF-8 or CP437 bytes, with flag bit 11 saying which). */
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The compressed bytes, as they are in the file. */
  readonly raw: () => Uint8Array;
  /** The uncompressed bytes. */
  readonly data: () => Uint8Array;
}

/** The entries in the order of the central directory. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
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
  if (end < 0) throw new Unsupported('no zip directory');
  const count = u16(end + 10);
  let at = u32(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Unsupported('zip64');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) throw new Unsupported('a damaged zip directory');
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry = { flags, method, time: u16(at + 12), date: u16(at + 14), crc: u32(at + 16), compressedSize, size };
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new Unsupported('an encrypted zip entry');
    if (size === 0xffffffff || compressedSize === 0xffffffff || local === 0xffffffff) throw new Unsupported('zip64');
    if (method !== 0 && method !== 8) throw new Unsupported(`zip method ${method}`);
    const raw = () => {
      if (local + 30 > bytes.length || u32(local) !== LOCAL_HEADER) throw new Unsupported('a damaged zip entry');
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      if (start + compressedSize > bytes.length) throw new Unsupported('a damaged zip entry');
      return bytes.subarray(start, start + compressedSize);
    };
    const data = () => (method === 0 ? raw() : inflateRawSync(raw()));
    entries.push({ ...entry, name: decoder.decode(nameBytes), nameBytes, raw, data });
  }
  return entries;
}

export function zipEntries(bytes: Uint8Array): Map<string, () => Uint8Array> {
  return new Map(zipDirectory(bytes).map((e) => [e.name, e.data]));
}
