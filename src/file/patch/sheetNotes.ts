/**
 * A marked sheet's notes in the patched copy: its comments part (new, or the user's
 * with ours merged in), the VML drawing that shows them, and the relationships and
 * content types that make them part of the package. Threaded comments are kept as
 * they are (threads.ts).
 */
import type { Buffer } from 'node:buffer';
import { Unsupported } from '../xlsx/zip';
import { commentsWithNotes, vmlWithNotes, type Note } from './comments';
import type { Package } from './package';
import { ContentTypes, freePart, REL, relationships, RelsEditor, relsPath, resolveTarget } from './rels';
import type { SheetPatcher } from './sheetXml';
import { threadedCells } from './threads';
import { relativeTarget } from './workbookXml';

const TYPES = {
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

export interface NotesTarget {
  readonly pkg: Package;
  readonly contentTypes: ContentTypes;
  /** The sheet's part and its XML as read (for its `<legacyDrawing>`). */
  readonly sheetPath: string;
  readonly sheetXml: Buffer;
  readonly patcher: SheetPatcher;
}

/**
 * Writes the notes; `block` is the first free VML shape-id block of the package.
 * Returns the next free block.
 */
export function writeNotes(target: NotesTarget, notes: readonly Note[], block: number): number {
  const { pkg, contentTypes, sheetPath, sheetXml, patcher } = target;
  const sheetRelsPath = relsPath(sheetPath);
  const sheetRelsXml = pkg.text(sheetRelsPath);
  const rels = relationships(sheetRelsXml);
  const editor = new RelsEditor(sheetRelsXml);
  const commentsRel = rels.find((r) => r.type === `${REL}/comments` && !r.external);
  const existingPath = commentsRel ? resolveTarget(sheetPath, commentsRel.target) : null;
  const { xml: comments, added } = commentsWithNotes(existingPath ? pkg.text(existingPath) : null, notes, threadedCells(pkg, sheetPath, rels));
  if (comments === null) return block;
  const commentsPath = existingPath ?? freePart(pkg.taken, (n) => `xl/comments${n}.xml`);
  pkg.set(commentsPath, comments);
  if (!commentsRel) {
    editor.add(`${REL}/comments`, relativeTarget(sheetPath, commentsPath));
    contentTypes.override(commentsPath, TYPES.comments);
  }
  let next = block;
  const legacyId = /<legacyDrawing\b[^>]*\bid="([^"]*)"/.exec(sheetXml.subarray(Math.max(0, sheetXml.lastIndexOf('</sheetData>'))).toString('utf8'))?.[1];
  const vmlRel = legacyId ? rels.find((r) => r.id === legacyId) : undefined;
  // A second <legacyDrawing> would make the sheet invalid.
  if (legacyId && !vmlRel) throw new Unsupported('a note drawing without its relationship');
  if (vmlRel) {
    const vmlPath = resolveTarget(sheetPath, vmlRel.target);
    const vml = pkg.text(vmlPath);
    if (vml === null) throw new Unsupported('a missing note drawing');
    if (added.length) pkg.set(vmlPath, vmlWithNotes(vml, added, block));
  } else if (added.length) {
    const vmlPath = freePart(pkg.taken, (n) => `xl/drawings/vmlDrawing${n}.vml`);
    pkg.set(vmlPath, vmlWithNotes(null, added, block));
    next += Math.ceil((added.length + 1) / 1024);
    contentTypes.extension('vml', TYPES.vml);
    patcher.addLegacyDrawing(editor.add(`${REL}/vmlDrawing`, relativeTarget(sheetPath, vmlPath)));
  }
  if (editor.changed) pkg.set(sheetRelsPath, editor.toXml());
  return next;
}
