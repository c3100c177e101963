/**
 * docProps/app.xml in the patched copy: the report sheet listed with the book's
 * worksheets (TitlesOfParts, and the worksheets' count in HeadingPairs), found by
 * their names whatever Excel's language called the group; any other shape of the
 * part left exactly as it was.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAnnotatedCopy } from '../../src/file/annotate';
import { withReportSheet } from '../../src/file/patch/appProps';
import { decodeXml } from '../../src/file/xlsx/xml';
import { zipDirectory } from '../../src/file/xlsx/zip';
import { load, partsOf } from './copies';
import { packageProblems } from './packageCheck';
import { budgetSheet, finding, makeTempDir, saveWorkbook } from './workbooks';

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>';
const TAIL = '<Company></Company><AppVersion>16.0300</AppVersion></Properties>';

/** An app.xml with these groups (name → titles), as Excel writes it. */
function app(groups: [string, string[]][], { pretty = false } = {}): string {
  const nl = pretty ? '\n    ' : '';
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const pairs = groups.map(([name, titles]) => `${nl}<vt:variant>${nl}<vt:lpstr>${esc(name)}</vt:lpstr>${nl}</vt:variant>${nl}<vt:variant>${nl}<vt:i4>${titles.length}</vt:i4>${nl}</vt:variant>`).join('');
  const titles = groups.flatMap(([, t]) => t).map((t) => `${nl}<vt:lpstr>${esc(t)}</vt:lpstr>`);
  return (
    `${HEAD}<HeadingPairs>${nl}<vt:vector size="${groups.length * 2}" baseType="variant">${pairs}${nl}</vt:vector>${nl}</HeadingPairs>` +
    `<TitlesOfParts>${nl}<vt:vector size="${titles.length}" baseType="lpstr">${titles.join('')}${nl}</vt:vector>${nl}</TitlesOfParts>${TAIL}`
  );
}

/** The groups an app.xml lists, read back independently of the code under test. */
function groupsOf(xml: string): [string, string[]][] {
  const heads = /<HeadingPairs>[\s\S]*?<\/HeadingPairs>/.exec(xml)?.[0] ?? '';
  const names = [...heads.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => decodeXml(m[1] ?? ''));
  const counts = [...heads.matchAll(/<vt:i4>(\d+)<\/vt:i4>/g)].map((m) => Number(m[1]));
  const titlesPart = /<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(xml)?.[1] ?? '';
  const sizes = [/<HeadingPairs>\s*<vt:vector size="(\d+)"/.exec(xml)?.[1], /<TitlesOfParts>\s*<vt:vector size="(\d+)"/.exec(xml)?.[1]].map(Number);
  const titles = [...titlesPart.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => decodeXml(m[1] ?? ''));
  expect(sizes).toEqual([names.length * 2, titles.length]);
  let at = 0;
  return names.map((name, i) => {
    const count = counts[i] ?? 0;
    at += count;
    return [name, titles.slice(at - count, at)];
  });
}

describe('withReportSheet', () => {
  it('adds the report after the worksheets, before the named ranges, in a Korean Excel’s group names', () => {
    const before = app([
      ['워크시트', ['총괄', '사업설명서']],
      ['이름 지정된 범위', ['사업설명서!Print_Area']],
    ]);
    const after = withReportSheet(before, ['총괄', '사업설명서'], '검산결과');
    expect(after).toBe(
      app([
        ['워크시트', ['총괄', '사업설명서', '검산결과']],
        ['이름 지정된 범위', ['사업설명서!Print_Area']],
      ]),
    );
  });

  it('after the worksheets when chart sheets come first, in a part written with line breaks, with names that need escaping', () => {
    const before = app(
      [
        ['Charts', ['Chart1']],
        ['Worksheets', ['R&D <1>', 'Sheet "2"']],
        ['Named Ranges', ["'R&D <1>'!Print_Titles"]],
      ],
      { pretty: true },
    );
    const after = withReportSheet(before, ['R&D <1>', 'Sheet "2"'], 'Findings & <notes>') ?? '';
    expect(groupsOf(after)).toEqual([
      ['Charts', ['Chart1']],
      ['Worksheets', ['R&D <1>', 'Sheet "2"', 'Findings & <notes>']],
      ['Named Ranges', ["'R&D <1>'!Print_Titles"]],
    ]);
    // Only the count, the size and the new title changed.
    expect(after.replace('<vt:lpstr>Findings &amp; &lt;notes&gt;</vt:lpstr>', '').replace('size="5"', 'size="4"').replace('<vt:i4>3</vt:i4>', '<vt:i4>2</vt:i4>')).toBe(before);
  });

  it.each([
    ['titles that are not the book’s sheets (a renamed sheet)', app([['Worksheets', ['Old name', 'Other']]]), ['New name', 'Other']],
    ['the worksheets in another order', app([['Worksheets', ['Other', 'Budget']]]), ['Budget', 'Other']],
    ['a count that does not add up', app([['Worksheets', ['Budget']]]).replace('<vt:i4>1</vt:i4>', '<vt:i4>2</vt:i4>'), ['Budget']],
    ['a vector size that is wrong', app([['Worksheets', ['Budget']]]).replace('size="1" baseType="lpstr"', 'size="3" baseType="lpstr"'), ['Budget']],
    ['another prefix for the vector types', app([['Worksheets', ['Budget']]]).replace(/vt:/g, 'v:').replace('xmlns:vt=', 'xmlns:v='), ['Budget']],
    ['a count of another integer type', app([['Worksheets', ['Budget']]]).replace(/<(\/?)vt:i4>/g, '<$1vt:i2>'), ['Budget']],
    ['no heading pairs', app([['Worksheets', ['Budget']]]).replace(/<HeadingPairs>[\s\S]*<\/HeadingPairs>/, ''), ['Budget']],
    ['no titles', app([['Worksheets', ['Budget']]]).replace(/<TitlesOfParts>[\s\S]*<\/TitlesOfParts>/, ''), ['Budget']],
    ['two groups with the same titles', app([['Worksheets', ['Budget']], ['Charts', ['Budget']]]), ['Budget']],
    ['titles in a shape not expected', app([['Worksheets', ['Budget']]]).replace('<vt:lpstr>Budget</vt:lpstr></vt:vector>', '<vt:lpstr xml:space="preserve">Budget</vt:lpstr></vt:vector>'), ['Budget']],
    ['no properties root', '<?xml version="1.0"?><Other/>', ['Budget']],
  ])('leaves the part alone: %s', (_, xml, sheets) => {
    expect(withReportSheet(xml, sheets, '검산결과')).toBeNull();
  });
});

