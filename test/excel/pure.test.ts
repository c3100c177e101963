/** The adapter's pure parts: address chunks, read plans, merged-area parsing, state records. */
import { chunkAddresses } from '../../src/excel/addresses';
import { SAFE_ADDRESS_AREAS, SAFE_ADDRESS_CHARS } from '../../src/excel/limits';
import { planReads } from '../../src/excel/readPlan';
import { asText } from '../../src/excel/reviewActions';
import { parseAreas } from '../../src/excel/snapshotGrid';
import { parseState, stateRows } from '../../src/excel/stateFormat';

describe('chunkAddresses', () => {
  it('keeps every list under the limit without splitting an address, and loses no cell', () => {
    const cells = Array.from({ length: 5000 }, (_, i) => `D${i + 1}`);
    const chunks = chunkAddresses(cells, 100);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(100);
    expect(chunks.flatMap((c) => c.split(','))).toEqual(cells);
  });

  it('keeps a margin under the limits getRanges has failed at (about 8,000 characters, 500 areas)', () => {
    const cells = Array.from({ length: 5000 }, (_, i) => `XFA${i + 100_000}`);
    const chunks = chunkAddresses(cells);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(SAFE_ADDRESS_CHARS);
      expect(c.split(',').length).toBeLessThanOrEqual(SAFE_ADDRESS_AREAS);
    }
    expect(SAFE_ADDRESS_CHARS).toBeLessThanOrEqual(8000 / 2);
    expect(SAFE_ADDRESS_AREAS).toBeLessThanOrEqual(500 / 2);
    expect(chunks.flatMap((c) => c.split(','))).toHaveLength(5000);
    const short = chunkAddresses(Array.from({ length: 600 }, (_, i) => `A${i + 1}`));
    expect(short.map((c) => c.split(',').length)).toEqual([250, 250, 100]);
  });

  it('sorts by row then column and drops duplicates', () => {
    expect(chunkAddresses(['B2', 'AA1', 'A10', 'B2', 'C1'])).toEqual(['C1,AA1,B2,A10']);
  });
});

describe('planReads', () => {
  it('puts a workbook under the budget in one batch, however many sheets', () => {
    const plan = planReads([
      { name: 'A', rowIndex: 0, columnIndex: 0, rowCount: 10_000, columnCount: 5 },
      { name: 'B', rowIndex: 3, columnIndex: 2, rowCount: 100, columnCount: 4 },
    ]);
    expect(plan).toHaveLength(1);
  });

  it('splits into whole-row blocks within the budget, covering every row once', () => {
    const plan = planReads(
      [{ name: 'A', rowIndex: 5, columnIndex: 1, rowCount: 1000, columnCount: 7 }],
      700,
    );
    expect(
      plan.every((batch) => batch.reduce((n, b) => n + b.rowCount * b.columnCount, 0) <= 700),
    ).toBe(true);
    const rows = plan
      .flat()
      .flatMap((b) => Array.from({ length: b.rowCount }, (_, i) => b.rowIndex + i));
    expect(rows).toEqual(Array.from({ length: 1000 }, (_, i) => 5 + i));
  });

  it('still reads a row wider than the budget, one row at a time', () => {
    const plan = planReads(
      [{ name: 'A', rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 50 }],
      10,
    );
    expect(plan.map((b) => b.map((x) => x.rowCount))).toEqual([[1], [1], [1]]);
  });
});

describe('parseAreas', () => {
  it('reads RangeAreas addresses with plain and quoted sheet names', () => {
    expect(parseAreas("Sheet1!A1:C1, 'My, sheet'!$B$3:$B$5,D7")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 6, left: 3, bottom: 6, right: 3 },
    ]);
    expect(parseAreas(null)).toEqual([]);
  });
});

describe('state records', () => {
  it('round-trip, and keep rows of unknown kinds verbatim', () => {
    const rows = [
      [
        'fill',
        JSON.stringify({
          sheet: 'S',
          cell: 'D14',
          original: {
            color: '#FFFFFF',
            pattern: 'None',
            tintAndShade: 0,
            patternColor: null,
            patternTintAndShade: null,
          },
          highlight: '#FFC7CE',
        }),
      ],
      ['note', JSON.stringify({ sheet: 'S', cell: 'D14', kind: 'note', content: '[검산] x' })],
      [
        'acceptance',
        JSON.stringify({
          sheet: 'S',
          cell: 'D14',
          rule: 'product',
          actual: 61000,
          at: '2024-01-01T00:00:00.000Z',
        }),
      ],
      ['template', '{"future":true}'],
      ['fill', 'not json'],
    ];
    const state = parseState(rows);
    expect(state.fills).toHaveLength(1);
    expect(state.notes).toHaveLength(1);
    expect(state.acceptances).toEqual([
      { sheet: 'S', cell: 'D14', rule: 'product', actual: 61000, at: '2024-01-01T00:00:00.000Z' },
    ]);
    expect(stateRows(state)).toEqual(rows);
  });
});

describe('asText', () => {
  it('guards text that Excel would read as a number or a formula', () => {
    expect(asText('60,000')).toBe("'60,000");
    expect(asText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(asText('-2,590')).toBe("'-2,590");
    expect(asText('△2,590')).toBe('△2,590');
    expect(asText('60,000천원')).toBe('60,000천원');
  });
});
