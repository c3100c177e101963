/** Notes (ExcelApi 1.18) and comments (1.10) of the fake. */
import { areaAddress, parseArea } from './a1';
import { FakeObject, FakeOfficeError, loadNames, type FakeContext } from './core';
import type { Area, FakeComment, FakeSheet } from './model';
import { assertWritable, FakeRange } from './range';

export class FakeNoteCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(cellAddress: string, content: string): FakeNote {
    this.context.enqueue(
      'write',
      () => {
        const s = this.sheet();
        assertWritable(this.context, s);
        const key = cellOf(cellAddress);
        if (s.notes[key])
          throw new FakeOfficeError('InvalidArgument', `${key} already has a note.`);
        s.notes[key] = { content, author: 'Add-in' };
      },
      [cellAddress, content],
    );
    return this.getItem(cellAddress);
  }

  getItem(cellAddress: string): FakeNote {
    this.context.enqueue('nav', () => undefined);
    return new FakeNote(this.context, this.sheet, cellOf(cellAddress), false);
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    this.context.enqueue('nav', () => undefined);
    return new FakeNote(this.context, this.sheet, cellOf(cellAddress), true);
  }
}

export class FakeNote extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly cell: string,
    private readonly nullable: boolean,
  ) {
    super(context);
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

  add(cellAddress: string, content: string): FakeComment2 {
    const data = this.context.book.data;
    const id = `c${data.nextId++}`;
    this.context.enqueue(
      'write',
      () => {
        const sheetName = this.sheet
          ? this.sheet().name
          : (cellAddress.split('!')[0]?.replace(/^'|'$/g, '') ?? '');
        const s = data.sheets.find((x) => x.name === sheetName);
        if (!s) throw new FakeOfficeError('InvalidArgument', `No sheet for ${cellAddress}.`);
        assertWritable(this.context, s);
        const cell = cellOf(cellAddress);
        if (data.comments.some((c) => c.sheet === s.name && c.cell === cell))
          throw new FakeOfficeError('InvalidArgument', `${cell} already has a comment.`);
        data.comments.push({ id, sheet: s.name, cell, content });
      },
      [cellAddress, content],
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
  return areaAddress({ top: area.top, left: area.left, bottom: area.top, right: area.left });
}
