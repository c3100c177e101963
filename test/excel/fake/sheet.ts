/** Workbook, worksheets, notes and comments of the fake. */
import { parseArea } from './a1';
import { FakeCommentCollection, FakeNoteCollection } from './annotations';
import { FakeObject, FakeOfficeError, loadNames, type FakeContext } from './core';
import { isEmptyCell, type Area, type FakeSheet } from './model';
import { FakeRange, FakeRangeAreas, type Target } from './range';

const WHOLE_SHEET: Area = { top: 0, left: 0, bottom: 1048575, right: 16383 };

type SheetRef = () => FakeSheet | null;

export class FakeWorkbook extends FakeObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly comments: FakeCommentCollection | undefined;
  readonly protection: FakeSimple;

  constructor(context: FakeContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.comments = context.book.api.comments
      ? new FakeCommentCollection(context, null)
      : undefined;
    this.protection = new FakeSimple(context, {
      protected: () => context.book.data.structureProtected,
    });
  }

  get readOnly(): boolean {
    return this.get('readOnly');
  }

  /** The active cell: the top-left of the book's selection, or A1 of the active sheet. */
  getActiveCell(): FakeRange {
    this.nav();
    return new FakeRange(this.context, () => {
      const book = this.context.book;
      book.assertFocus('Workbook.getActiveCell', 'InvalidSelection');
      const name = book.selection?.sheet ?? book.data.activeSheet;
      const sheet = book.data.sheets.find((s) => s.name === name);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The active sheet does not exist.');
      const area = parseArea(book.selection?.address ?? 'A1') as Area;
      return {
        sheet,
        areas: [{ top: area.top, left: area.left, bottom: area.top, right: area.left }],
      };
    });
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

  /** Stricter than the troubleshooting page lists: fails too while another workbook has the focus. */
  getActiveWorksheet(): FakeWorksheet {
    this.nav();
    return new FakeWorksheet(this.context, () => {
      this.context.book.assertFocus('WorksheetCollection.getActiveWorksheet', 'InvalidSelection');
      return this.find(this.context.book.data.activeSheet);
    });
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue(
      'write',
      () => {
        const data = this.context.book.data;
        this.context.book.assertFocus('WorksheetCollection.add', 'GeneralException');
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
  /** Undefined where the host's Office.js has no notes (see FakeApi), as there. */
  readonly notes: FakeNoteCollection | undefined;
  readonly comments: FakeCommentCollection | undefined;

  constructor(
    context: FakeContext,
    private readonly ref: SheetRef,
    private readonly nullable = false,
  ) {
    super(context);
    this.protection = new FakeSimple(context, { protected: () => this.sheet().protected });
    const api = context.book.api;
    this.notes = api.notes ? new FakeNoteCollection(context, () => this.sheet()) : undefined;
    this.comments = api.comments
      ? new FakeCommentCollection(context, () => this.sheet())
      : undefined;
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
      this.context.book.assertFocus('Worksheet.activate', 'GeneralException');
      this.context.book.data.activeSheet = this.sheet().name;
    });
  }

  /** Deletes the sheet, its comments with it (the workbook keeps at least one visible sheet). */
  delete(): void {
    this.context.enqueue('write', () => {
      const book = this.context.book;
      book.assertFocus('Worksheet.delete', 'InvalidSelection');
      const s = this.sheet();
      const data = book.data;
      if (data.readOnly || data.structureProtected)
        throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      const visible = data.sheets.filter((x) => x !== s && x.visibility === 'Visible');
      if (visible.length === 0)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one visible sheet.');
      data.sheets.splice(data.sheets.indexOf(s), 1);
      data.comments = data.comments.filter((c) => c.sheet !== s.name);
      if (data.activeSheet === s.name) data.activeSheet = (visible[0] as FakeSheet).name;
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
      this.context.book.assertAddressList(text);
      const areas = text.split(/[,;]/).map((piece) => {
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
      const g = s.generated;
      if (g && g.rows > 0 && g.columns > 0) {
        const last = { bottom: g.rows - 1, right: g.columns - 1 };
        area = area
          ? {
              top: 0,
              left: 0,
              bottom: Math.max(area.bottom, last.bottom),
              right: Math.max(area.right, last.right),
            }
          : { top: 0, left: 0, ...last };
      }
      return area ? { sheet: s, areas: [area] } : null;
    });
  }
}
