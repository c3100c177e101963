/**
 * A small zip writer for the patched copy: entries copied from the original keep
 * their compressed bytes as they are (no recompression, so a large book is copied
 * at disk speed); new or changed parts are deflated here. No ZIP64: a package over
 * 4 GB or 65,535 entries is Unsupported and the copy is written by exceljs instead
 * (no budget book comes near either).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { Unsupported, type ZipEntry } from '../xlsx/zip';

/** An entry as it will be written: the header fields a read entry has, and its compressed bytes. */
type Written = Pick<ZipEntry, 'nameBytes' | 'flags' | 'method' | 'time' | 'date' | 'crc' | 'compressedSize' | 'size'> & {
  readonly body: Uint8Array;
};

const UTF8_NAME = 0x0800;
const encoder = new TextEncoder();

/** 1980-01-01 00:00 in DOS time: new parts carry no real date (the copy is reproducible). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export class ZipWriter {
  private readonly entries: Written[] = [];

  /** An entry of the original package, byte for byte (a data descriptor, if any, is folded into the header). */
  copy(entry: ZipEntry): void {
    this.entries.push({
      nameBytes: entry.nameBytes,
      flags: entry.flags & UTF8_NAME,
      method: entry.method,
      time: entry.time,
      date: entry.date,
      crc: entry.crc,
      compressedSize: entry.compressedSize,
      size: entry.size,
      body: entry.raw(),
    });
  }

  /** A new or changed part, deflated (large parts at a faster level: they are mostly repetitive XML). */
  add(name: string, data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? encoder.encode(data) : data;
    const level = bytes.length > 4_000_000 ? 1 : 6;
    const body = deflateRawSync(bytes, { level });
    this.entries.push({
      nameBytes: encoder.encode(name),
      flags: UTF8_NAME,
      method: 8,
      time: 0,
      date: DOS_DATE,
      crc: crc32(bytes) >>> 0,
      compressedSize: body.length,
      size: bytes.length,
      body,
    });
  }

  /** The whole zip file. */
  finish(): Uint8Array {
    if (this.entries.length > 0xffff) throw new Unsupported('more than 65,535 zip entries (zip64)');
    let localSize = 0;
    let directorySize = 0;
    for (const e of this.entries) {
      localSize += 30 + e.nameBytes.length + e.body.length;
      directorySize += 46 + e.nameBytes.length;
    }
    const total = localSize + directorySize + 22;
    if (localSize > 0xffffffff) throw new Unsupported('a package over 4 GB (zip64)');
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    let at = 0;
    let dir = localSize;
    for (const e of this.entries) {
      const local = at;
      view.setUint32(at, 0x04034b50, true);
      this.common(view, at + 4, e);
      at += 30;
      out.set(e.nameBytes, at);
      at += e.nameBytes.length;
      out.set(e.body, at);
      at += e.body.length;
      view.setUint32(dir, 0x02014b50, true);
      view.setUint16(dir + 4, 20, true); // made by: MS-DOS, spec 2.0
      this.common(view, dir + 6, e);
      view.setUint32(dir + 42, local, true);
      dir += 46;
      out.set(e.nameBytes, dir);
      dir += e.nameBytes.length;
    }
    view.setUint32(dir, 0x06054b50, true);
    view.setUint16(dir + 8, this.entries.length, true);
    view.setUint16(dir + 10, this.entries.length, true);
    view.setUint32(dir + 12, directorySize, true);
    view.setUint32(dir + 16, localSize, true);
    return out;
  }

  /** The fields local headers and directory entries share, from "version needed" on. */
  private common(view: DataView, at: number, e: Written): void {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, e.flags, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.compressedSize, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.nameBytes.length, true);
    view.setUint16(at + 24, 0, true); // extra length
    // Directory entries go on with comment length, disk, attributes (all 0: the buffer starts zeroed) and the offset.
  }
}
