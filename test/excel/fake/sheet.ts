/** Workbook, worksheets, notes and comments of the fake. */
import { areaAddress, parseArea } from './a1';
import { FakeObject, FakeOfficeError, loadNames, type FakeContext } from './core';
import { cellKeyOf, isEmptyCell, type Area, type FakeComment, type FakeSheet } from './model';
import { assertWritable, FakeRange, FakeRangeAreas, type Target } from './range';

const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: 1048575, right: 16383 };

type SheetRef = () => FakeSheet | null;

export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly comments: FakeCommentCollection;
  readonly protection: FakeSimple;

  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.comments = new FakeCommentCollection(context, null);
    this.protection = new FakeSimple(context, {
      protected: () => context.book.data.structureProtected,
    });
  }

  get readOnly(): boolean {
    return this.get('readOnly');
  }

  protected read(name: string): unknown {
    if (name === 'readOnly') return this.context.book.data.readOnly;
    throw new Error(`fake: Workbook.${name} is not modelled`);
  }
}

/** An object with a few read-only scalar properties (protection objects). */
export class FakeSimple extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly props: Record<string, () => unknown>,
  ) {
    super(context);
  }
  get protected(): boolean {
    return this.get('protected');
  }
  protected read(name: string): unknown {
    const f = this.props[name];
    if (!f) throw new Error(`fake: property ${name} is not modelled`);
    return f();
  }
}

export class FakeWorksheetCollection extends FakeObject {
  private loadedItems: FakeWorksheet[] | null = null;

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) this.get('items');
    return this.loadedItems as FakeWorksheet[];
  }

  override load(spec?: unknown): this {
    const names = loadNames(spec).map((n) => n.replace(/^items\//, ''));
    this.context.enqueue('read', (tx) => {
      const items = this.context.book.data.sheets.map(
        (s) => new FakeWorksheet(this.context, () => s),
      );
      for (const item of items) for (const n of names) tx.set(item, n, item.readNow(n));
      tx.set(this, 'items', items.length);
      this.loadedItems = items;
    });
    return this;
  }

  protected read(): unknown {
    throw new Error('fake: load items/… on a collection');
  }

  getItem(name: string): FakeWorksheet {
    this.nav();
    return new FakeWorksheet(this.context, () => {
      const s = this.find(name);
      if (!s)
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.nav();
    return new FakeWorksheet(this.context, () => this.find(name), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    this.nav();
    return new FakeWorksheet(this.context, () => this.find(this.context.book.data.activeSheet));
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue(
      'write',
      () => {
        const data = this.context.book.data;
        if (data.readOnly || data.structureProtected)
          throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
        if (this.find(name))
          throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
        data.sheets.push({
          name,
          visibility: 'Visible',
          protected: false,
          cells: {},
          merges: [],
          notes: {},
        });
      },
      name,
    );
    return this.getItem(name);
  }

  private find(name: string): FakeSheet | null {
    return (
      this.context.book.data.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
}

export class FakeWorksheet extends FakeObject {
  readonly protection: FakeSimple;
  readonly notes: FakeNoteCollection;
  readonly comments: FakeCommentCollection;

  constructor(
    context: FakeContext,
    private readonly ref: SheetRef,
    private readonly nullable = false,
  ) {
    super(context);
    this.protection = new FakeSimple(context, { protected: () => this.sheet().protected });
    this.notes = new FakeNoteCollection(context, () => this.sheet());
    this.comments = new FakeCommentCollection(context, () => this.sheet());
  }

  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.context.enqueue(
      'write',
      () => {
        this.sheet().visibility = v as FakeSheet['visibility'];
      },
      v,
    );
  }

  sheet(): FakeSheet {
    const s = this.ref();
    if (!s)
      throw new FakeOfficeError(
        this.nullable ? 'InvalidOperation' : 'ItemNotFound',
        'The worksheet does not exist.',
      );
    return s;
  }

  protected override resolvesToNull(): boolean {
    return this.nullable && this.ref() === null;
  }

  readNow(name: string): unknown {
    return this.read(name);
  }

  protected read(name: string): unknown {
    const s = this.sheet();
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    throw new Error(`fake: Worksheet.${name} is not modelled`);
  }

  activate(): void {
    this.context.enqueue('write', () => {
      this.context.book.data.activeSheet = this.sheet().name;
    });
  }

  getRange(address?: string): FakeRange {
    this.nav();
    const text = address === undefined ? undefined : this.context.book.truncate(address);
    return new FakeRange(this.context, () => {
      if (text === undefined) return { sheet: this.sheet(), areas: [WHOLE_SHEET] };
      const area = parseArea(text);
      if (!area)
        throw new FakeOfficeError(
          'InvalidArgument',
          `The argument is invalid or missing or has an incorrect format: ${text.slice(0, 40)}`,
        );
      return { sheet: this.sheet(), areas: [area] };
    });
  }

  getRanges(address: string): FakeRangeAreas {
    this.nav();
    const text = this.context.book.truncate(address);
    return new FakeRangeAreas(this.context, (): Target => {
      const areas = text.split(',').map((piece) => {
        const area = parseArea(piece);
        if (!area)
          throw new FakeOfficeError(
            'InvalidArgument',
            `The argument is invalid or missing or has an incorrect format: ${piece}`,
          );
        return area;
      });
      return { sheet: this.sheet(), areas };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.nav();
    return new FakeRange(this.context, () => ({
      sheet: this.sheet(),
      areas: [{ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }],
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.nav();
    return new FakeRange(this.context, () => {
      const s = this.sheet();
      let area: Area | null = null;
      for (const [key, cell] of Object.entries(s.cells)) {
        if (
          isEmptyCell(cell) &&
          (valuesOnly || (cell.fill.pattern === 'None' && cell.numberFormat === 'General'))
        )
          continue;
        const [r, c] = key.split(',').map(Number) as [number, number];
        area = area
          ? {
              top: Math.min(area.top, r),
              left: Math.min(area.left, c),
              bottom: Math.max(area.bottom, r),
              right: Math.max(area.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      }
      return area ? { sheet: s, areas: [area] } : null;
    });
  }
}

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

export { cellKeyOf };