describe('the patched copy’s docProps/app.xml', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(() => cleanup());

  const findings = [{ ...finding(), accepted: false }];
  const book = () =>
    saveWorkbook(join(dir, 'in.xlsx'), (wb) => {
      budgetSheet(wb);
      wb.addWorksheet('Other').getCell('A1').value = 1;
    });

  /** The book with `edit` applied to its parts (name → new text, or null to leave the part out), and `added` parts. */
  async function edited(input: string, edit: (name: string, text: string) => string | null, added: Record<string, string> = {}): Promise<string> {
    const { ZipWriter } = await import('../../src/file/patch/zipWrite');
    const zip = new ZipWriter();
    for (const e of zipDirectory(await readFile(input))) {
      const text = Buffer.from(e.data()).toString('utf8');
      const out = edit(e.name, text);
      if (out === text) zip.copy(e);
      else if (out !== null) zip.add(e.name, out);
    }
    for (const [name, text] of Object.entries(added)) zip.add(name, text);
    const path = join(dir, 'edited.xlsx');
    await writeFile(path, zip.finish());
    return path;
  }

  it('lists the report sheet after the book’s sheets; the copy opens', async () => {
    const output = join(dir, 'out.xlsx');
    expect(await writeAnnotatedCopy({ input: await book(), output, findings, language: 'ko' })).toEqual({ writer: 'patch' });
    expect(groupsOf((await partsOf(output)).get('docProps/app.xml')?.text() ?? '')).toEqual([['Worksheets', ['Budget', 'Other', '검산결과']]]);
    expect(await packageProblems(output)).toEqual([]);
    expect((await load(output)).worksheets.map((w) => w.name)).toEqual(['Budget', 'Other', '검산결과']);
  });

  it('a package without extended properties gets none', async () => {
    const input = await edited(await book(), (name, text) => {
      if (name === 'docProps/app.xml') return null;
      if (name === '_rels/.rels') return text.replace(/<Relationship [^>]*extended-properties[^>]*\/>/, '');
      if (name === '[Content_Types].xml') return text.replace(/<Override PartName="\/docProps\/app.xml"[^>]*\/>/, '');
      return text;
    });
    const output = join(dir, 'out.xlsx');
    expect(await writeAnnotatedCopy({ input, output, findings, language: 'ko' })).toEqual({ writer: 'patch' });
    const parts = await partsOf(output);
    // Only our mark (copyMark.ts) beside the core properties.
    expect([...parts.keys()].filter((n) => n.startsWith('docProps/') && !n.endsWith('/')).sort()).toEqual(['docProps/core.xml', 'docProps/custom.xml']);
    expect(await packageProblems(output)).toEqual([]);
  });

  it('extended properties not at docProps/app.xml are found by their relationship', async () => {
    const input = await edited(await book(), (name, text) => {
      if (name === '_rels/.rels') return text.replace('docProps/app.xml', 'props/extended.xml');
      if (name === '[Content_Types].xml') return text.replace('/docProps/app.xml', '/props/extended.xml');
      return name === 'docProps/app.xml' ? null : text;
    }, { 'props/extended.xml': (await partsOf(join(dir, 'in.xlsx'))).get('docProps/app.xml')?.text() ?? '' });
    const output = join(dir, 'out.xlsx');
    expect(await writeAnnotatedCopy({ input, output, findings, language: 'ko' })).toEqual({ writer: 'patch' });
    expect(groupsOf((await partsOf(output)).get('props/extended.xml')?.text() ?? '')).toEqual([['Worksheets', ['Budget', 'Other', '검산결과']]]);
    expect(await packageProblems(output)).toEqual([]);
  });

  it('a part that does not describe the book is copied byte for byte', async () => {
    const stale = app([['Worksheets', ['Sheet1']]]);
    const input = await edited(await book(), (name, text) => (name === 'docProps/app.xml' ? stale : text));
    const output = join(dir, 'out.xlsx');
    expect(await writeAnnotatedCopy({ input, output, findings, language: 'ko' })).toEqual({ writer: 'patch' });
    const [before, after] = [await partsOf(input), await partsOf(output)];
    expect(after.get('docProps/app.xml')?.raw.equals(before.get('docProps/app.xml')?.raw ?? Buffer.alloc(0))).toBe(true);
  });
});
