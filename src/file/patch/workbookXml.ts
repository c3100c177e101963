/** workbook.xml for the patcher: its sheets and their parts, and the report sheet added with its filter name. */
import { attr } from '../xlsx/xml';
import { Unsupported } from '../xlsx/zip';
import { REL, relationships, resolveTarget } from './rels';

export const WORKBOOK = 'xl/workbook.xml';

export interface SheetRef {
  readonly name: string;
  readonly path: string;
  /** The relationship type: a worksheet's, a chart sheet's… */
  readonly type: string;
}

export function sheetsOf(workbook: string, rels: string): SheetRef[] {
  const targets = new Map(relationships(rels).map((r) => [r.id, r]));
  const out: SheetRef[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = ` ${m[1] ?? ''}`;
    const name = attr(a, 'name');
    const id = /\s[A-Za-z_][\w.-]*:id="([^"]*)"/.exec(a)?.[1];
    const rel = id ? targets.get(id) : undefined;
    if (name !== undefined && rel) out.push({ name, path: resolveTarget(WORKBOOK, rel.target), type: rel.type });
  }
  return out;
}

export function relativeTarget(fromPart: string, part: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** workbook.xml with the report sheet after the others, and its filter's hidden name. */
export function withSheet(workbook: string, name: string, rId: string, index: number, filter: string): string {
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
