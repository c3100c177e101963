/** Range, RangeAreas, RangeFormat and RangeFill of the fake. */
import { a1, areaAddress, intersects, parseArea } from './a1';
import { FakeObject, FakeOfficeError, type FakeContext } from './core';
import { FakeRangeFormat } from './fill';
import { insertRows } from './insertRows';
import {
  cellKeyOf,
  emptyCell,
  isEmptyCell,
  NO_FILL,
  renderText,
  type Area,
  type FakeCell,
  type FakeSheet,
} from './model';

/** Where a range proxy points, worked out when the sync runs. */
export interface Target {
  readonly sheet: FakeSheet;
  readonly areas: readonly Area[];
}

export type Resolve = () => Target | null;

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells[cellKeyOf(row, col)] ?? sheet.generated?.cell?.(row, col);
}

export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKeyOf(row, col);
  const existing = sheet.cells[key];
  if (existing) return existing;
  const generated = sheet.generated?.cell?.(row, col);
  // A generated cell may share its fill with others: the stored copy gets its own.
  const created = generated ? { ...generated, fill: { ...generated.fill } } : emptyCell();
  sheet.cells[key] = created;
  return created;
}

function cellCount(areas: readonly Area[]): number {
  return areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
}

export function assertWritable(context: FakeContext, sheet: FakeSheet): void {
  if (context.book.data.readOnly)
    throw new FakeOfficeError('AccessDenied', 'The workbook is read-only.');
  if (sheet.protected)
    throw new FakeOfficeError('AccessDenied', `The sheet '${sheet.name}' is protected.`);
}

abstract class FakeRangeLike extends FakeObject {
  constructor(
    context: FakeContext,
    protected readonly resolve: Resolve,
  ) {
    super(context);
  }

  protected override resolvesToNull(): boolean {
    return this.resolve() === null;
  }

  protected target(): Target {
    const t = this.resolve();
    if (!t) throw new FakeOfficeError('InvalidOperation', 'The object is a null object.');
    return t;
  }

