/**
 * The annotated copy made by patching the original package instead of rewriting
 * it with exceljs: every part the annotation does not touch is copied byte for
 * byte (charts, images, pivot tables, custom XML… all stay), and only these change:
 *   - styles.xml: highlight formats appended (styles.ts) and the report's formats;
 *   - each sheet with marked cells: those cells' `s`, a `<legacyDrawing>` when it had none;
 *   - that sheet's comments part, VML drawing and rels (new or merged with the user's notes);
 *   - the report sheet: a new worksheet part, its rels (links), workbook.xml,
 *     the workbook's rels and [Content_Types].xml.
 * The result has the same fills, notes and report rows as annotateWorkbook gives
 * through exceljs (test/file/patch.test.ts compares them).
 *
 * Unsupported (the caller then writes the copy with exceljs, which rebuilds the
 * package): strict OOXML or prefixed SpreadsheetML, no styles part or no cell
 * formats, a workbook part not at xl/workbook.xml, zip64 / encrypted entries /
 * compression other than deflate, rows or cells without their address on a sheet
 * that needs a change, a note drawing without its closing tag, a package that
 * would need zip64.
 */
import { Buffer } from 'node:buffer';
import { parseCellAddress, type Finding, type Language } from '../../engine/index';
import { ERROR_FILL, WARNING_FILL } from '../annotateWorkbook';
import { labelsFor } from '../labels';
import { noteText } from '../notes';
import { uniqueName } from '../report';
import type { ReviewedFinding } from '../review';
import { mergeArea } from '../sheetCells';
import { attr } from '../xlsx/xml';
import { Unsupported, zipDirectory, type ZipEntry } from '../xlsx/zip';
import { commentsWithNotes, usedBlocks, vmlWithNotes, type Note } from './comments';
import { ContentTypes, freePart, REL, relationships, RelsEditor, relsPath, resolveTarget } from './rels';
import { reportSheetXml } from './reportXml';
import { withEmptyString } from './sharedStrings';
import { asBuffer, checkSheetHead, columnLetters, mergeRefs, SheetPatcher } from './sheetXml';
import { Styles } from './styles';
import { ZipWriter } from './zipWrite';

const TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
};
const WORKBOOK = 'xl/workbook.xml';

interface Mark {
  row: number;
  col: number;
  findings: Finding[];
}

class Package {
  readonly byName = new Map<string, ZipEntry>();
  readonly changed = new Map<string, Uint8Array | string>();
  readonly taken: Set<string>;

  constructor(readonly entries: readonly ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name, e);
    this.taken = new Set(entries.map((e) => e.name.toLowerCase()));
  }

  text(name: string): string | null {
    const changed = this.changed.get(name);
    if (typeof changed === 'string') return changed;
    const entry = this.byName.get(name);
    return entry ? asBuffer(entry.data()).toString('utf8') : null;
  }

  set(name: string, data: Uint8Array | string): void {
    this.changed.set(name, data);
    this.taken.add(name.toLowerCase());
  }

  zip(): Uint8Array {
    const zip = new ZipWriter();
    for (const e of this.entries) {
      const changed = this.changed.get(e.name);
      if (changed === undefined) zip.copy(e);
      else zip.add(e.name, changed);
    }
    for (const [name, data] of this.changed) if (!this.byName.has(name)) zip.add(name, data);
    return zip.finish();
  }
}

interface SheetRef {
  readonly name: string;
  readonly path: string;
}

function sheetsOf(workbook: string, rels: string): SheetRef[] {
  const targets = new Map(relationships(rels).map((r) => [r.id, r]));
  const out: SheetRef[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = ` ${m[1] ?? ''}`;
    const name = attr(a, 'name');
    const id = /\s[A-Za-z_][\w.-]*:id="([^"]*)"/.exec(a)?.[1];
    const rel = id ? targets.get(id) : undefined;
    if (name !== undefined && rel) out.push({ name, path: resolveTarget(WORKBOOK, rel.target) });
  }
  return out;
}

/** The open findings per sheet and cell; a cell inside a merged area is marked on its top-left cell. */
function marksOf(findings: readonly Finding[], sheets: readonly SheetRef[], pkg: Package, xmlOf: (sheet: SheetRef) => Buffer): Map<SheetRef, Mark[]> {
  const out = new Map<SheetRef, Map<string, Mark>>();
  const merges = new Map<SheetRef, ReturnType<typeof mergeArea>[]>();
  for (const f of findings) {
    const sheet = sheets.find((s) => s.name === f.sheet) ?? sheets.find((s) => s.name.toLowerCase() === f.sheet.toLowerCase());
    const at = parseCellAddress(f.cell);
    if (!sheet || !at) continue; // still listed on the report sheet
    let areas = merges.get(sheet);
    if (!areas) {
      areas = mergeRefs(xmlOf(sheet)).map(mergeArea);
      merges.set(sheet, areas);
    }
    const area = areas.find((m) => m && at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right);
    const row = area ? area.top : at.row;
    const col = area ? area.left : at.col;
    const cells = out.get(sheet) ?? new Map<string, Mark>();
    out.set(sheet, cells);
    const key = `${row},${col}`;
    const mark = cells.get(key) ?? { row, col, findings: [] };
    mark.findings.push(f);
    cells.set(key, mark);
  }
  return new Map([...out].map(([sheet, cells]) => [sheet, [...cells.values()]]));
}

