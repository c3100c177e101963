/**
 * Notes (ExcelApi 1.18) and comments (1.10) of the fake. As in Excel, a cell holds
 * a note or a threaded comment, never both: adding the other kind fails. A
 * comment's cell given as a string must name its sheet (the documentation: "it
 * must contain the full address, including the sheet name"); a note's may be
 * bare on a worksheet's collection (Microsoft's samples). A Range does for both.
 */
import { areaAddress, parseArea } from './a1';
import { FakeObject, FakeOfficeError, loadNames, type FakeContext } from './core';
import type { Area, FakeComment, FakeSheet } from './model';
import { assertWritable, FakeRange } from './range';

export class FakeNoteCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(cellAddress: string | FakeRange, content: string): FakeNote {
    const cell = () => cellIn(this.sheet(), cellAddress, false);
    this.context.enqueue(
      'write',
      () => {
        const s = this.sheet();
        assertWritable(this.context, s);
        const key = cell();
        if (s.notes[key])
          throw new FakeOfficeError('InvalidArgument', `${key} already has a note.`);
        if (this.context.book.data.comments.some((c) => c.sheet === s.name && c.cell === key))
          throw new FakeOfficeError(
            'InvalidOperation',
            `${key} holds a threaded comment; a cell has one or the other.`,
          );
        s.notes[key] = { content, author: 'Add-in' };
      },
      [typeof cellAddress === 'string' ? cellAddress : 'range', content],
    );
    return new FakeNote(this.context, this.sheet, cell, false);
  }

  getItem(cellAddress: string): FakeNote {
    this.context.enqueue('nav', () => undefined);
    return new FakeNote(
      this.context,
      this.sheet,
      () => cellIn(this.sheet(), cellAddress, false),
      false,
    );
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    this.context.enqueue('nav', () => undefined);
    return new FakeNote(
      this.context,
      this.sheet,
      () => cellIn(this.sheet(), cellAddress, false),
      true,
    );
  }
}

export class FakeNote extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly at: () => string,
    private readonly nullable: boolean,
  ) {
    super(context);
  }

  private get cell(): string {
    return this.at();
  }

  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.write(() => {
      const s = this.writable();
      (s.notes[this.cell] as { content: string }).content = v;
    }, v);
  }

  delete(): void {
    this.write(() => {
      const s = this.writable();
      delete s.notes[this.cell];
    });
  }

  protected override resolvesToNull(): boolean {
    return this.nullable && !this.sheet().notes[this.cell];
  }

  protected read(name: string): unknown {
    const note = this.sheet().notes[this.cell];
    if (!note) throw new FakeOfficeError('ItemNotFound', `No note at ${this.cell}.`);
    if (name === 'content') return note.content;
    if (name === 'authorName') return note.author;
    throw new Error(`fake: Note.${name} is not modelled`);
  }

  private writable(): FakeSheet {
    const s = this.sheet();
    if (!s.notes[this.cell]) throw new FakeOfficeError('ItemNotFound', `No note at ${this.cell}.`);
    assertWritable(this.context, s);
    return s;
  }
}

export class FakeCommentCollection extends FakeObject {
  private loadedItems: FakeComment2[] | null = null;

  constructor(
    context: FakeContext,
    private readonly sheet: (() => FakeSheet) | null,
  ) {
    super(context);
  }

  get items(): FakeComment2[] {
    if (!this.loadedItems) this.get('items');
    return this.loadedItems as FakeComment2[];
  }

