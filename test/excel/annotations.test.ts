/**
 * Notes, comments, or neither (issue 12): the kind the host really has, never a
 * failed write because a cell holds the other kind, and the user told.
 */
import { qualifiedAddress } from '../../src/excel/addresses';
import { MAX_SKIPPED } from '../../src/excel/commentRecovery';
import { HIGHLIGHT } from '../../src/excel/fill';
import { FakeBook } from './fake/book';
import { budgetRows, hostFor, verifyKo } from './helpers';

/** Lines 2 and 4 wrong: D3 and D5 flagged. */
const book = () => FakeBook.create({ Sheet1: budgetRows(4, 2) });

describe('a host that declares notes but whose Office.js has none', () => {
  it('verifies with threaded comments instead (sheet-qualified), and Clear removes them', async () => {
    const b = book();
    b.api.notes = false; // ExcelApi 1.18 reported, Worksheet.notes undefined
    const host = hostFor(b, 'note');
    const result = await host.verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(2);
    expect(result.notices ?? []).toEqual([]);
    expect(b.data.comments.map((c) => [c.cell, c.content.slice(0, 4)])).toEqual([
      ['D3', '[검산]'],
      ['D5', '[검산]'],
    ]);
    expect(b.fill('Sheet1', 'D3').color).toBe(HIGHLIGHT.error);
    await host.fix(result.findings[0]!);
    await host.accept(result.findings[1]!);
    await host.clear();
    expect(b.data.comments).toEqual([]);
    expect(b.fills('Sheet1')).toEqual({});
  });

  it('with neither notes nor comments: highlights only, says so, and Clear restores', async () => {
    const b = book();
    b.api.notes = false;
    b.api.comments = false;
    const host = hostFor(b, 'note');
    const result = await host.verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(2);
    expect(result.notices).toEqual([
      { kind: 'notes-unavailable', message: expect.stringContaining('메모와 댓글') },
    ]);
    expect(b.fill('Sheet1', 'D5').color).toBe(HIGHLIGHT.error);
    await host.clear();
    expect(b.fills('Sheet1')).toEqual({});
  });
});

describe('a cell that already holds the other kind', () => {
  it('notes: a cell with a colleague’s threaded comment is highlighted without a note, and the result names it', async () => {
    const b = book();
    b.data.comments.push({ id: 'u1', sheet: 'Sheet1', cell: 'D3', content: '확인 부탁' });
    const host = hostFor(b, 'note');
    const result = await host.verify('workbook', verifyKo);
    expect(result.findings.map((f) => f.cell)).toEqual(['D3', 'D5']);
    expect(result.notices).toEqual([
      { kind: 'notes-skipped', message: expect.stringContaining('D3') },
    ]);
    expect(Object.keys(b.sheet('Sheet1').notes)).toEqual(['D5']);
    expect(b.fill('Sheet1', 'D3').color).toBe(HIGHLIGHT.error);
    await host.clear();
    expect(b.data.comments).toEqual([
      { id: 'u1', sheet: 'Sheet1', cell: 'D3', content: '확인 부탁' },
    ]);
    expect(b.sheet('Sheet1').notes).toEqual({});
    expect(b.fills('Sheet1')).toEqual({});
  });

  it('comments where notes cannot be seen: a cell with a note refuses the comment, which is skipped and named', async () => {
    const b = book();
    b.api.notes = false;
    b.sheet('Sheet1').notes.D3 = { content: '담당자 메모', author: 'Kim' };
    const host = hostFor(b, 'comment');
    const result = await host.verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(2);
    expect(result.notices).toEqual([
      { kind: 'notes-skipped', message: expect.stringContaining('D3') },
    ]);
    expect(b.data.comments.map((c) => c.cell)).toEqual(['D5']);
    expect(b.sheet('Sheet1').notes.D3).toEqual({ content: '담당자 메모', author: 'Kim' });
    await host.verify('workbook', verifyKo); // again: the same, nothing doubled
    expect(b.data.comments.map((c) => c.cell)).toEqual(['D5']);
    await host.clear();
    expect(b.data.comments).toEqual([]);
    expect(b.sheet('Sheet1').notes.D3?.content).toBe('담당자 메모');
  });

  it('after many refusals gives up adding comments, in a bounded number of syncs, and names every cell', async () => {
    const b = FakeBook.create({ Sheet1: budgetRows(200, 1) }); // D2:D201 flagged
    b.api.notes = false;
    for (let r = 2; r <= 201; r += 2)
      b.sheet('Sheet1').notes[`D${r}`] = { content: 'x', author: 'K' };
    const result = await hostFor(b, 'comment').verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(200);
    expect(b.lastRun.length).toBeLessThan(10 + 3 * MAX_SKIPPED);
    expect(result.notices?.[0]?.message).toMatch(/외 \d+개 셀/);
    // every comment written is on a cell without a note
    for (const c of b.data.comments) expect(b.sheet('Sheet1').notes[c.cell]).toBeUndefined();
    expect(Object.values(b.fills('Sheet1')).every((f) => f.color === HIGHLIGHT.error)).toBe(true);
  });
});

describe('sheet-qualified addresses', () => {
  it('quote the sheet name and double its quotes', () => {
    expect(qualifiedAddress('Sheet1', 'D14')).toBe("'Sheet1'!D14");
    expect(qualifiedAddress("예산 '24", 'B2')).toBe("'예산 ''24'!B2");
  });

  it('let comments go on sheets whose names need quoting', async () => {
    const b = FakeBook.create({ "사업 '24": budgetRows(4, 2) });
    const result = await hostFor(b, 'comment').verify('workbook', verifyKo);
    expect(result.findings).toHaveLength(2);
    expect(b.data.comments.map((c) => [c.sheet, c.cell])).toEqual([
      ["사업 '24", 'D3'],
      ["사업 '24", 'D5'],
    ]);
  });
});
