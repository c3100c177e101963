/**
 * The page's snapshot cache (src/web/book/sheetReads.ts): a small sheet is read at
 * once; a large one in slices, one reading shared by everyone waiting; a waiter's
 * Cancel stops only its wait; a change during a reading starts it again; a Fix
 * patches the cells it changed instead of reading the sheet again, and whatever
 * is handed out always equals a fresh `snapshotSheet` of the sheet as it is now.
 * The slices wait on a gate the test opens, so every interleaving is deliberate.
 */
import { Workbook, type Worksheet } from 'exceljs';
import type { SheetSnapshot } from '../../src/engine/snapshot';
import { snapshotSheet } from '../../src/file/workbookReading';
import { openBook } from '../../src/web/book/openBook';
import { READ_AT_ONCE_ROWS, SheetReads } from '../../src/web/book/sheetReads';
import { WebHost } from '../../src/web/host/webHost';
import { ERRORS, hostOn } from '../web/support';

/** Pauses that wait until the test lets them go. */
class Gate {
  private waiting: (() => void)[] = [];
  pauses = 0;
  readonly pause = (): Promise<void> =>
    new Promise((resolve) => {
      this.pauses++;
      this.waiting.push(resolve);
    });
  /** Readings held at a pause now. */
  get held(): number {
    return this.waiting.length;
  }
  /** Lets the held slices go on; returns once they have run up to their next pause (or ended). */
  async step(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    for (const go of waiting) go();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function settle<T>(gate: Gate, promise: Promise<T>): Promise<T> {
  let done = false;
  const watched = promise.finally(() => {
    done = true;
  });
  watched.catch(() => undefined);
  for (let i = 0; i < 10_000 && !done; i++) await gate.step();
  return watched;
}

const LARGE_ROWS = READ_AT_ONCE_ROWS + 500;

function books() {
  const wb = new Workbook();
  const small = wb.addWorksheet('small');
  small.getCell('B2').value = '항목';
  small.getCell('C2').value = '금액';
  small.getCell('B3').value = '인건비';
  small.getCell('C3').value = 1200;
  small.getCell('C3').numFmt = '#,##0';
  small.getCell('B4').value = '운영비';
  small.getCell('C4').value = 800;
  small.getCell('C5').value = { formula: 'C3+C4', result: 2000 };
  const large = wb.addWorksheet('large');
  for (let r = 1; r <= LARGE_ROWS; r++) {
    large.getCell(r, 1).value = `항목 ${r}`;
    large.getCell(r, 2).value = r * 1000;
  }
  return { small, large };
}

function setup(sheets: Worksheet[]) {
  const gate = new Gate();
  let t = 0;
  const ready: string[] = [];
  const reads = new SheetReads({
    sheet: (name) => sheets.find((s) => s.name === name),
    onRead: (name) => ready.push(name),
    // A pause about every 400 rows: a handful of slices in each pass over the large sheet.
    slices: { sliceMs: 400, clock: () => t++, pause: gate.pause },
  });
  return { reads, gate, ready };
}

const isAbort = { name: 'AbortError' };

describe('SheetReads', () => {
  it('reads a small sheet at once and keeps it until it changes', async () => {
    const { small } = books();
    const { reads, gate } = setup([small]);
    expect(reads.readsInSlices('small')).toBe(false);
    const first = await reads.read('small');
    expect(first).toStrictEqual(snapshotSheet(small));
    expect(gate.pauses).toBe(0);
    expect(await reads.read('small')).toBe(first);
    expect(reads.now('small')).toBe(first);
    expect(await reads.read('none')).toBeUndefined();
  });

  it('reads a large sheet in slices, one reading shared by two waiters', async () => {
    const { large } = books();
    const { reads, gate, ready } = setup([large]);
    expect(reads.readsInSlices('large')).toBe(true);
    const progress: [number, number][] = [];
    const a = reads.read('large', { onProgress: (done, total) => progress.push([done, total]) });
    const b = reads.read('large');
    expect(reads.reading('large')).toBe(true);
    expect(gate.held).toBe(1); // one reading, not two
    const [sa, sb] = await Promise.all([settle(gate, a), settle(gate, b)]);
    expect(sa).toBe(sb);
    expect(sa).toStrictEqual(snapshotSheet(large));
    expect(gate.pauses).toBeGreaterThan(4);
    expect(ready).toEqual(['large']);
    expect(reads.reading('large')).toBe(false);
    expect(reads.current('large')).toBe(sa);
    expect(progress.every(([, total]) => total === LARGE_ROWS)).toBe(true);
    expect(Math.max(...progress.map(([done]) => done))).toBeGreaterThan(LARGE_ROWS / 2);
    // Kept: the next read is answered at once.
    const pauses = gate.pauses;
    expect(await reads.read('large')).toBe(sa);
    expect(gate.pauses).toBe(pauses);
  });

  it('stops only the waiter that cancels; the other still gets the whole sheet', async () => {
    const { large } = books();
    const { reads, gate } = setup([large]);
    const controller = new AbortController();
    const a = reads.read('large', { signal: controller.signal });
    const b = reads.read('large');
    await gate.step();
    await gate.step();
    controller.abort();
    await expect(a).rejects.toMatchObject(isAbort);
    expect(reads.reading('large')).toBe(true);
    expect(await settle(gate, b)).toStrictEqual(snapshotSheet(large));
  });

  it('stops the reading when its last waiter cancels, and reads anew when asked again', async () => {
    const { large } = books();
    const { reads, gate, ready } = setup([large]);
    const controller = new AbortController();
    const a = reads.read('large', { signal: controller.signal });
    await gate.step();
    controller.abort();
    await expect(a).rejects.toMatchObject(isAbort);
    expect(reads.reading('large')).toBe(false);
    await gate.step(); // the held slice goes on only to find it was stopped
    expect(gate.held).toBe(0);
    expect(reads.current('large')).toBeUndefined();
    expect(ready).toEqual([]);
    await expect(reads.read('large', { signal: AbortSignal.abort() })).rejects.toMatchObject(
      isAbort,
    );
    expect(await settle(gate, reads.read('large'))).toStrictEqual(snapshotSheet(large));
  });

  it('starts a reading again when the sheet changes under it, so no row read before the change is kept', async () => {
    const { large } = books();
    const { reads, gate } = setup([large]);
    let read = 0;
    const a = reads.read('large', { onProgress: (done) => (read = done) });
    while (read < 1000) await gate.step();
    // Rows already read move: the first row now holds what the second held.
    large.spliceRows(1, 1);
    reads.invalidate(['large']);
    expect(reads.reading('large')).toBe(true);
    const snapshot = await settle(gate, a);
    expect(snapshot?.values[0]).toEqual(['항목 2', 2000]);
    expect(snapshot).toStrictEqual(snapshotSheet(large));
    expect(reads.current('large')).toBe(snapshot);
  });

  it('answers the waiters of a reading with a snapshot read at once meanwhile', async () => {
    const { large } = books();
    const { reads, gate } = setup([large]);
    const a = reads.read('large');
    await gate.step();
    const now = reads.now('large');
    expect(await a).toBe(now);
    expect(reads.reading('large')).toBe(false);
    await gate.step();
    expect(reads.current('large')).toBe(now);
  });

  it('patches exactly the changed cells into a copy; snapshots handed out earlier stay as they were', async () => {
    const { small } = books();
    const { reads, gate } = setup([small]);
    const before = (await reads.read('small')) as SheetSnapshot;
    const copy = structuredClone(before);
    small.getCell('C3').value = 1300;
    small.getCell('C5').value = { formula: 'C3+C4', result: 2100 };
    reads.patch([
      { sheet: 'small', row: 3, col: 3 },
      { sheet: 'small', row: 5, col: 3 },
    ]);
    const after = reads.current('small');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(before).toStrictEqual(copy);
    expect(after).toStrictEqual(snapshotSheet(small));
    expect(after?.texts[1]?.[1]).toBe('1,300'); // C3 (origin B2), in its number format
    expect(after?.values[3]?.[1]).toBe(2100);
    // Rows without a change are shared, changed rows are new.
    expect(after?.values[0]).toBe(before.values[0]);
    expect(after?.values[2]).toBe(before.values[2]);
    expect(after?.values[1]).not.toBe(before.values[1]);
    expect(after?.formulas?.[3]).not.toBe(before.formulas?.[3]);
    expect(gate.pauses).toBe(0);
  });

  it('patches a large sheet without reading it again', async () => {
    const { large } = books();
    const { reads, gate } = setup([large]);
    const before = await settle(gate, reads.read('large'));
    const pauses = gate.pauses;
    large.getCell(2000, 2).value = 7;
    reads.patch([{ sheet: 'large', row: 2000, col: 2 }]);
    expect(reads.readsInSlices('large')).toBe(false);
    expect(reads.reading('large')).toBe(false);
    const after = await reads.read('large');
    expect(gate.pauses).toBe(pauses);
    expect(after).not.toBe(before);
    expect(after?.values[1999]).toEqual(['항목 2000', 7]);
    expect(before?.values[1999]).toEqual(['항목 2000', 2000000]);
  });

  it('reads the sheet again when a changed cell lies outside the snapshot or was emptied', async () => {
    const { small } = books();
    const { reads } = setup([small]);
    const before = reads.now('small');
    small.getCell('E9').value = 5;
    reads.patch([{ sheet: 'small', row: 9, col: 5 }]);
    expect(reads.current('small')).toBeUndefined();
    expect(reads.latest('small')).toBe(before); // what the grid shows meanwhile
    const grown = await reads.read('small');
    expect(grown).toStrictEqual(snapshotSheet(small));
    expect(grown?.values).toHaveLength(8);

    // Emptying the last row's only cell shrinks the used range: only a new reading gets it right.
    small.getCell('E9').value = null;
    reads.patch([{ sheet: 'small', row: 9, col: 5 }]);
    expect(reads.current('small')).toBeUndefined();
    const shrunk = await reads.read('small');
    expect(shrunk).toStrictEqual(snapshotSheet(small));
    expect(shrunk?.values).toHaveLength(4);
  });

  it('reads again, rather than patching, a sheet with no current snapshot or a reading under way', async () => {
    const { large } = books();
    const { reads, gate } = setup([large]);
    const a = reads.read('large');
    let read = 0;
    const b = reads.read('large', { onProgress: (done) => (read = done) });
    while (read < 600) await gate.step();
    large.getCell(3, 2).value = -1;
    reads.patch([{ sheet: 'large', row: 3, col: 2 }]);
    const [sa, sb] = await Promise.all([settle(gate, a), settle(gate, b)]);
    expect(sa).toBe(sb);
    expect(sa?.values[2]).toEqual(['항목 3', -1]);
    expect(sa).toStrictEqual(snapshotSheet(large));
  });

  it('answers undefined to the waiters of a sheet that is gone', async () => {
    const { large } = books();
    const sheets = [large];
    const { reads, gate } = setup(sheets);
    const a = reads.read('large');
    await gate.step();
    sheets.pop();
    reads.invalidate(['large']);
    expect(await settle(gate, a)).toBeUndefined();
  });
});

describe('WebHost over the snapshot cache', () => {
  const SHEET = '사업설명서';

  it('after a Fix, verifies the patched snapshot without reading the sheet again and finds what a new reading finds', async () => {
    // A formula that follows the fixed cell: Fix recomputes it and the snapshot must take its new result.
    const { host, session } = await hostOn(ERRORS, (wb) => {
      wb.getWorksheet(SHEET)!.getCell('L29').value = { formula: 'D29', result: '61,000천원' };
    });
    const sheet = session.sheet(SHEET)!;
    const first = await host.verify('workbook', { language: 'ko' });
    const read = session.reads.current(SHEET);
    expect(read).toBeDefined();
    const d29 = first.findings.find((f) => f.cell === 'D29');
    await host.fix(d29!);

    const patched = session.reads.current(SHEET);
    expect(patched).toBeDefined();
    expect(patched).not.toBe(read);
    expect(patched).toStrictEqual(snapshotSheet(sheet));
    const at = (s: SheetSnapshot | undefined, row: number, col: number) =>
      s?.texts[row - (s.origin?.row ?? 0)]?.[col - (s.origin?.col ?? 0)];
    expect(at(patched, 28, 3)).toBe('60,000천원'); // D29
    expect(at(patched, 28, 11)).toBe('60,000천원'); // L29, recomputed
    expect(at(read, 28, 3)).toBe('61,000천원');

    const again = await host.verify('workbook', { language: 'ko' });
    expect(session.reads.current(SHEET)).toBe(patched); // not read again
    expect(again.findings.map((f) => f.cell)).not.toContain('D29');
    expect(again.findings.length).toBe(first.findings.length - 1);

    session.changed([SHEET]);
    const reread = await host.verify('workbook', { language: 'ko' });
    expect(session.reads.current(SHEET)).not.toBe(patched);
    expect(reread.findings).toEqual(again.findings);
  });

  it('counts the read stage in rows while a large sheet has to be read, in sheets once it is kept', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('큰 시트');
    for (let r = 1; r <= LARGE_ROWS; r++) ws.getCell(r, 1).value = r;
    const session = await openBook(new Uint8Array(await wb.xlsx.writeBuffer()), 'large.xlsx');
    const host = new WebHost(session, { browserLanguage: 'ko-KR' });
    const stages = async () => {
      const read: string[] = [];
      await host.verify('workbook', {
        language: 'ko',
        onProgress: (p) => {
          if (p.stage === 'read') read.push(`${p.done}/${p.total}`);
        },
      });
      return read;
    };
    const first = await stages();
    expect(first[0]).toBe(`0/${LARGE_ROWS}`);
    expect(first.every((p) => p.endsWith(`/${LARGE_ROWS}`))).toBe(true);
    expect(await stages()).toEqual(['0/1']);
  });
});
