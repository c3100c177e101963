/** The patcher's zip writer: what it writes reads back (ours, JSZip under exceljs, unzip); copied entries stay byte for byte. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { ZipWriter } from '../../src/file/patch/zipWrite';
import { zipDirectory } from '../../src/file/xlsx/zip';
import { makeTempDir } from './workbooks';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'seoul-sns-2021-errors.xlsx');

describe('ZipWriter', () => {
  it('writes new entries (UTF-8 names, text and bytes, empty) that read back with their CRC', async () => {
    const zip = new ZipWriter();
    const big = new Uint8Array(5_000_000).map((_, i) => i % 251);
    zip.add('xl/시트.xml', '<a>한글 & text</a>');
    zip.add('empty.bin', new Uint8Array(0));
    zip.add('big.bin', big);
    const bytes = zip.finish();
    const entries = zipDirectory(bytes);
    expect(entries.map((e) => e.name)).toEqual(['xl/시트.xml', 'empty.bin', 'big.bin']);
    for (const e of entries) expect(crc32(e.data()) >>> 0).toBe(e.crc);
    expect(Buffer.from(entries[0]?.data() ?? []).toString('utf8')).toBe('<a>한글 & text</a>');
    expect(Buffer.from(entries[2]?.data() ?? []).equals(Buffer.from(big))).toBe(true);
    const jszip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await jszip.file('xl/시트.xml')?.async('string')).toBe('<a>한글 & text</a>');
    expect((await jszip.file('big.bin')?.async('uint8array'))?.length).toBe(5_000_000);
  });

  it('copies entries of another zip without recompressing them, stored ones too', async () => {
    const source = await readFile(SAMPLE);
    const zip = new ZipWriter();
    const entries = zipDirectory(source);
    for (const e of entries) zip.copy(e);
    const copy = zipDirectory(zip.finish());
    expect(copy.map((e) => [e.name, e.crc, e.size, e.method])).toEqual(entries.map((e) => [e.name, e.crc, e.size, e.method]));
    for (const [i, e] of copy.entries()) expect(Buffer.from(e.raw()).equals(Buffer.from(entries[i]?.raw() ?? []))).toBe(true);

    // A stored entry (method 0) copies as stored.
    const stored = new ZipWriter();
    stored.add('a.xml', '<a/>');
    const once = zipDirectory(stored.finish());
    expect(once[0]?.method).toBe(8);
    const raw = Buffer.from('<stored/>');
    const fake = { ...once[0]!, name: 'b.xml', nameBytes: Buffer.from('b.xml'), method: 0, crc: crc32(raw) >>> 0, compressedSize: raw.length, size: raw.length, raw: () => raw, data: () => raw };
    const again = new ZipWriter();
    again.copy(fake);
    const read = zipDirectory(again.finish());
    expect(read[0]?.method).toBe(0);
    expect(Buffer.from(read[0]?.data() ?? []).toString()).toBe('<stored/>');
  });

  it('what it writes passes `unzip -t` where unzip is installed', async () => {
    if (!existsSync('/usr/bin/unzip')) return;
    const { dir, cleanup } = await makeTempDir();
    try {
      const zip = new ZipWriter();
      for (const e of zipDirectory(await readFile(SAMPLE))) zip.copy(e);
      zip.add('xl/new.xml', '<new/>');
      const path = join(dir, 'z.xlsx');
      await writeFile(path, zip.finish());
      expect(execFileSync('/usr/bin/unzip', ['-t', path], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      await cleanup();
    }
  });
});
