/**
 * A sheet's hyperlinks (`<hyperlink ref="F2" r:id="rId1"/>` after its cells), as exceljs
 * reads them: a cell whose address is a link's `ref`, and whose link has a relationship
 * with a target, holds a hyperlink, and the snapshot holds only its text (cells.ts).
 * Links inside the book (`location=`, no `r:id`) leave the cell as it is.
 */
import { attr } from './xml';

/**
 * The addresses that hold a link; null when the sheet has none; undefined when a link
 * names a relationship the sheet lacks (exceljs fails on it, so it decides).
 */
export function linkedCells(xml: string, from: number, rels: () => string | null): Set<string> | null | undefined {
  if (xml.indexOf('<hyperlink ', from) < 0) return null;
  let targets: Map<string, string> | null = null;
  const out = new Set<string>();
  for (const m of xml.slice(from).matchAll(/<hyperlink\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const ref = attr(attrs, 'ref');
    const id = attr(attrs, 'r:id');
    if (id === undefined) continue;
    targets ??= relationshipTargets(rels());
    const target = targets.get(id);
    if (target === undefined) return undefined;
    if (ref !== undefined && target) out.add(ref);
  }
  return out;
}

/**
 * The rows (0-based) the addresses name, read as a cell's `r` is (position.ts): every
 * cell whose address as written is one of them is on one of these rows, so a cell on
 * any other row holds no link and is read without looking its address up.
 */
export function linkRows(refs: ReadonlySet<string>): Set<number> {
  const out = new Set<number>();
  for (const ref of refs) {
    const digits = /^[A-Z]{1,4}(\d{1,8})$/.exec(ref)?.[1];
    if (digits !== undefined) out.add(Number(digits) - 1);
  }
  return out;
}

function relationshipTargets(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (xml ?? '').matchAll(/<Relationship\b([^>]*)>/g)) {
    const a = m[1] ?? '';
    const id = attr(a, 'Id');
    if (id !== undefined) out.set(id, attr(a, 'Target') ?? '');
  }
  return out;
}

/** A sheet part's relationships part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
