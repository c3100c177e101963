/** A package's entries read back (stored ones as they are), to rebuild it with a change. */
import { zipDirectory } from '../../src/file/xlsx/zip';
import { zip, type HostileEntry } from './zip';

export function parts(bytes: Uint8Array): HostileEntry[] {
  return zipDirectory(bytes).map((e) => (e.method === 0 ? { name: e.name, data: e.raw(), store: true } : { name: e.name, data: { deflated: e.raw(), size: e.size } }));
}

/** The package with one part added or replaced, and `[Content_Types].xml` left as it is. */
export function withPart(bytes: Uint8Array, name: string, data: string): Uint8Array {
  const list = parts(bytes).filter((p) => p.name !== name);
  return zip([...list, { name, data }]);
}
