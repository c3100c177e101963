/** Packing work into syncs under the payload limit, and the order of a write. Pure parts. */
import { inChunks, packChunks } from '../../src/excel/chunks';
import { HIGHLIGHT } from '../../src/excel/fill';
import { planMarks, type MarkPlan } from '../../src/excel/marks';
import { EMPTY_STATE, type WorkbookState } from '../../src/excel/stateFormat';
import { planWrites } from '../../src/excel/writeMarks';

const tooLarge = () =>
  Object.assign(new Error('too large'), { code: 'RequestPayloadSizeLimitExceeded' });

describe('packChunks', () => {
  it('keeps the order, fills each chunk up to the budget, and puts an item larger than it alone', () => {
    expect(packChunks([3, 3, 3, 9, 1, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1, 1]]);
    expect(packChunks([], (n: number) => n, 6)).toEqual([]);
  });
});

describe('inChunks', () => {
  it('halves a chunk Excel refuses as too large and retries it, in order', async () => {
    const synced: number[][] = [];
    const n = await inChunks(
      [1, 2, 3, 4],
      () => 1,
      async (chunk) => {
        if (chunk.length > 1 && chunk.includes(1)) throw tooLarge();
        synced.push([...chunk]);
      },
      { budget: 10 },
    );
    expect(synced).toEqual([[1], [2], [3, 4]]);
    expect(n).toBe(3);
  });

  it('gives up on a single item Excel refuses, and passes other errors on at once', async () => {
    await expect(
      inChunks(
        [1],
        () => 1,
        async () => Promise.reject(tooLarge()),
      ),
    ).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    let calls = 0;
    await expect(
      inChunks(
        [1, 2],
        () => 1,
        async () => {
          calls += 1;
          throw new Error('AccessDenied');
        },
      ),
    ).rejects.toThrow('AccessDenied');
    expect(calls).toBe(1);
  });

  it('stops between chunks when cancelled, reporting progress after each', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = inChunks(
      [1, 2, 3],
      () => 1,
      async (chunk) => void seen.push(String(chunk)),
      {
        budget: 1,
        signal: controller.signal,
        onChunk: (p) => {
          seen.push(`${p.done}/${p.total}`);
          if (p.done === 1) controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['1', '1/3']);
  });
});

describe('planWrites', () => {
  const fill = {
    color: '#FFFFFF',
    pattern: 'None',
    tintAndShade: null,
    patternColor: null,
    patternTintAndShade: null,
  };
  const recordFor = (cell: string, highlight: string = HIGHLIGHT.error) => ({
    sheet: 'S',
    cell,
    original: fill,
    highlight,
  });
  const plan = (state: WorkbookState, extra: Partial<MarkPlan> = {}): MarkPlan => ({
    restore: [],
    paint: [],
    addNotes: [],
    updateNotes: [],
    deleteNotes: [],
    unannotated: [],
    state,
    ...extra,
  });

  it('writes the new records before any mark, and nothing more when no old record is stale', () => {
    const state = { ...EMPTY_STATE, fills: [recordFor('D2'), recordFor('D3')] };
    const ops = planWrites(
      plan(state, {
        paint: [
          { sheet: 'S', cell: 'D2', colour: HIGHLIGHT.error },
          { sheet: 'S', cell: 'D3', colour: HIGHLIGHT.error },
        ],
      }),
      { state: EMPTY_STATE, exists: false, end: 0 },
      'none',
    );
    const kinds = ops.map((o) => o.state);
    expect(kinds.indexOf(false)).toBeGreaterThan(kinds.lastIndexOf(true)); // records (and the sheet) first
    expect(kinds.filter((k) => k)).toHaveLength(2); // create the sheet, one block of rows
  });

  it('with stale records: records, marks, then the final records appended and the old rows deleted', () => {
    const old = { ...EMPTY_STATE, fills: [recordFor('D2'), recordFor('D3')] };
    const final = { ...EMPTY_STATE, fills: [recordFor('D3', HIGHLIGHT.warning)] };
    const ops = planWrites(
      plan(final, {
        restore: [{ sheet: 'S', cell: 'D2', fill }],
        paint: [{ sheet: 'S', cell: 'D3', colour: HIGHLIGHT.warning }],
      }),
      { state: old, exists: true, end: 2 },
      'none',
    );
    expect(ops.map((o) => (o.state ? 'state' : 'mark'))).toEqual([
      'state',
      'mark',
      'mark',
      'state',
      'state',
    ]);
  });
});

describe('planMarks after an interrupted write (old and new records side by side)', () => {
  const plain = {
    color: '#FFFFFF',
    pattern: 'None',
    tintAndShade: null,
    patternColor: null,
    patternTintAndShade: null,
  };
  const yellow = { ...plain, color: '#FFFF00', pattern: 'Solid' };
  const shows = (colour: string) => ({ ...plain, color: colour, pattern: 'Solid' });
  const state = {
    ...EMPTY_STATE,
    fills: [
      { sheet: 'S', cell: 'D3', original: plain, highlight: HIGHLIGHT.error },
      { sheet: 'S', cell: 'D3', original: yellow, highlight: HIGHLIGHT.warning },
    ],
  };
  const probe = (colour: string) => ({
    fills: new Map([['S!D3', shows(colour)]]),
    notes: new Map(),
    foreign: new Set<string>(),
  });

  it('restores the original of the record whose highlight the cell shows', () => {
    const all = () => true;
    expect(planMarks(state, [], all, probe(HIGHLIGHT.warning), 'none').restore).toEqual([
      { sheet: 'S', cell: 'D3', fill: yellow },
    ]);
    expect(planMarks(state, [], all, probe(HIGHLIGHT.error), 'none').restore).toEqual([
      { sheet: 'S', cell: 'D3', fill: plain },
    ]);
  });

  it('keeps that original when the cell is marked again, in one record', () => {
    const target = { sheet: 'S', cell: 'D3', severity: 'error' as const, note: 'n' };
    const plan = planMarks(state, [target], () => true, probe(HIGHLIGHT.error), 'none');
    expect(plan.state.fills).toEqual([
      { sheet: 'S', cell: 'D3', original: plain, highlight: HIGHLIGHT.error },
    ]);
  });
});