export function annotatePackage(bytes: Uint8Array, findings: readonly ReviewedFinding[], language: Language): Uint8Array {
  const labels = labelsFor(language);
  const pkg = new Package(zipDirectory(bytes));
  const types = pkg.text('[Content_Types].xml');
  const workbook = pkg.text(WORKBOOK);
  const workbookRelsPath = relsPath(WORKBOOK);
  const workbookRels = pkg.text(workbookRelsPath);
  if (!types || !workbook || !workbookRels) throw new Unsupported('a package without xl/workbook.xml');
  const root = /<([A-Za-z_][\w.-]*:)?workbook\b([^>]*)>/.exec(workbook);
  if (!root || root[1] || !root[2]?.includes('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')) {
    throw new Unsupported('a workbook in strict or prefixed XML');
  }
  const stylesRel = relationships(workbookRels).find((r) => r.type === `${REL}/styles`);
  const stylesPath = stylesRel ? resolveTarget(WORKBOOK, stylesRel.target) : null;
  const stylesXml = stylesPath ? pkg.text(stylesPath) : null;
  if (!stylesPath || !stylesXml) throw new Unsupported('a package without a styles part');
  const styles = new Styles(stylesXml);
  const contentTypes = new ContentTypes(types);
  const sheets = sheetsOf(workbook, workbookRels);
  if (sheets.length === 0) throw new Unsupported('no worksheets');

  // Drawings already in the package reserve their shape-id blocks.
  let block = 1;
  for (const e of pkg.entries) if (/\.vml$/i.test(e.name)) block = Math.max(block, ...usedBlocks(pkg.text(e.name) ?? '').map((n) => n + 1));

  // Each marked sheet's XML, inflated once.
  const sheetXml = new Map<SheetRef, Buffer>();
  const xmlOf = (sheet: SheetRef): Buffer => {
    let xml = sheetXml.get(sheet);
    if (!xml) {
      const entry = pkg.byName.get(sheet.path);
      if (!entry) throw new Unsupported(`a missing sheet part ${sheet.path}`);
      xml = asBuffer(entry.data());
      sheetXml.set(sheet, xml);
    }
    return xml;
  };
  const marks = marksOf(
    findings.filter((f) => !f.accepted),
    sheets,
    pkg,
    xmlOf,
  );
  for (const [sheet, list] of marks) {
    const xml = xmlOf(sheet);
    checkSheetHead(xml);
    const patcher = new SheetPatcher(xml);
    patcher.restyle(
      list.map((m) => {
        const fill = m.findings.some((f) => f.severity === 'error') ? ERROR_FILL : WARNING_FILL;
        return { row: m.row, col: m.col, restyle: (s: number) => styles.highlight(s, fill) };
      }),
    );
    const notes: Note[] = list.map((m) => ({ row: m.row, col: m.col, ref: `${columnLetters(m.col)}${m.row + 1}`, text: noteText(m.findings, labels) }));
    const sheetRelsPath = relsPath(sheet.path);
    const sheetRelsXml = pkg.text(sheetRelsPath);
    const rels = relationships(sheetRelsXml);
    const editor = new RelsEditor(sheetRelsXml);
    const commentsRel = rels.find((r) => r.type === `${REL}/comments` && !r.external);
    const commentsPath = commentsRel ? resolveTarget(sheet.path, commentsRel.target) : freePart(pkg.taken, (n) => `xl/comments${n}.xml`);
    const { xml: comments, added } = commentsWithNotes(commentsRel ? pkg.text(commentsPath) : null, notes);
    pkg.set(commentsPath, comments);
    if (!commentsRel) {
      editor.add(`${REL}/comments`, relativeTarget(sheet.path, commentsPath));
      contentTypes.override(commentsPath, TYPES.comments);
    }
    const legacyId = /<legacyDrawing\b[^>]*\bid="([^"]*)"/.exec(xml.subarray(Math.max(0, xml.lastIndexOf('</sheetData>'))).toString('utf8'))?.[1];
    const vmlRel = legacyId ? rels.find((r) => r.id === legacyId) : undefined;
    if (vmlRel) {
      const vmlPath = resolveTarget(sheet.path, vmlRel.target);
      const vml = pkg.text(vmlPath);
      if (vml === null) throw new Unsupported('a missing note drawing');
      if (added.length) pkg.set(vmlPath, vmlWithNotes(vml, added, block));
    } else if (added.length) {
      const vmlPath = freePart(pkg.taken, (n) => `xl/drawings/vmlDrawing${n}.vml`);
      pkg.set(vmlPath, vmlWithNotes(null, added, block));
      block += Math.ceil((added.length + 1) / 1024);
      contentTypes.extension('vml', TYPES.vml);
      patcher.addLegacyDrawing(editor.add(`${REL}/vmlDrawing`, relativeTarget(sheet.path, vmlPath)));
    } else if (legacyId) {
      throw new Unsupported('a note drawing without its relationship');
    }
    pkg.set(sheet.path, patcher.finish());
    if (editor.changed) pkg.set(sheetRelsPath, editor.toXml());
  }

  // The report sheet, last in the workbook.
  const names = [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => attr(` ${m[1] ?? ''}`, 'name') ?? '');
  const reportName = uniqueName(names, labels.reportSheet);
  const wbRels = new RelsEditor(workbookRels);
  let emptyIndex: number | null = null;
  const emptyString = (): number => {
    if (emptyIndex !== null) return emptyIndex;
    const sstRel = relationships(workbookRels).find((r) => r.type === `${REL}/sharedStrings`);
    const sstPath = sstRel ? resolveTarget(WORKBOOK, sstRel.target) : 'xl/sharedStrings.xml';
    const existing = sstRel ? pkg.text(sstPath) : null;
    if (sstRel && existing === null) throw new Unsupported('a missing shared strings part');
    const { xml, index } = withEmptyString(existing);
    if (xml !== null) pkg.set(sstPath, xml);
    if (!sstRel) {
      if (pkg.byName.has(sstPath)) throw new Unsupported('a shared strings part without its relationship');
      wbRels.add(`${REL}/sharedStrings`, 'sharedStrings.xml');
      contentTypes.override(sstPath, TYPES.sharedStrings);
    }
    emptyIndex = index;
    return index;
  };
  const report = reportSheetXml(findings, labels, sheets.map((s) => s.name), styles.report(), emptyString);
  const reportPath = freePart(pkg.taken, (n) => `xl/worksheets/sheet${n}.xml`);
  pkg.set(reportPath, report.xml);
  contentTypes.override(reportPath, TYPES.worksheet);
  if (report.links.length) {
    const reportRels = new RelsEditor(null);
    for (const link of report.links) reportRels.add(`${REL}/hyperlink`, link, true);
    pkg.set(relsPath(reportPath), reportRels.toXml());
  }
  const rId = wbRels.add(`${REL}/worksheet`, relativeTarget(WORKBOOK, reportPath));
  pkg.set(workbookRelsPath, wbRels.toXml());
  pkg.set(WORKBOOK, withSheet(workbook, reportName, rId, names.length, report.filter));
  pkg.set(stylesPath, styles.toXml());
  if (contentTypes.changed) pkg.set('[Content_Types].xml', contentTypes.toXml());
  return pkg.zip();
}

