/**
 * Threaded comments added where the host has no notes API (ExcelApi 1.10–1.17):
 * there the add-in cannot see the user's notes, and a cell that holds one
 * refuses a comment. Excel runs a request's commands in order and stops at the
 * first that fails, so when a request of comment additions fails, the comments
 * read back tell which were added: the first one missing is the cell that
 * refused. It is skipped (its finding stays in the pane, and the user is told),
 * and the rest are sent again. After MAX_SKIPPED refusals the remaining
 * comments of the run are skipped without asking, so a book full of notes
 * costs a bounded number of syncs.
 */
import { qualifiedAddress } from './addresses';
import { isEditMode, isFocusLost, isPayloadTooLarge, officeCode } from './errors';
import { whenFocused } from './focus';
import type { AddedNote, WriteOp } from './markWriter';

export const MAX_SKIPPED = 20;

export class CommentRecovery {
  readonly skipped: AddedNote[] = [];

  constructor(private readonly context: Excel.RequestContext) {}

  /** Whether to stop trying: the rest of the run's comments are skipped unsent. */
  get givenUp(): boolean {
    return this.skipped.length >= MAX_SKIPPED;
  }

  /** The ops of `chunk` still to send, or null when the failure is not a refused comment. */
  async recover(chunk: readonly WriteOp[], error: unknown): Promise<readonly WriteOp[] | null> {
    if (
      isEditMode(error) ||
      isFocusLost(error) ||
      isPayloadTooLarge(error) ||
      officeCode(error) === 'AccessDenied' ||
      chunk.some((o) => o.adds?.kind !== 'comment')
    )
      return null;
    const present = await this.commentsNow(chunk.map((o) => o.adds as AddedNote));
    const refused = chunk.findIndex((o) => {
      const a = o.adds as AddedNote;
      return present.get(qualifiedAddress(a.sheet, a.cell).toUpperCase()) !== a.content;
    });
    if (refused < 0) return null;
    this.skipped.push(chunk[refused]?.adds as AddedNote);
    return this.givenUp ? this.skip(chunk.slice(refused + 1)) : chunk.slice(refused + 1);
  }

  /** The ops without their comment additions, which are counted as skipped. */
  skip(ops: readonly WriteOp[]): WriteOp[] {
    for (const o of ops) if (o.adds) this.skipped.push(o.adds);
    return ops.filter((o) => !o.adds);
  }

  /** The content of the comments on the cells of `adds` now, keyed by upper-case qualified address. */
  private async commentsNow(adds: readonly AddedNote[]): Promise<Map<string, string>> {
    const contents = new Set(adds.map((a) => a.content));
    const items = await whenFocused(this.context, async () => {
      const all = this.context.workbook.comments.load('items/content');
      await this.context.sync();
      return all.items.filter((c) => contents.has(c.content));
    });
    const located = await whenFocused(this.context, async () => {
      const at = items.map((c) => ({ c, range: c.getLocation().load('address') }));
      await this.context.sync();
      return at;
    });
    const out = new Map<string, string>();
    for (const { c, range } of located) out.set(normalise(range.address), c.content);
    return out;
  }
}

/** `Sheet1!$D$14` or `'My sheet'!D14` → `'SHEET1'!D14`, as qualifiedAddress writes it (upper case). */
function normalise(address: string): string {
  const bang = address.lastIndexOf('!');
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  const cell = (address.slice(bang + 1).split(':')[0] ?? '').replace(/\$/g, '');
  return qualifiedAddress(sheet, cell).toUpperCase();
}