  override load(spec?: unknown): this {
    const names = loadNames(spec).map((n) => n.replace(/^items\//, ''));
    this.context.enqueue('read', (tx) => {
      const only = this.sheet?.().name;
      const items = this.context.book.data.comments
        .filter((c) => only === undefined || c.sheet === only)
        .map((c) => new FakeComment2(this.context, c.id));
      for (const item of items) for (const n of names) tx.set(item, n, item.readNow(n));
      tx.set(this, 'items', items.length);
      this.loadedItems = items;
    });
    return this;
  }

  protected read(): unknown {
    throw new Error('fake: load items/… on a collection');
  }

  add(cellAddress: string | FakeRange, content: string): FakeComment2 {
    const data = this.context.book.data;
    const id = `c${data.nextId++}`;
    this.context.enqueue(
      'write',
      () => {
        const { sheet: s, cell } = commentCell(this.context, cellAddress);
        if (this.sheet && this.sheet() !== s)
          throw new FakeOfficeError('InvalidArgument', `${cell} is not on this worksheet.`);
        assertWritable(this.context, s);
        if (data.comments.some((c) => c.sheet === s.name && c.cell === cell))
          throw new FakeOfficeError('InvalidArgument', `${cell} already has a comment.`);
        if (s.notes[cell])
          throw new FakeOfficeError(
            'InvalidOperation',
            `${cell} holds a note; a cell has one or the other.`,
          );
        data.comments.push({ id, sheet: s.name, cell, content });
      },
      [typeof cellAddress === 'string' ? cellAddress : 'range', content],
    );
    return new FakeComment2(this.context, id);
  }

  getItem(id: string): FakeComment2 {
    this.nav();
    return new FakeComment2(this.context, id);
  }
}

/** Excel.Comment (named so as not to clash with the model's FakeComment). */
export class FakeComment2 extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly id: string,
  ) {
    super(context);
  }

  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.write(() => {
      this.writable().content = v;
    }, v);
  }

  delete(): void {
    this.write(() => {
      const c = this.writable();
      const list = this.context.book.data.comments;
      list.splice(list.indexOf(c), 1);
    });
  }

  getLocation(): FakeRange {
    this.nav();
    return new FakeRange(this.context, () => {
      const c = this.comment();
      const sheet = this.context.book.data.sheets.find((s) => s.name === c.sheet) as FakeSheet;
      return { sheet, areas: [parseArea(c.cell) as Area] };
    });
  }

  readNow(name: string): unknown {
    return this.read(name);
  }

  protected read(name: string): unknown {
    const c = this.comment();
    if (name === 'id') return c.id;
    if (name === 'content') return c.content;
    throw new Error(`fake: Comment.${name} is not modelled`);
  }

  private comment(): FakeComment {
    const c = this.context.book.data.comments.find((x) => x.id === this.id);
    if (!c) throw new FakeOfficeError('ItemNotFound', `No comment ${this.id}.`);
    return c;
  }

  private writable(): FakeComment {
    const c = this.comment();
    const s = this.context.book.data.sheets.find((x) => x.name === c.sheet) as FakeSheet;
    assertWritable(this.context, s);
    return c;
  }
}

function cellOf(address: string): string {
  const area = parseArea(address);
  if (!area) throw new FakeOfficeError('InvalidCellAddress', `Not a cell: ${address}`);
  if (area.bottom !== area.top || area.right !== area.left)
    throw new FakeOfficeError('InvalidArgument', `Not a single cell: ${address}`);
  return areaAddress(area);
}

/** The sheet part of `'My sheet'!D14`, or null for a bare address. */
function sheetPart(address: string): string | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  const raw = address.slice(0, bang);
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** A note's cell on `sheet`: a Range on it, a bare address, or one naming this sheet. */
function cellIn(sheet: FakeSheet, address: string | FakeRange, qualified: boolean): string {
  if (typeof address !== 'string') {
    const t = address.resolveTarget();
    if (t.sheet !== sheet)
      throw new FakeOfficeError('InvalidArgument', 'The range is on another sheet.');
    return cellOf(areaAddress(t.areas[0] as Area));
  }
  const named = sheetPart(address);
  if (named === null && qualified)
    throw new FakeOfficeError('InvalidArgument', `The address must name its sheet: ${address}`);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
    throw new FakeOfficeError('InvalidArgument', `${address} is not on sheet ${sheet.name}.`);
  return cellOf(address);
}

/** A comment's cell: a Range, or a string that names its sheet. */
function commentCell(
  context: FakeContext,
  address: string | FakeRange,
): { sheet: FakeSheet; cell: string } {
  if (typeof address !== 'string') {
    const t = address.resolveTarget();
    return { sheet: t.sheet, cell: cellOf(areaAddress(t.areas[0] as Area)) };
  }
  const named = sheetPart(address);
  if (named === null)
    throw new FakeOfficeError(
      'InvalidArgument',
      `The address must contain the sheet name: ${address}`,
    );
  const sheet = context.book.data.sheets.find((x) => x.name.toLowerCase() === named.toLowerCase());
  if (!sheet) throw new FakeOfficeError('InvalidArgument', `No sheet for ${address}.`);
  return { sheet, cell: cellIn(sheet, address, true) };
}
