/** The package being patched: its entries, the parts changed or added, and the zip they make. */
import type { ZipEntry } from '../xlsx/zip';
import { asBuffer } from './sheetXml';
import { ZipWriter } from './zipWrite';

export class Package {
  readonly byName = new Map<string, ZipEntry>();
  readonly changed = new Map<string, Uint8Array | string>();
  readonly taken: Set<string>;

  constructor(readonly entries: readonly ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name, e);
    this.taken = new Set(entries.map((e) => e.name.toLowerCase()));
  }

  text(name: string): string | null {
    const changed = this.changed.get(name);
    if (typeof changed === 'string') return changed;
    const entry = this.byName.get(name);
    return entry ? asBuffer(entry.data()).toString('utf8') : null;
  }

  set(name: string, data: Uint8Array | string): void {
    this.changed.set(name, data);
    this.taken.add(name.toLowerCase());
  }

  zip(): Uint8Array {
    const zip = new ZipWriter();
    for (const e of this.entries) {
      const changed = this.changed.get(e.name);
      if (changed === undefined) zip.copy(e);
      else zip.add(e.name, changed);
    }
    for (const [name, data] of this.changed) if (!this.byName.has(name)) zip.add(name, data);
    return zip.finish();
  }
}
