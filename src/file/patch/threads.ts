/**
 * Modern threaded comments (Excel 365) on a sheet being patched. A thread lives in
 * xl/threadedComments/*.xml (its people in xl/persons/*.xml); for older readers Excel
 * also writes a legacy note on the same cell, linked to the thread (author
 * `tc={id}`, `xr:uid`), whose text starts "[Threaded comment]". Excel 365 shows the
 * thread in that note's place.
 *
 * The patcher never changes a thread part, the persons part or their relationships:
 * they are copied byte for byte. Our note on a flagged cell with a thread goes into
 * its legacy note, as into any user's note (the link and the user's text kept):
 * programs that show notes only (LibreOffice, older Excel) show both, Excel 365 keeps
 * showing the thread. A thread without that legacy note gets no note from us: a
 * second, unlinked comment on a cell Excel shows a thread for is not something any
 * version writes, so the finding is left to the fill and the report sheet.
 */
import { attr } from '../xlsx/xml';
import type { Package } from './package';
import { resolveTarget, type Relationship } from './rels';

export const THREADED_COMMENT = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';

export const normalRef = (ref: string) => ref.replace(/\$/g, '').toUpperCase();

/** The cells (`D14`) of the sheet that have a threaded comment. */
export function threadedCells(pkg: Package, sheetPath: string, rels: readonly Relationship[]): Set<string> {
  const cells = new Set<string>();
  for (const rel of rels) {
    if (rel.type !== THREADED_COMMENT || rel.external) continue;
    const xml = pkg.text(resolveTarget(sheetPath, rel.target));
    for (const m of (xml ?? '').matchAll(/<(?:[A-Za-z_][\w.-]*:)?threadedComment\b([^>]*)>/g)) {
      const ref = attr(` ${m[1] ?? ''}`, 'ref');
      if (ref) cells.add(normalRef(ref));
    }
  }
  return cells;
}
