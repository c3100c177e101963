/**
 * A package built by hand, part by part, as Excel writes one: the relationships of
 * workbook, styles and shared strings, `<workbookPr>`, a styles part with its number
 * formats, and a sheet's own relationships for external hyperlinks. The readers are
 * held to exceljs on these bytes, which no writer of ours produced (fastExcelXml.test.ts).
 */
import { zip } from '../hostile/zip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export interface ExcelPackage {
  /** The sheet's `<sheetData>` content: rows and cells as Excel writes them. */
  readonly rows: string;
  /** `<hyperlinks>…</hyperlinks>` and whatever else follows the cells. */
  readonly after?: string;
  /** The sheet's relationships (`<Relationship …/>`), for external hyperlinks. */
  readonly sheetRels?: string;
  /** Attributes of `<workbookPr>` (`date1904="1"`). */
  readonly workbookPr?: string;
  /** Custom number formats (`<numFmt numFmtId="164" formatCode="…"/>`). */
  readonly numFmts?: string;
  /** The number format of each cell style after the first (General), by id. */
  readonly styles?: readonly number[];
  readonly strings?: readonly string[];
}

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function excelPackage(p: ExcelPackage): Uint8Array {
  const { rows, after = '', sheetRels, workbookPr = '', numFmts = '', styles = [], strings = [] } = p;
  const types = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  const rootRels = `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook = `${DECL}<workbook xmlns="${NS}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr ${workbookPr} defaultThemeVersion="166925"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`;
  const workbookRels = `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  const formats = numFmts ? `<numFmts count="${(numFmts.match(/<numFmt /g) ?? []).length}">${numFmts}</numFmts>` : '';
  const xfs = [0, ...styles].map((id, i) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${i && id ? ' applyNumberFormat="1"' : ''}/>`).join('');
  const stylesXml = `${DECL}<styleSheet xmlns="${NS}">${formats}<fonts count="1"><font><sz val="11"/><name val="맑은 고딕"/><family val="2"/><charset val="129"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${styles.length + 1}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="표준" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const sst = `${DECL}<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escaped(s)}</t></si>`).join('')}</sst>`;
  const sheet = `${DECL}<worksheet xmlns="${NS}" xmlns:r="${R}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="16.5"/><sheetData>${rows}</sheetData>${after}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const parts = [
    { name: '[Content_Types].xml', data: types },
    { name: '_rels/.rels', data: rootRels },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    { name: 'xl/styles.xml', data: stylesXml },
    { name: 'xl/sharedStrings.xml', data: sst },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ];
  if (sheetRels) parts.push({ name: 'xl/worksheets/_rels/sheet1.xml.rels', data: `${DECL}<Relationships xmlns="${PKG}">${sheetRels}</Relationships>` });
  return zip(parts);
}

/** An external link's relationship, as Excel writes it. */
export const linkRel = (id: string, url: string) => `<Relationship Id="${id}" Type="${R}/hyperlink" Target="${url}" TargetMode="External"/>`;
