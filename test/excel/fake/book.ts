/**
 * A fake Excel workbook for adapter tests: `book.run` stands in for
 * `Excel.run`, `book.runs` keeps each run's syncs, and helpers set up and
 * inspect cells, fills and notes. `persist()` and `FakeBook.reopen()` model
 * saving, closing and opening the file: only what a file keeps survives.
 */
import { parseArea } from './a1';
import { FakeContext, FakeOfficeError, type SyncRecord } from './core';
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
  /** Longer address strings are cut at this length without an error (documented). */
  maxAddressChars: number;
  /**
   * An address list longer than this, or with more areas, is refused with
   * InvalidArgument: reported "a little above 8,000 characters / ~500 areas", so
   * the fake refuses from there on (after any truncation).
   */
  refuseAddressChars: number;
  refuseAddressAreas: number;
  maxPayloadBytes: number;
  maxCellsPerRead: number;
  /** getMergedAreasOrNullObject fails on a range holding more merged areas (documented). */
  maxMergedAreas: number;
}

export const EXCEL_LIMITS: Readonly<Limits> = Object.freeze({
  maxAddressChars: 8192,
  refuseAddressChars: 8000,
  refuseAddressAreas: 500,
  maxPayloadBytes: 5 * 1024 * 1024,
  maxCellsPerRead: 5_000_000,
  maxMergedAreas: 512,
});

/**
 * Which APIs the host's Office.js defines. Old builds, and the office.js copied
 * from the npm package, have no notes (ExcelApi 1.18) even where the host reports
 * the set: then `Worksheet.notes` is undefined, as there.
 */
export interface FakeApi {
  notes: boolean;
  comments: boolean;
  mergedAreas: boolean;
}

/**
 * How the fake reports what Excel reports in more than one way. The defaults are
 * the stricter reading of the documentation; `nullPatterns` is a host that
 * misbehaves (every fill reading without its pattern and tints), for the self-test.
 */
export interface FakeQuirks {
  /** The code a sync fails with in cell-edit mode: Excel has been seen to send the generic one. */
  editModeCode: 'InvalidOperation' | 'InvalidOperationInCellEditMode';
  nullPatterns: boolean;
}

type Seed = number | string | boolean | null | Partial<FakeCell>;

export class FakeBook {
  editMode = false;
  selection: { sheet: string; address: string } | null = null;
  readonly runs: SyncRecord[][] = [];
  /** Every address string the add-in passed, after truncation (to prove chunking). */
  readonly addressLengths: number[] = [];
  limits: Limits = { ...EXCEL_LIMITS };
  api: FakeApi = { notes: true, comments: true, mergedAreas: true };
  quirks: FakeQuirks = { editModeCode: 'InvalidOperation', nullPatterns: false };
  /**
   * Another workbook has the focus (Windows, Mac): the APIs Excel's
   * troubleshooting page lists fail with GeneralException or InvalidSelection.
   */
  focusElsewhere = false;
  /**
   * Called before every sync runs, with its number in the run (from 0) and how
   * many writes it holds: a test changes the book mid-run, or throws to fail the sync.
   */
  beforeSync: ((index: number, writes: number) => void) | null = null;

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

  /**
   * Stands in for `Excel.run`, with or without run options: with
   * `delayForCellEdit`, a sync waits while a cell is being edited, as Excel holds
   * the request until the edit ends.
   */
  readonly run = async <T>(
    first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof first === 'function' ? first : second;
    if (!batch) throw new Error('fake: Excel.run without a batch');
    const delay = typeof first === 'object' && first.delayForCellEdit === true;
    const context = new FakeContext(this, delay);
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

  /** Refuses, when the sync runs, an address list near Excel's limit (see Limits). */
  assertAddressList(text: string): void {
    const areas = text.split(/[,;]/).length;
    if (text.length > this.limits.refuseAddressChars || areas > this.limits.refuseAddressAreas)
      throw new FakeOfficeError(
        'InvalidArgument',
        `The argument is invalid or missing or has an incorrect format (${text.length} characters, ${areas} areas).`,
      );
  }

  /** An API that fails while another workbook has the focus (Excel add-ins troubleshooting). */
  assertFocus(api: string, code: 'GeneralException' | 'InvalidSelection'): void {
    if (this.focusElsewhere)
      throw new FakeOfficeError(code, `${api} cannot run while another workbook is active.`);
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

  /**
   * Every filled cell of a sheet as the user sees it, keyed by position: to
   * compare a whole sheet before and after. The colours are those shown (see
   * fill.ts), so the tint numbers Excel reports beside them are left out: a
   * restore writes the colour shown (Office.js cannot set a theme colour), and
   * a colour tinted twice shows here as a different colour. A pattern's colour
   * counts only where there is a pattern.
   */
  fills(sheet: string): Record<string, FakeAppearance> {
    const out: Record<string, FakeAppearance> = {};
    for (const [k, c] of Object.entries(this.sheet(sheet).cells))
      if (c.fill.pattern !== 'None') out[k] = appearance(c.fill);
    return out;
  }
}

function toCell(seed: Seed): FakeCell {
  if (seed !== null && typeof seed === 'object') return { ...emptyCell(), ...seed };
  return { ...emptyCell(), value: seed };
}

/** What a fill looks like: its pattern and the colours it shows. */
export interface FakeAppearance {
  color: string;
  pattern: string;
  patternColor?: string;
}

export function appearance(f: FakeFill): FakeAppearance {
  return f.pattern === 'Solid'
    ? { color: f.color, pattern: f.pattern }
    : { color: f.color, pattern: f.pattern, patternColor: f.patternColor };
}