function relativeTarget(fromPart: string, part: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** workbook.xml with the report sheet after the others, and its filter's hidden name. */
function withSheet(workbook: string, name: string, rId: string, index: number, filter: string): string {
  const ids = [...workbook.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const prefix = /<sheet\b[^>]*\s([A-Za-z_][\w.-]*):id="/.exec(workbook)?.[1];
  const relAttr = prefix ? `${prefix}:id` : 'r:id';
  const ns = prefix ? '' : ` xmlns:r="${REL}"`;
  const sheet = `<sheet name="${xmlName(name)}" sheetId="${Math.max(0, ...ids) + 1}"${ns} ${relAttr}="${rId}"/>`;
  if (!workbook.includes('</sheets>')) throw new Unsupported('a workbook without its sheet list');
  let out = workbook.replace('</sheets>', `${sheet}</sheets>`);
  const [from = 'A2', to = 'K2'] = filter.split(':');
  const ref = `${quoteSheet(name)}!$${from.replace(/(\d+)/, '$$$1')}:$${to.replace(/(\d+)/, '$$$1')}`;
  const definedName = `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${xmlName(ref)}</definedName>`;
  out = out.replace(/<definedNames\b([^>]*)\/>/, '<definedNames$1></definedNames>');
  if (out.includes('</definedNames>')) return out.replace('</definedNames>', `${definedName}</definedNames>`);
  // A new list goes where the schema puts it: before whatever of these comes first.
  const next = ['<calcPr', '<oleSize', '<customWorkbookViews', '<pivotCaches', '<smartTagPr', '<smartTagTypes', '<webPublishing', '<fileRecoveryPr', '<webPublishObjects', '<extLst', '</workbook>']
    .map((tag) => out.indexOf(tag, out.indexOf('</sheets>')))
    .filter((at) => at >= 0);
  const at = Math.min(...next);
  return `${out.slice(0, at)}<definedNames>${definedName}</definedNames>${out.slice(at)}`;
}

const xmlName = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
