/**
 * The fast reader on .xlsx bytes: the package opened with node:zlib (zip.ts, every
 * part inflated within the limits) and read by readPackage.ts.
 */
import type { WorkbookReading } from '../workbookReading';
import { readPackage, type FastReadOptions } from './readPackage';
import { openZip, type ZipPackage } from './zip';

export { FastReadUnsupported, readPackage, ShareRefused, Unsupported, type FastReadOptions, type Share } from './readPackage';

export function readXlsxFast(source: Uint8Array | ZipPackage, options: FastReadOptions = {}): WorkbookReading {
  const zip = source instanceof Uint8Array ? openZip(source, options.limits, options.label) : source;
  return readPackage(zip, options);
}
