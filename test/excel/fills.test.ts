/**
 * Fills in every shape Excel reports them (issue 12): no pattern and no tints
 * for "no fill", a theme colour read as the colour shown with its tint beside
 * it; restored as they were shown, never tinted twice.
 */
import { HIGHLIGHT, readFill, showsHighlight } from '../../src/excel/fill';
import { FakeBook } from './fake/book';
import { budgetRows, hostFor, verifyKo } from './helpers';

describe('readFill', () => {
  const reading = {
    color: '#FFFFFF',
    pattern: null,
    tintAndShade: null,
    patternColor: null,
    patternTintAndShade: null,
  };

  it('takes no pattern and no tint on white for "no fill"', () => {
    expect(readFill(reading)).toMatchObject({ pattern: 'None', tintAndShade: null });
    expect(readFill({ ...reading, pattern: 'None', tintAndShade: 0 }).pattern).toBe('None');
  });

  it('takes no pattern on a colour for that colour, solid', () => {
    expect(readFill({ ...reading, color: '#ffc7ce' })).toMatchObject({
      color: '#FFC7CE',
      pattern: 'Solid',
    });
    expect(showsHighlight(readFill({ ...reading, color: HIGHLIGHT.error }), HIGHLIGHT.error)).toBe(
      true,
    );
  });

  it('keeps a white fill white, a tint as read, and a pattern with its colour', () => {
    expect(readFill({ ...reading, pattern: 'Solid', tintAndShade: 0 }).pattern).toBe('Solid');
    expect(
      readFill({ ...reading, color: '#DDEBF7', pattern: 'Solid', tintAndShade: 0.8 }),
    ).toMatchObject({
      color: '#DDEBF7',
      tintAndShade: 0.8,
    });
    expect(
      readFill({ ...reading, pattern: 'Gray25', patternColor: '#ff0000', tintAndShade: 0 }),
    ).toMatchObject({ pattern: 'Gray25', patternColor: '#FF0000' });
  });
});

describe('Clear gives back what each cell showed', () => {
  /** Lines 1–5 wrong: D2:D6 flagged, each with another fill. */
  function book(): FakeBook {
    const b = FakeBook.create({ Sheet1: budgetRows(6, 1) });
    b.setFill('Sheet1', 'D3', { color: '#FFFFFF', pattern: 'Solid' }); // white, not "no fill"
    b.setFill('Sheet1', 'D4', { color: '#DDEBF7', pattern: 'Solid', tintAndShade: 0.8 }); // Blue, lighter 80%
    b.setFill('Sheet1', 'D5', { color: '#FFFFFF', pattern: 'Gray25', patternColor: '#FF0000' });
    b.setFill('Sheet1', 'D6', {
      color: '#C65911',
      pattern: 'LightUp',
      tintAndShade: -0.25,
      patternColor: '#9BC2E6',
      patternTintAndShade: 0.4,
    });
    return b;
  }

  it('no fill, white, a theme tint and patterns: the colours shown, the tint not applied twice', async () => {
    const b = book();
    const before = b.fills('Sheet1');
    const host = hostFor(b);
    await host.verify('workbook', verifyKo);
    expect(b.fill('Sheet1', 'D4')).toMatchObject({ color: HIGHLIGHT.error, pattern: 'Solid' });
    await host.clear();
    expect(b.fills('Sheet1')).toEqual(before);
    expect(b.fill('Sheet1', 'D4').color).toBe('#DDEBF7');
    expect(b.fill('Sheet1', 'D6')).toMatchObject({ color: '#C65911', patternColor: '#9BC2E6' });
    expect(b.cell('Sheet1', 'D2').fill.pattern).toBe('None');
  });

  it('also when Excel reports our own highlight without its pattern', async () => {
    const b = FakeBook.create({ Sheet1: budgetRows(4, 1) });
    b.setFill('Sheet1', 'D3', { color: '#92D050', pattern: 'Solid' });
    const before = b.fills('Sheet1');
    const host = hostFor(b);
    await host.verify('workbook', verifyKo);
    b.quirks.nullPatterns = true; // every reading without pattern and tints from here on
    await host.clear();
    expect(b.fills('Sheet1')).toEqual(before);
  });
});
