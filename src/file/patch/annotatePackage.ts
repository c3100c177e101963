/**
 * The annotated copy made by patching the original package instead of rewriting
 * it with exceljs: every part the annotation does not touch is copied byte for
 * byte (charts, images, pivot tables, custom XML… all stay), and only these change:
 *   - styles.xml: highlight formats appended (styles.ts) and the report's formats;
 *   - each sheet with marked cells: those cells' `s`, a `<legacyDrawing>` when it had none,
 *     its `<dimension>` widened when a marked cell is created outside it;
 *   - that sheet's comments part, VML drawing and rels (new or merged with the user's notes;
 *     threaded comments and their people are never changed, see threads.ts);
 *   - the report sheet: a new worksheet part, its rels (links), workbook.xml,
 *     the workbook's rels and [Content_Types].xml, and docProps/app.xml's list of
 *     worksheets when it has the usual shape (appProps.ts);
 *   - and, as every copy we write, our mark: a custom document property (copyMark.ts,
 *     applied here before the one zip; exceljs copies are marked by copy.ts), so `_rels/.rels`,
 *     `[Content_Types].xml` and the custom part.
 * The result has the same fills, notes and report rows as annotateWorkbook gives
 * through exceljs (test/file/patch.test.ts compares them).
 *
 * Unsupported (the caller then writes the copy with exceljs, which rebuilds the
 * package): strict OOXML or prefixed SpreadsheetML, no styles part or no cell
 * formats, a workbook part not at xl/workbook.xml, a macro-enabled book or a
 * template (the copy is named .xlsx), zip64 / encrypted entries /
 * compression other than deflate, rows or cells without their address on a sheet
 * that needs a change, a note drawing without its closing tag, a package that
 * would need zip64.
 */
import { Buffer } from 'node:buffer';
import type { Coverage, Language } from '../../engine/index';
import { ERROR_FILL, WARNING_FILL } from '../annotateWorkbook';
import { labelsFor } from '../labels';
import { noteText } from '../notes';
import { uniqueName } from '../report';
import type { ReviewedFinding } from '../review';
import { attr } from '../xlsx/xml';
import { Unsupported, zipDirectory } from '../xlsx/zip';
import { listReportSheet } from './appProps';
import { markPackage } from './copyMark';
import { usedBlocks, type Note } from './comments';
import { marksOf } from './marks';
import { Package } from './package';
import { ContentTypes, freePart, REL, relationships, RelsEditor, relsPath, resolveTarget } from './rels';
import { reportSheetXml } from './reportXml';
import { withEmptyString } from './sharedStrings';
import { writeNotes } from './sheetNotes';
import { asBuffer, checkSheetHead, columnLetters, SheetPatcher } from './sheetXml';
import { Styles } from './styles';
import { relativeTarget, sheetsOf, WORKBOOK, withSheet, type SheetRef } from './workbookXml';

const TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
};

export function annotatePackage(
  bytes: Uint8Array,
  findings: readonly ReviewedFinding[],
  language: Language,
  coverage?: Coverage,
): Uint8Array {
  const labels = labelsFor(language);
  const pkg = new Package(zipDirectory(bytes));
  const types = pkg.text('[Content_Types].xml');
  const workbook = pkg.text(WORKBOOK);
  const workbookRelsPath = relsPath(WORKBOOK);
  const workbookRels = pkg.text(workbookRelsPath);
  if (!types || !workbook || !workbookRels) throw new Unsupported('a package without xl/workbook.xml');
  // The copy is named .xlsx: a macro-enabled book or a template kept as it is would not open under that
  // name. exceljs writes those (as a plain workbook, without the macros, as the copy always was).
  const workbookType = [...types.matchAll(/<Override\b([^>]*)>/g)].map((m) => ` ${m[1] ?? ''}`).find((a) => attr(a, 'PartName') === `/${WORKBOOK}`);
  if (!workbookType || attr(workbookType, 'ContentType') !== 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') {
    throw new Unsupported('a macro-enabled workbook or a template (the copy is an .xlsx)');
  }
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
    block = writeNotes({ pkg, contentTypes, sheetPath: sheet.path, sheetXml: xml, patcher }, notes, block);
    pkg.set(sheet.path, patcher.finish());
    sheetXml.delete(sheet); // a large sheet's XML is not kept twice until the zip is written
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
  const report = reportSheetXml(findings, labels, sheets.map((s) => s.name), styles.report(), emptyString, coverage);
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
  listReportSheet(pkg, sheets.filter((s) => s.type === `${REL}/worksheet`).map((s) => s.name), reportName);
  pkg.set(stylesPath, styles.toXml());
  if (contentTypes.changed) pkg.set('[Content_Types].xml', contentTypes.toXml());
  markPackage(pkg);
  return pkg.zip();
}
