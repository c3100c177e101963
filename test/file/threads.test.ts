/**
 * A book with Excel 365 threaded comments, patched: the threads, their people and
 * their relationships copied byte for byte; our note on a flagged cell with a thread
 * appended to the thread's legacy note (linked to the thread as before), nothing
 * added where a thread has no legacy note; the package valid.
 */
import { join } from 'node:path';
import type { Cell } from 'exceljs';
import { writeAnnotatedCopy } from '../../src/file/annotate';
import { NOTE_SEPARATOR } from '../../src/file/notes';
import type { ReviewedFinding } from '../../src/file/review';
import { stringItem } from '../../src/file/xlsx/xml';
import { load, partsOf } from './copies';
import { packageProblems } from './packageCheck';
import { legacyText, PERSON_REL, THREAD_REL, withThreads } from './threaded';
import { budgetSheet, finding, makeTempDir, saveWorkbook } from './workbooks';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const THREADS = [
  { ref: 'A1', comment: '제목 확인' },
  { ref: 'C2', comment: '합계 확인 부탁 & <검토>', replies: ['확인함'] },
];
const KEPT = ['xl/threadedComments/threadedComment1.xml', 'xl/persons/person.xml'];

const noteOf = (cell: Cell | undefined) => {
  const note = cell?.note;
  return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
};
const fillOf = (cell: Cell | undefined) => (cell?.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
const commentOn = (xml: string, ref: string) => new RegExp(`<comment ref="${ref}"[^>]*>[\\s\\S]*?</comment>`).exec(xml)?.[0];
const noteText = (xml: string, ref: string) => stringItem(/<text>([\s\S]*)<\/text>/.exec(commentOn(xml, ref) ?? '')?.[1] ?? '');

async function threadedBook(legacy: boolean): Promise<string> {
  const input = await saveWorkbook(join(dir, 'threads.xlsx'), (wb) => {
    const ws = budgetSheet(wb);
    if (legacy) for (const t of THREADS) ws.getCell(t.ref).note = 'replaced by the thread’s legacy note';
  });
  await withThreads(input, THREADS, { legacy });
  return input;
}

async function patch(input: string, findings: ReviewedFinding[]) {
  const output = join(dir, 'out.xlsx');
  expect(await writeAnnotatedCopy({ input, output, findings, language: 'ko' })).toEqual({ writer: 'patch' });
  expect(await packageProblems(output)).toEqual([]);
  const [before, after] = [await partsOf(input), await partsOf(output)];
  for (const name of KEPT) expect([name, after.get(name)?.raw.equals(before.get(name)?.raw ?? Buffer.alloc(0))]).toEqual([name, true]);
  const text = (name: string) => after.get(name)?.text() ?? '';
  expect(text('xl/worksheets/_rels/sheet1.xml.rels')).toContain(`<Relationship Id="rId90" Type="${THREAD_REL}" Target="../threadedComments/threadedComment1.xml"/>`);
  expect(text('xl/_rels/workbook.xml.rels')).toContain(`<Relationship Id="rId91" Type="${PERSON_REL}" Target="persons/person.xml"/>`);
  expect(text('[Content_Types].xml')).toContain('<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>');
  expect(text('[Content_Types].xml')).toContain('<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>');
  return { output, before, after };
}

const findings = (...cells: string[]): ReviewedFinding[] => cells.map((cell) => ({ ...finding({ cell }), accepted: false }));

it('the test book is what Excel writes: a legacy note linked to each thread', async () => {
  const parts = await partsOf(await threadedBook(true));
  const comments = parts.get('xl/comments1.xml')?.text() ?? '';
  expect(commentOn(comments, 'C2')).toMatch(/^<comment ref="C2" authorId="1" shapeId="0" xr:uid="\{[0-9A-F-]+\}"><text><t>\[Threaded comment\]/);
  expect(comments).toContain('<authors><author>tc={00000001-');
  expect(parts.get('xl/threadedComments/threadedComment1.xml')?.text()).toMatch(/<threadedComment ref="C2" [^>]*parentId="\{/);
});

it('a flagged cell with a thread: our note after its legacy note, the thread and the unflagged thread untouched', async () => {
  const input = await threadedBook(true);
  const { output, before, after } = await patch(input, findings('C2', 'D3', 'H9'));
  const [was, is] = [before.get('xl/comments1.xml')?.text() ?? '', after.get('xl/comments1.xml')?.text() ?? ''];
  // The unflagged thread's legacy note is as it was; the flagged one keeps its link to the thread.
  expect(commentOn(is, 'A1')).toBe(commentOn(was, 'A1'));
  const startTag = (xml: string) => /^<comment [^>]*>/.exec(commentOn(xml, 'C2') ?? '')?.[0];
  expect(startTag(is)).toBe(startTag(was));
  expect(is).toMatch(/^[\s\S]*<authors><author>tc=\{00000001-[^<]*<\/author><author>tc=\{00000002-[^<]*<\/author><author>budget-verify<\/author><\/authors>/);

  // The notes' text as a reader without threads shows it (exceljs reads a note's plain <t> as empty, so read it here).
  expect(noteText(is, 'A1')).toBe(legacyText('제목 확인'));
  expect(noteText(is, 'C2').startsWith(`${legacyText('합계 확인 부탁 & <검토>', ['확인함'])}\n${NOTE_SEPARATOR}\n[예산 검산] 오류`)).toBe(true);
  const ws = (await load(output)).getWorksheet('Budget');
  expect(fillOf(ws?.getCell('C2'))).toBe('FFFFC7CE');
  expect(noteOf(ws?.getCell('C2'))).toBe(noteText(is, 'C2'));
  expect(noteOf(ws?.getCell('D3'))).toMatch(/^\[예산 검산\] 오류/);
  expect(noteOf(ws?.getCell('H9'))).toMatch(/^\[예산 검산\] 오류/);
});

it('a thread without a legacy note gets no note from us; other flagged cells do', async () => {
  const input = await threadedBook(false);
  const { output, after } = await patch(input, findings('C2', 'D3'));
  const comments = after.get('xl/comments1.xml')?.text() ?? '';
  expect(commentOn(comments, 'C2')).toBeUndefined();
  expect(commentOn(comments, 'D3')).toBeDefined();
  const ws = (await load(output)).getWorksheet('Budget');
  expect(fillOf(ws?.getCell('C2'))).toBe('FFFFC7CE');
  expect(ws?.getCell('C2').note).toBeUndefined();
  expect(noteOf(ws?.getCell('D3'))).toMatch(/^\[예산 검산\] 오류/);
});

it('only threaded cells flagged, none with a legacy note: no notes part, no drawing, the sheet’s rels as they were', async () => {
  const input = await threadedBook(false);
  const { before, after } = await patch(input, findings('C2', 'A1'));
  expect([...after.keys()].filter((n) => !before.has(n)).sort()).toEqual(['docProps/custom.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/sheet2.xml']);
  expect(after.get('xl/worksheets/_rels/sheet1.xml.rels')?.raw.equals(before.get('xl/worksheets/_rels/sheet1.xml.rels')?.raw ?? Buffer.alloc(0))).toBe(true);
  expect(after.get('xl/worksheets/sheet1.xml')?.text()).not.toContain('<legacyDrawing');
});
