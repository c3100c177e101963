/**
 * The empty text the report sheet writes in its blank columns. exceljs writes `''`
 * as a shared string and reads an empty inline string back as no value at all, so
 * the patched copy uses a shared `''` too (reads back the same as exceljs's copy).
 * An existing empty item is reused; otherwise one is appended (or a shared strings
 * part made when the package has none).
 */
import { MAIN_NS } from './sheetXml';

export function withEmptyString(sst: string | null): { xml: string | null; index: number } {
  if (sst === null) {
    return { xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="1" uniqueCount="1"><si><t></t></si></sst>`, index: 0 };
  }
  let count = 0;
  for (let at = sst.indexOf('<si'); at >= 0; at = sst.indexOf('<si', at + 3)) {
    const next = sst.charCodeAt(at + 3);
    if (next !== 62 && next !== 32 && next !== 47) continue; // <sst…
    if (sst.startsWith('<si><t></t></si>', at) || sst.startsWith('<si><t/></si>', at)) return { xml: null, index: count };
    count++;
  }
  const close = sst.lastIndexOf('</sst>');
  const bump = (tag: string) =>
    tag.replace(/\s(count|uniqueCount)="(\d+)"/g, (_, name: string, n: string) => ` ${name}="${Number(n) + 1}"`);
  if (close < 0) {
    // `<sst …/>`: no items yet.
    return { xml: sst.replace(/<sst\b([^>]*?)\/>/, (_, a: string) => `${bump(`<sst${a}>`)}<si><t></t></si></sst>`), index: 0 };
  }
  const head = /<sst\b[^>]*>/.exec(sst);
  const start = head ? head.index + head[0].length : 0;
  const opened = head ? bump(head[0]) : '';
  return { xml: sst.slice(0, head?.index ?? 0) + opened + sst.slice(start, close) + '<si><t></t></si>' + sst.slice(close), index: count };
}
