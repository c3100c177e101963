/**
 * Our mark on the annotated copies we write, so that we replace only those: a
 * custom document property (File > Info > Properties > Custom in Excel) whose
 * value is a fingerprint of every other part of the package, taken from the zip
 * directory (names, CRC-32s, sizes). A copy someone opened and saved again, or
 * edited, no longer matches its fingerprint (Excel rewrites every part), so it is
 * theirs now and is never replaced; a file with no mark was never ours.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { DEFAULT_LIMITS } from '../limits';
import { attr } from '../xlsx/xml';
import { zipDirectory, type ZipEntry } from '../xlsx/zip';
import { Package } from './package';
import { ContentTypes, RelsEditor, relationships, resolveTarget } from './rels';
import { xmlText } from './xmlText';

export const MARK_NAME = 'budget-verify annotated copy';

const ROOT_RELS = '_rels/.rels';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
/** The format id every user-defined property carries. */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

const encoder = new TextEncoder();

/** The custom properties part a package's root relationships name, if any. */
function customPart(rels: string | null): string | null {
  const rel = relationships(rels).find((r) => r.type === CUSTOM_REL && !r.external);
  // Root relationships point from the package itself: targets are from its top.
  return rel ? resolveTarget('', rel.target) || null : null;
}

/** Every part but the custom properties, by name, CRC-32 and size: what an edit or a re-save changes. */
function fingerprint(parts: readonly { name: string; crc: number; size: number }[], skip: string): string {
  const lines = parts.filter((p) => p.name !== skip).map((p) => `${p.name}\t${p.crc >>> 0}\t${p.size}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function propertyXml(pid: number, value: string): string {
  return `<property fmtid="${FMTID}" pid="${pid}" name="${MARK_NAME}"><vt:lpwstr>${xmlText(value)}</vt:lpwstr></property>`;
}

/** The custom properties part with our property set to `value` (and any earlier one of ours removed). */
function withMark(existing: string | null, value: string): string {
  if (existing === null || !existing.includes('</Properties>')) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">${propertyXml(2, value)}</Properties>`;
  }
  const mine = new RegExp(`<property\\b[^>]*\\bname="${MARK_NAME}"[^>]*>[\\s\\S]*?</property>`, 'g');
  const others = existing.replace(mine, '');
  const pids = [...others.matchAll(/<property\b([^>]*)>/g)].map((m) => Number(attr(` ${m[1] ?? ''}`, 'pid') ?? 0));
  const pid = Math.max(1, ...pids.filter(Number.isFinite)) + 1;
  const withVt = others.includes('xmlns:vt=') ? others : others.replace(/<Properties\b/, `<Properties xmlns:vt="${VT_NS}"`);
  return withVt.replace('</Properties>', `${propertyXml(pid, value)}</Properties>`);
}

/** The package marked as our annotated copy. Throws Unsupported when it cannot be rezipped. */
export function markCopy(bytes: Uint8Array): Uint8Array {
  const pkg = new Package(zipDirectory(bytes, DEFAULT_LIMITS));
  markPackage(pkg);
  return pkg.zip();
}

/**
 * Marks a package before it is zipped: the patcher's copy is marked as it is made, not
 * zipped a second time (at 500k rows each zip of the book was another 15 MB held at once).
 */
export function markPackage(pkg: Package): void {
  const rootRels = pkg.text(ROOT_RELS);
  let part = customPart(rootRels);
  if (part === null) {
    part = 'docProps/custom.xml';
    const rels = new RelsEditor(rootRels);
    rels.add(CUSTOM_REL, part);
    pkg.set(ROOT_RELS, rels.toXml());
  }
  const types = pkg.text('[Content_Types].xml');
  if (types !== null) {
    const contentTypes = new ContentTypes(types);
    contentTypes.override(part, CUSTOM_TYPE);
    if (contentTypes.changed) pkg.set('[Content_Types].xml', contentTypes.toXml());
  }
  const existing = pkg.text(part);
  const finalParts = [...new Set([...pkg.entries.map((e) => e.name), ...pkg.changed.keys()])].map((name) => {
    const changed = pkg.changed.get(name);
    if (changed === undefined) {
      const e = pkg.byName.get(name) as ZipEntry;
      return { name, crc: e.crc, size: e.size };
    }
    const data = typeof changed === 'string' ? encoder.encode(changed) : changed;
    return { name, crc: crc32(data), size: data.length };
  });
  pkg.set(part, withMark(existing, fingerprint(finalParts, part)));
}

/** Is this package our annotated copy, as we wrote it? False for anything else, damaged or not a zip. */
export function isMarkedCopy(bytes: Uint8Array): boolean {
  try {
    const entries = zipDirectory(bytes, DEFAULT_LIMITS);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const text = (name: string) => {
      const e = byName.get(name);
      return e ? new TextDecoder().decode(e.data()) : null;
    };
    const part = customPart(text(ROOT_RELS));
    const custom = part === null ? null : text(part);
    if (part === null || custom === null) return false;
    const mine = new RegExp(`<property\\b[^>]*\\bname="${MARK_NAME}"[^>]*>\\s*<vt:lpwstr>([0-9a-f]{64})</vt:lpwstr>`).exec(custom);
    return mine !== null && mine[1] === fingerprint(entries, part);
  } catch {
    return false; // not a package we can read: certainly not one we wrote
  }
}
