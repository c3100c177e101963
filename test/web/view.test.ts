/** The grid's pure parts: positions along an axis, colours, the layout of a sheet, keyboard moves. */
import { Workbook } from 'exceljs';
import { Axis } from '../../src/web/view/grid/axis';
import { cssColor, themePalette } from '../../src/web/view/grid/colors';
import { styleCss } from '../../src/web/view/grid/cellStyle';
import { moveSelection } from '../../src/web/view/grid/keys';
import { columnPixels, layoutSheet } from '../../src/web/view/grid/sheetLayout';
import { snapshotSheet } from '../../src/file/workbookReading';

describe('Axis', () => {
  const axis = new Axis([20, 0, 40, 20]);
  it('finds the item at a position by its start, skipping hidden (zero-size) items', () => {
    expect(axis.total).toBe(80);
    expect([0, 19, 20, 59, 60, 500].map((p) => axis.indexAt(p))).toEqual([0, 0, 2, 2, 3, 3]);
    expect(axis.span(0, 2)).toBe(60);
  });
  it('gives the items in view with a margin, within the axis', () => {
    expect(axis.range(25, 50, 1)).toEqual({ first: 1, last: 3 });
    expect(new Axis(new Float64Array(100_000).fill(20)).range(1_000_000, 1_000_700, 2)).toEqual({
      first: 49_998,
      last: 50_036,
    });
  });
});

/** Within one unit per channel: Excel works the tint in integer HLS, which rounds differently. */
function near(actual: string | undefined, expected: string): boolean {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const a = channels(actual ?? '#000000');
  return channels(expected).every((v, i) => Math.abs(v - (a[i] ?? -9)) <= 1);
}

describe('colours', () => {
  const theme = themePalette(undefined);
  it('resolves ARGB, theme colours with tint, and the indexed palette', () => {
    expect(cssColor({ argb: 'FFFFC7CE' }, theme)).toBe('#FFC7CE');
    expect(cssColor({ theme: 4 }, theme)).toBe('#4472C4');
    expect(near(cssColor({ theme: 4, tint: 0.5999 }, theme), '#B4C6E7')).toBe(true); // Excel's "Blue, Accent 1, Lighter 60%"
    expect(near(cssColor({ theme: 0, tint: -0.1499 }, theme), '#D9D9D9')).toBe(true); // "White, Darker 15%"
    expect(cssColor({ indexed: 10 }, theme)).toBe('#FF0000');
    expect(cssColor({ indexed: 64 }, theme)).toBeUndefined(); // system foreground: automatic
  });
  it('reads a workbook theme’s own colours', () => {
    const xml =
      '<a:clrScheme name="X"><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:accent1><a:srgbClr val="00B050"/></a:accent1></a:clrScheme>';
    const palette = themePalette(xml);
    expect(palette[1]).toBe('111111');
    expect(palette[4]).toBe('00B050');
    expect(palette[0]).toBe('FFFFFF');
  });
  it('turns a style into CSS once per style object', () => {
    const style = {
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
      font: { bold: true },
    } as const;
    const css = styleCss(style as never, theme);
    expect(css).toMatchObject({ background: '#D9E1F2', fontWeight: 700 });
    expect(styleCss(style as never, theme)).toBe(css);
  });
});

describe('layoutSheet and moveSelection', () => {
  function sheet() {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = '제목';
    ws.getCell('B3').value = 1200;
    ws.mergeCells('A5:A7');
    ws.getColumn(2).width = 20;
    ws.getRow(4).hidden = true;
    ws.views = [{ state: 'frozen', ySplit: 2 }];
    return ws;
  }

  it('sizes rows and columns as the sheet says, with frozen rows and merged areas', () => {
    const ws = sheet();
    const layout = layoutSheet(ws, snapshotSheet(ws));
    expect(layout.cols.size(1)).toBe(columnPixels(20));
    expect(layout.rows.size(3)).toBe(0);
    expect(layout.frozenRows).toBe(2);
    expect(layout.mergeAt(6, 0)).toEqual({ top: 4, left: 0, bottom: 6, right: 0 });
    expect(layout.text(2, 1)).toBe('1200');
    expect(layout.isNumber(2, 1)).toBe(true);
    expect(layout.rows.count).toBeGreaterThanOrEqual(60);
  });

  it('moves the selection with the keys, a merged area counting as one cell', () => {
    const ws = sheet();
    const layout = layoutSheet(ws, snapshotSheet(ws));
    const from = { sheet: 'S', row: 4, col: 0 };
    expect(moveSelection('ArrowDown', false, from, layout, 10)).toEqual({ row: 7, col: 0 });
    expect(moveSelection('ArrowLeft', false, from, layout, 10)).toEqual({ row: 4, col: 0 });
    expect(moveSelection('ArrowRight', false, from, layout, 10)).toEqual({ row: 4, col: 1 });
    expect(moveSelection('PageUp', false, from, layout, 10)).toEqual({ row: 0, col: 0 });
    expect(moveSelection('x', false, from, layout, 10)).toBeNull();
    expect(moveSelection('ArrowDown', false, null, layout, 10)).toEqual({ row: 0, col: 0 });
  });
});

describe('hidden cells (number format ;;;)', () => {
  function book() {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    const put = (address: string, value: unknown, format: string) => {
      ws.getCell(address).value = value as never;
      ws.getCell(address).numFmt = format;
    };
    put('A1', 1200, ';;;');
    put('A2', '비공개', ';;;');
    put('A3', { formula: 'A1*2', result: 2400 }, ';;;');
    put('A4', '주석', '#,##0;-#,##0;0;"(" @ ")"');
    put('A5', '보임', '#,##0;-#,##0;0');
    return wb;
  }

  it('show nothing in the grid, as Excel shows them, while the engine reads their values', () => {
    const ws = book().getWorksheet('S')!;
    const snapshot = snapshotSheet(ws);
    const layout = layoutSheet(ws, snapshot);
    expect([0, 1, 2, 3, 4].map((r) => layout.text(r, 0))).toEqual(['', '', '', '( 주석 )', '보임']);
    expect(snapshot.values.map((row) => row[0])).toEqual([1200, '비공개', 2400, '주석', '보임']);
  });

  it('leave the snapshot the engine reads as it was: a text figure stays readable', () => {
    const snapshot = snapshotSheet(book().getWorksheet('S')!);
    expect(snapshot.texts.map((row) => row[0])).toEqual(['', '비공개', '', '주석', '보임']);
  });
});
