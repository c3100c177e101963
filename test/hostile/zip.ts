/**
 * A zip writer for hostile packages: any entries, in any order, duplicates
 * allowed, stored or deflated, with the directory free to lie about sizes, and a
 * deflate stream that inflates to gigabytes from a few megabytes (`bomb`).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface HostileEntry {
  readonly name: string;
  /** The inflated bytes, or a ready deflate stream with what it inflates to (a bomb's size and CRC are not computed). */
  readonly data: Uint8Array | string | { readonly deflated: Uint8Array; readonly size: number };
  readonly store?: boolean;
  /** The inflated size the directory declares, when it must lie. */
  readonly declaredSize?: number;
}

const encoder = new TextEncoder();

/**
 * A deflate stream inflating to `chunk` repeated `times`: the chunk compressed once
 * from a fresh state and flushed to a byte boundary (so it references nothing before
 * it), written `times` times, then an empty final block.
 */
export function bomb(chunk: string, times: number): { deflated: Uint8Array; size: number } {
  const bytes = encoder.encode(chunk);
  const piece = deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const out = new Uint8Array(piece.length * times + 2);
  for (let i = 0; i < times; i++) out.set(piece, i * piece.length);
  out.set([0x03, 0x00], piece.length * times); // fixed-Huffman final block holding only its end
  return { deflated: out, size: bytes.length * times };
}

export function zip(entries: readonly HostileEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    let body: Uint8Array;
    let size: number;
    let crc = 0;
    let method = 8;
    if (typeof e.data === 'object' && 'deflated' in e.data) {
      body = e.data.deflated;
      size = e.data.size;
    } else {
      const raw = typeof e.data === 'string' ? encoder.encode(e.data) : e.data;
      crc = crc32(raw) >>> 0;
      size = raw.length;
      method = e.store ? 0 : 8;
      body = e.store ? raw : deflateRawSync(raw);
    }
    const declared = Math.min(e.declaredSize ?? size, 0xfffffffe);
    const header = (signature: number, length: number) => {
      const b = new Uint8Array(length);
      const v = new DataView(b.buffer);
      v.setUint32(0, signature, true);
      return { b, v };
    };
    const local = header(0x04034b50, 30);
    local.v.setUint16(4, 20, true);
    local.v.setUint16(6, 0x0800, true);
    local.v.setUint16(8, method, true);
    local.v.setUint32(14, crc, true);
    local.v.setUint32(18, body.length, true);
    local.v.setUint32(22, declared, true);
    local.v.setUint16(26, name.length, true);
    locals.push(local.b, name, body);
    const dir = header(0x02014b50, 46);
    dir.v.setUint16(4, 20, true);
    dir.v.setUint16(6, 20, true);
    dir.v.setUint16(8, 0x0800, true);
    dir.v.setUint16(10, method, true);
    dir.v.setUint32(16, crc, true);
    dir.v.setUint32(20, body.length, true);
    dir.v.setUint32(24, declared, true);
    dir.v.setUint16(28, name.length, true);
    dir.v.setUint32(42, offset, true);
    directory.push(dir.b, name);
    offset += 30 + name.length + body.length;
  }
  const dirSize = directory.reduce((n, b) => n + b.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const parts = [...locals, ...directory, end];
  const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