  /** Where the range is, when a sync runs (for methods that take a Range argument). */
  resolveTarget(): Target {
    return this.target();
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => this.target());
  }

  get address(): string {
    return this.get('address');
  }

  protected addressOf(t: Target): string {
    return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${areaAddress(a)}`).join(', ');
  }
}

export class FakeRange extends FakeRangeLike {
  constructor(context: FakeContext, resolve: Resolve) {
    super(context, resolve);
    this.getMergedAreasOrNullObject = context.book.api.mergedAreas ? mergedAreas : undefined;
  }

  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  set values(grid: unknown[][]) {
    this.write(() => this.writeGrid(grid, (cell, v, sheet) => writeValue(cell, v, sheet)), grid);
  }

  /** Formulas are kept as text (`=SUM(D3:D5)`) with no result until a test recomputes them. */
  set formulas(grid: unknown[][]) {
    this.write(() => this.writeGrid(grid, (cell, v, sheet) => writeValue(cell, v, sheet)), grid);
  }

  set numberFormat(grid: unknown[][]) {
    this.write(
      () =>
        this.writeGrid(grid, (cell, v) => {
          if (typeof v === 'string') cell.numberFormat = v;
        }),
      grid,
    );
  }

  protected read(name: string): unknown {
    const { sheet, areas } = this.target();
    const a = areas[0] as Area;
    switch (name) {
      case 'address':
        return this.addressOf({ sheet, areas });
      case 'rowIndex':
        return a.top;
      case 'columnIndex':
        return a.left;
      case 'rowCount':
        return a.bottom - a.top + 1;
      case 'columnCount':
        return a.right - a.left + 1;
      case 'values':
        return this.grid(sheet, a, (c) => c.error ?? c.value ?? '');
      case 'text':
        return this.grid(sheet, a, renderText);
      case 'formulas':
        return this.grid(sheet, a, (c) => c.formula ?? c.error ?? c.value ?? '');
      case 'numberFormat':
        return this.grid(sheet, a, (c) => c.numberFormat);
      case 'valueTypes':
        return this.grid(sheet, a, valueType);
      default:
        throw new Error(`fake: Range.${name} is not modelled`);
    }
  }

  private grid(sheet: FakeSheet, a: Area, pick: (c: FakeCell) => unknown): unknown[][] {
    if (cellCount([a]) > this.context.book.limits.maxCellsPerRead) {
      throw new FakeOfficeError(
        'InvalidOperation',
        'The range has more than five million cells to read.',
      );
    }
    const empty = emptyCell();
    // Generated sheets (hundreds of thousands of rows) skip the stored-cell lookup when none is stored.
    const stored = Object.keys(sheet.cells).length > 0;
    const generate = sheet.generated?.cell;
    const rows: unknown[][] = [];
    for (let r = a.top; r <= a.bottom; r += 1) {
      const row: unknown[] = [];
      for (let c = a.left; c <= a.right; c += 1) {
        const cell = (stored ? sheet.cells[cellKeyOf(r, c)] : undefined) ?? generate?.(r, c);
        row.push(pick(cell ?? empty));
      }
      rows.push(row);
    }
    return rows;
  }

  private writeGrid(
    grid: unknown[][],
    put: (cell: FakeCell, v: unknown, sheet: FakeSheet) => void,
  ): void {
    const { sheet, areas } = this.target();
    const a = areas[0] as Area;
    if (
      grid.length !== a.bottom - a.top + 1 ||
      grid.some((row) => row.length !== a.right - a.left + 1)
    ) {
      throw new FakeOfficeError(
        'InvalidArgument',
        'The number of rows or columns in the input array does not match the range.',
      );
    }
    assertWritable(this.context, sheet);
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) put(ensureCell(sheet, a.top + r, a.left + c), v, sheet);
      }),
    );
  }

  /** Only whole rows shifting down are modelled (what the add-in uses). */
  insert(shift: string): FakeRange {
    this.write(() => {
      const { sheet, areas } = this.target();
      const a = areas[0] as Area;
      if (shift !== 'Down' || a.left !== 0 || a.right !== 16383)
        throw new Error('fake: only whole rows inserted with shift Down are modelled');
      assertWritable(this.context, sheet);
      insertRows(this.context.book.data, sheet, a.top, a.bottom - a.top + 1);
    });
    return new FakeRange(this.context, this.resolve);
  }

  /** Copies number formats and fills (the formats the fake keeps) cell by cell from a range of the same shape. */
  copyFrom(source: FakeRange | string, copyType: string = 'All'): void {
    if (copyType !== 'Formats') throw new Error(`fake: copyFrom ${copyType} is not modelled`);
    const from = typeof source === 'string' ? null : source;
    this.write(() => {
      const { sheet, areas } = this.target();
      const a = areas[0] as Area;
      const src = from ? from.target() : { sheet, areas: [parseArea(source as string) as Area] };
      const b = src.areas[0] as Area;
      if (b.bottom - b.top !== a.bottom - a.top || b.right - b.left !== a.right - a.left)
        throw new FakeOfficeError(
          'InvalidArgument',
          'The source and destination ranges differ in shape.',
        );
      assertWritable(this.context, sheet);
      for (let r = 0; r <= a.bottom - a.top; r += 1) {
        for (let c = 0; c <= a.right - a.left; c += 1) {
          const origin = cellAt(src.sheet, b.top + r, b.left + c) ?? emptyCell();
          const cell = ensureCell(sheet, a.top + r, a.left + c);
          cell.numberFormat = origin.numberFormat;
          cell.fill = { ...origin.fill };
        }
      }
    });
  }

  /** Only whole rows shifting up are modelled (what the add-in does to its records sheet). */
  delete(shift: string): void {
    this.write(() => {
      const { sheet, areas } = this.target();
      const a = areas[0] as Area;
      if (shift !== 'Up' || a.left !== 0 || a.right !== 16383)
        throw new Error('fake: only whole rows deleted with shift Up are modelled');
      if (sheet.merges.length > 0 || Object.keys(sheet.notes).length > 0 || sheet.generated)
        throw new Error(
          'fake: deleting rows of a sheet with merges, notes or generated cells is not modelled',
        );
      assertWritable(this.context, sheet);
      const count = a.bottom - a.top + 1;
      const kept: Record<string, FakeCell> = {};
      for (const [key, cell] of Object.entries(sheet.cells)) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (r < a.top) kept[key] = cell;
        else if (r > a.bottom) kept[cellKeyOf(r - count, c)] = cell;
      }
      sheet.cells = kept;
    });
  }

  /** Absent (undefined) where the host has no ExcelApi 1.13, as getMergedAreasOrNullObject is there. */
  declare getMergedAreasOrNullObject: (() => FakeRangeAreas) | undefined;

  select(): void {
    this.context.enqueue('write', () => {
      this.context.book.assertFocus('Range.select', 'GeneralException');
      const { sheet, areas } = this.target();
      this.context.book.selection = { sheet: sheet.name, address: areaAddress(areas[0] as Area) };
    });
  }

  clear(applyTo: string = 'All'): void {
    this.write(() => {
      const { sheet, areas } = this.target();
      assertWritable(this.context, sheet);
      const a = areas[0] as Area;
      for (const [key, cell] of Object.entries(sheet.cells)) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (r < a.top || r > a.bottom || c < a.left || c > a.right) continue;
        if (applyTo === 'All' || applyTo === 'Contents')
          Object.assign(cell, { value: null, formula: null, error: null, text: null });
        if (applyTo === 'All' || applyTo === 'Formats')
          Object.assign(cell, { fill: { ...NO_FILL }, numberFormat: 'General' });
        if (isEmptyCell(cell) && cell.fill.pattern === 'None' && cell.numberFormat === 'General')
          delete sheet.cells[key];
      }
    });
  }
}

/**
 * Merged areas that intersect the range, each whole. More than the documented
 * 512 in the range and the sync fails ("this method will fail to return the result").
 */
function mergedAreas(this: FakeRange): FakeRangeAreas {
  this.context.enqueue('nav', () => undefined);
  return new FakeRangeAreas(this.context, () => {
    const { sheet, areas } = (this as unknown as { target(): Target }).target();
    const hits = sheet.merges.filter((m) => areas.some((a) => intersects(a, m)));
    if (hits.length > this.context.book.limits.maxMergedAreas)
      throw new FakeOfficeError(
        'GeneralException',
        `The range holds ${hits.length} merged areas, more than getMergedAreasOrNullObject returns.`,
      );
    return hits.length > 0 ? { sheet, areas: hits } : null;
  });
}

export class FakeRangeAreas extends FakeRangeLike {
  get areaCount(): number {
    return this.get('areaCount');
  }

  protected read(name: string): unknown {
    const t = this.target();
    if (name === 'address') return this.addressOf(t);
    if (name === 'areaCount') return t.areas.length;
    throw new Error(`fake: RangeAreas.${name} is not modelled`);
  }
}

function valueType(c: FakeCell): string {
  if (c.error !== null) return 'Error';
  if (c.value === null || c.value === '') return 'Empty';
  if (typeof c.value === 'number') return 'Double';
  if (typeof c.value === 'boolean') return 'Boolean';
  return 'String';
}

/** Excel's parsing of a value written through `range.values`. */
function writeValue(cell: FakeCell, v: unknown, sheet: FakeSheet): void {
  void sheet;
  Object.assign(cell, { text: null, error: null, formula: null });
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
  } else if (typeof v === 'string') {
    if (v === '') cell.value = null;
    else if (v.startsWith("'")) cell.value = v.slice(1);
    else if (v.startsWith('=')) Object.assign(cell, { formula: v, value: null });
    else if (cell.numberFormat !== '@' && /^-?[\d,]*\.?\d+$/.test(v.replace(/,(?=\d{3})/g, ''))) {
      cell.value = Number(v.replace(/,/g, ''));
    } else cell.value = v;
  }
}

export { a1 };
