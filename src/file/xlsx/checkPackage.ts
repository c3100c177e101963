/**
 * The page's check of a file before exceljs opens it on the page's thread (which a
 * tab does not survive running out of memory in, nor does a Web Worker, whose
 * exhaustion takes the tab down with it): every part inflated within the limits
 * with the browser's own DecompressionStream, every sheet read by the fast reader
 * within the limits, and what a dense, exceljs-built reading could not hold refused.
 * No `node:`: it runs in the page's worker (and under Node 20, which has the same
 * stream, in tests). The answer is a problem to show, or null: open it; and the
 * cells that store no number, which exceljs would read as some number (`12abc` as
 * 12) and the page must show as what they are.
 */
import { checkContainer } from '../container';
import { WorkbookReadError } from '../errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../limits';
import type { DamagedCell, ReadProblem } from '../problems';
import { readDirectory } from './directory';
import { FastReadUnsupported, readPackage } from './readPackage';
import { newScanNotes } from './sheet';
import { Unsupported } from './unsupported';

/** A tab holds less than a checking process: exceljs keeps an object for every cell, on the page's thread. */
export const PAGE_LIMITS: ReadLimits = Object.freeze({
  ...DEFAULT_LIMITS,
  fileBytes: 128 * 1024 * 1024,
  unpackedBytes: 256 * 1024 * 1024,
  partBytes: 192 * 1024 * 1024,
  sheetCells: 2_000_000,
});

/** Cells of every sheet together that the page opens (a 500k-row statement is 1.4 million). */
export const PAGE_BOOK_CELLS = 2_000_000;

/** The inflated bytes, or null past `max` (inflation stops there). Throws on a broken stream. */
async function inflateBounded(raw: Uint8Array, max: number): Promise<Uint8Array | null> {
  // A stream of the one chunk (no Blob: the command line's build has no DOM types).
  const chunk = new Uint8Array(raw); // its own ArrayBuffer, as a stream's chunk must be
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(chunk);
      controller.close();
    },
  });
  const stream = source.pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The parts the fast reader reads: XML and relationships (media and the like are inflated, measured and dropped). */
const READ = /\.(xml|rels)$/i;

/** What the check found: a problem that stops the opening, or none and the damaged cells (maybe none). */
export interface PackageCheck {
  readonly problem: ReadProblem | null;
  readonly damaged: readonly DamagedCell[];
}

export async function checkPackage(bytes: Uint8Array, label: string, limits: ReadLimits = PAGE_LIMITS): Promise<ReadProblem | null> {
  return (await inspectPackage(bytes, label, limits)).problem;
}

export async function inspectPackage(bytes: Uint8Array, label: string, limits: ReadLimits = PAGE_LIMITS): Promise<PackageCheck> {
  const refuse = (problem: ReadProblem): PackageCheck => ({ problem, damaged: [] });
  try {
    if (bytes.length > limits.fileBytes) return refuse({ kind: 'file-too-large', size: bytes.length, limit: limits.fileBytes });
    checkContainer(bytes, label);
    const directory = readDirectory(bytes, limits, label);
    const kept = new Map<string, Uint8Array>();
    let left = limits.unpackedBytes;
    for (const entry of directory) {
      const room = Math.min(limits.partBytes, left);
      let data: Uint8Array | null;
      try {
        data = entry.method === 0 ? entry.raw() : await inflateBounded(entry.raw(), room);
      } catch {
        return refuse({ kind: 'damaged-zip' });
      }
      if (data === null || data.length > room) {
        return refuse(limits.partBytes <= left ? { kind: 'part-too-large', part: entry.name, limit: limits.partBytes } : { kind: 'package-too-large', limit: limits.unpackedBytes });
      }
      left -= data.length;
      if (READ.test(entry.name)) kept.set(entry.name, data);
    }
    const parts = { entries: [...kept].map(([name, data]) => ({ name, data: () => data })) };
    const notes = newScanNotes();
    try {
      readPackage(parts, { limits, label, notes });
    } catch (err) {
      // Left to exceljs on the command line too: whether exceljs can hold it is what the notes say.
      if (!(err instanceof FastReadUnsupported)) throw err;
    }
    const spread = notes.exceljsTooLarge ?? notes.denseTooLarge;
    if (spread !== null) return refuse({ kind: 'cells-too-spread', sheet: spread });
    if (notes.cells > PAGE_BOOK_CELLS) return refuse({ kind: 'too-many-cells', sheet: '*', limit: PAGE_BOOK_CELLS });
    return { problem: null, damaged: notes.damaged };
  } catch (err) {
    if (err instanceof WorkbookReadError) return refuse(err.problem);
    // Something the fast reader does not read (zip64…): exceljs decides, as on the command line.
    if (err instanceof Unsupported) return { problem: null, damaged: [] };
    throw err;
  }
}
