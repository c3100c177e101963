/**
 * A fake Excel workbook for adapter tests: `book.run` stands in for
 * `Excel.run`, `book.runs` keeps each run's syncs, and helpers set up and
 * inspect cells, fills and notes. `persist()` and `FakeBook.reopen()` model
 * saving, closing and opening the file: only what a file keeps survives.
 */
import { parseArea } from './a1';
import { FakeContext, type SyncRecord } from './core';
import {
  cellKeyOf,
  emptyCell,
  NO_FILL,
  type FakeCell,
  type FakeFill,
  type FakeSheet,
  type FakeWorkbookData,
  type PersistedWorkbook,
} from './model';
import { cellAt } from './range';
import { FakeWorkbook } from './sheet';

export interface Limits {
  maxAddressChars: number;
  maxPayloadBytes: number;
  maxCellsPerRead: number;
}

export const EXCEL_LIMITS: Readonly<Limits> = Object.freeze({
  maxAddressChars: 8192,
  maxPayloadBytes: 5 * 1024 * 1024,
  maxCellsPerRead: 5_000_000,
});

type Seed = number | string | boolean | null | Partial<FakeCell>;

export class FakeBook {
  editMode = false;
  selection: { sheet: string; address: string } | null = null;
  readonly runs: SyncRecord[][] = [];
  /** Every address string the add-in passed, after truncation (to prove chunking). */
  readonly addressLengths: number[] = [];
  limits: Limits = { ...EXCEL_LIMITS };

  constructor(public data: FakeWorkbookData) {}

  static create(sheets: Record<string, Seed[][]>, origin = { row: 0, col: 0 }): FakeBook {
    const names = Object.keys(sheets);
    const book = new FakeBook({
      sheets: [],
      activeSheet: names[0] ?? 'Sheet1',
      readOnly: false,
      structureProtected: false,
      comments: [],
      nextId: 1,
    });
    for (const name of names) {
      const sheet = book.addSheet(name);
      (sheets[name] ?? []).forEach((row, r) =>
        row.forEach((seed, c) => {
          if (seed !== null) sheet.cells[cellKeyOf(origin.row + r, origin.col + c)] = toCell(seed);
        }),
      );
    }
    return book;
  }

  static reopen(saved: PersistedWorkbook): FakeBook {
    return new FakeBook(JSON.parse(JSON.stringify(saved)) as FakeWorkbookData);
  }

  persist(): PersistedWorkbook {
    return JSON.parse(JSON.stringify(this.data)) as PersistedWorkbook;
  }

  /** Stands in for `Excel.run`. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    (context as unknown as { workbook: FakeWorkbook }).workbook = new FakeWorkbook(context);
    this.runs.push(context.syncs);
    return batch(context as unknown as Excel.RequestContext);
  };

  get lastRun(): SyncRecord[] {
    return this.runs[this.runs.length - 1] ?? [];
  }

  truncate(address: string): string {
    this.addressLengths.push(address.length);
    // Excel cuts longer address strings without an error.
    return address.slice(0, this.limits.maxAddressChars);
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      visibility: 'Visible',
      protected: false,
      cells: {},
      merges: [],
      notes: {},
    };
    this.data.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.data.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeCell {
    const a = parseArea(address);
    if (!a) throw new Error(`fake: bad address ${address}`);
    return cellAt(this.sheet(sheet), a.top, a.left) ?? emptyCell();
  }

  setCell(sheet: string, address: string, seed: Seed): void {
    const a = parseArea(address);
    if (!a) throw new Error(`fake: bad address ${address}`);
    const s = this.sheet(sheet);
    const key = cellKeyOf(a.top, a.left);
    s.cells[key] = { ...(s.cells[key] ?? emptyCell()), ...toCell(seed) };
  }

  fill(sheet: string, address: string): FakeFill {
    return { ...this.cell(sheet, address).fill };
  }

  setFill(sheet: string, address: string, fill: Partial<FakeFill>): void {
    const a = parseArea(address);
    if (!a) throw new Error(`fake: bad address ${address}`);
    const s = this.sheet(sheet);
    const key = cellKeyOf(a.top, a.left);
    const cell = s.cells[key] ?? emptyCell();
    cell.fill = { ...NO_FILL, ...fill };
    s.cells[key] = cell;
  }

  /** Every cell's fill on a sheet, keyed by position: to compare a whole sheet before and after. */
  fills(sheet: string): Record<string, FakeFill> {
    const out: Record<string, FakeFill> = {};
    for (const [k, c] of Object.entries(this.sheet(sheet).cells))
      if (c.fill.pattern !== 'None') out[k] = { ...c.fill };
    return out;
  }
}

function toCell(seed: Seed): FakeCell {
  if (seed !== null && typeof seed === 'object') return { ...emptyCell(), ...seed };
  return { ...emptyCell(), value: seed };
}
