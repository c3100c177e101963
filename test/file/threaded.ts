/**
 * A workbook with modern threaded comments, laid out as Excel 365 saves them: the
 * thread in xl/threadedComments/threadedComment1.xml, its people in
 * xl/persons/person.xml, and for each thread the legacy note Excel writes for older
 * readers ("[Threaded comment]…", author `tc={id}`, linked by `xr:uid`) with its
 * VML shape. exceljs cannot write threads, so the book exceljs wrote with a note on
 * each thread's cell is rewritten.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { zipDirectory } from '../../src/file/xlsx/zip';

export const THREADS_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
export const THREAD_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';
export const PERSON_REL = 'http://schemas.microsoft.com/office/2017/10/relationships/person';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const PERSON = '{6B2C1F0A-3D4E-4F50-8A61-7B8C9D0E1F20}';

/** Excel's text for a thread's legacy note (what a reader without threads shows). */
export const legacyText = (comment: string, replies: readonly string[] = []) =>
  '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ' +
  comment +
  replies.map((r) => `\nReply:\n    ${r}`).join('');

export interface Thread {
  readonly ref: string;
  readonly comment: string;
  readonly replies?: readonly string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const guid = (n: number, k = 0) => `{0000000${n}-0000-4000-8000-00000000000${k}}`;

/**
 * Rewrites `path` (exceljs wrote it with a note on each thread's cell of its first sheet,
 * the notes' comments part at xl/comments1.xml) into a book with these threads. With
 * `legacy: false` the book has no notes and gets the threads alone (as a writer
 * that knows only threads would write them).
 */
export async function withThreads(path: string, threads: readonly Thread[], { legacy = true } = {}): Promise<void> {
  const { ZipWriter } = await import('../../src/file/patch/zipWrite');
  const zip = new ZipWriter();
  const threadXml = threads
    .map((t, i) => {
      const root = `<threadedComment ref="${t.ref}" dT="2024-03-04T09:15:00.00" personId="${PERSON}" id="${guid(i + 1)}"><text>${esc(t.comment)}</text></threadedComment>`;
      const replies = (t.replies ?? []).map(
        (r, k) => `<threadedComment ref="${t.ref}" dT="2024-03-05T10:00:00.00" personId="${PERSON}" id="${guid(i + 1, k + 1)}" parentId="${guid(i + 1)}"><text>${esc(r)}</text></threadedComment>`,
      );
      return root + replies.join('');
    })
    .join('');
  const comments =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
    `<authors>${threads.map((_, i) => `<author>tc=${guid(i + 1)}</author>`).join('')}</authors><commentList>` +
    threads.map((t, i) => `<comment ref="${t.ref}" authorId="${i}" shapeId="0" xr:uid="${guid(i + 1)}"><text><t>${esc(legacyText(t.comment, t.replies))}</t></text></comment>`).join('') +
    '</commentList></comments>';
  const entries = zipDirectory(await readFile(path));
  const sheetRels = 'xl/worksheets/_rels/sheet1.xml.rels';
  const threadRel = `<Relationship Id="rId90" Type="${THREAD_REL}" Target="../threadedComments/threadedComment1.xml"/>`;
  if (!entries.some((e) => e.name === sheetRels)) zip.add(sheetRels, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}">${threadRel}</Relationships>`);
  for (const e of entries) {
    const text = () => Buffer.from(e.data()).toString('utf8');
    if (e.name === 'xl/comments1.xml' && legacy) zip.add(e.name, comments);
    else if (e.name === sheetRels) zip.add(e.name, text().replace('</Relationships>', `${threadRel}</Relationships>`));
    else if (e.name === 'xl/_rels/workbook.xml.rels')
      zip.add(e.name, text().replace('</Relationships>', `<Relationship Id="rId91" Type="${PERSON_REL}" Target="persons/person.xml"/></Relationships>`));
    else if (e.name === '[Content_Types].xml')
      zip.add(
        e.name,
        text().replace(
          '</Types>',
          '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
            '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>',
        ),
      );
    else zip.copy(e);
  }
  zip.add('xl/threadedComments/threadedComment1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="${THREADS_NS}" xmlns:x="${MAIN}">${threadXml}</ThreadedComments>`);
  zip.add(
    'xl/persons/person.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${THREADS_NS}" xmlns:x="${MAIN}"><person displayName="김담당" id="${PERSON}" userId="kim@example.com" providerId="None"/></personList>`,
  );
  await writeFile(path, zip.finish());
}
