/**
 * What makes an .xlsx package one that Excel opens without repairing it, checked on
 * a written copy: every XML part well formed with its prefixes declared, every part
 * with a content type, every internal relationship pointing at a part that is
 * there, a worksheet's `<dimension>` covering its cells, one legacy note per cell
 * and a note shape for each, and docProps/app.xml's counts adding up.
 * Returns the problems found (none: `[]`).
 */
import { readFile } from 'node:fs/promises';
import { SaxesParser } from 'saxes'; // exceljs's own XML parser (a dependency of exceljs)
import { parseCellAddress } from '../../src/engine/index';
import { zipDirectory } from '../../src/file/xlsx/zip';

const WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

function xmlProblem(text: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let problem: string | null = null;
  parser.on('error', (err) => {
    problem ??= err.message;
  });
  try {
    parser.write(text).close();
  } catch (err) {
    problem ??= (err as Error).message;
  }
  return problem;
}

/** The part a rels part belongs to: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`, `_rels/.rels` → the package. */
const sourceOf = (rels: string) => rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');

function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function dimensionProblem(name: string, xml: string): string | null {
  const ref = attrOf(tags(xml, 'dimension')[0] ?? '', 'ref');
  if (ref === undefined) return null;
  const [from, to = from] = ref.split(':').map((a) => parseCellAddress(a));
  if (!from || !to) return `${name}: a dimension ${ref} that cannot be read`;
  const outside = tags(xml, 'c')
    .map((t) => attrOf(t, 'r') ?? '')
    .filter((r) => {
      const at = parseCellAddress(r);
      return !at || at.row < from.row || at.row > to.row || at.col < from.col || at.col > to.col;
    });
  return outside.length ? `${name}: cells ${outside.slice(0, 5).join(' ')} outside its dimension ${ref}` : null;
}

function appProblem(xml: string): string | null {
  const heads = /<HeadingPairs>\s*<vt:vector size="(\d+)"[^>]*>([\s\S]*?)<\/vt:vector>/.exec(xml);
  const titles = /<TitlesOfParts>\s*<vt:vector size="(\d+)"[^>]*>([\s\S]*?)<\/vt:vector>/.exec(xml);
  if (!heads || !titles) return null;
  const variants = tags(heads[2] ?? '', 'vt:variant').length;
  const counts = [...(heads[2] ?? '').matchAll(/<vt:i4>(\d+)<\/vt:i4>/g)].map((m) => Number(m[1]));
  const names = (titles[2] ?? '').match(/<vt:lpstr\b/g)?.length ?? 0;
  const sum = counts.reduce((a, b) => a + b, 0);
  if (Number(heads[1]) !== variants || Number(titles[1]) !== names || sum !== names) {
    return `docProps/app.xml: heading pairs size ${heads[1]} for ${variants} variants, titles size ${titles[1]} for ${names} titles, counts adding up to ${sum}`;
  }
  return null;
}

export async function packageProblems(path: string): Promise<string[]> {
  const problems: string[] = [];
  const parts = new Map<string, string>();
  for (const e of zipDirectory(await readFile(path))) parts.set(e.name, Buffer.from(e.data()).toString('utf8'));
  const lower = new Set([...parts.keys()].map((n) => n.toLowerCase()));
  const types = parts.get('[Content_Types].xml') ?? '';
  const defaults = new Set(tags(types, 'Default').map((t) => (attrOf(t, 'Extension') ?? '').toLowerCase()));
  const overrides = new Map(tags(types, 'Override').map((t) => [(attrOf(t, 'PartName') ?? '').toLowerCase(), attrOf(t, 'ContentType') ?? '']));
  for (const [part] of overrides) if (!lower.has(part.slice(1))) problems.push(`a content type for the missing part ${part}`);

  for (const [name, text] of parts) {
    if (name.endsWith('/')) continue;
    const type = overrides.get(`/${name}`.toLowerCase());
    if (name !== '[Content_Types].xml' && type === undefined && !defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase())) {
      problems.push(`${name}: no content type`);
    }
    if (/\.(xml|rels|vml)$/i.test(name)) {
      const problem = xmlProblem(text);
      if (problem) problems.push(`${name}: ${problem}`);
    }
    if (name.endsWith('.rels')) {
      const ids = new Set<string>();
      for (const rel of tags(text, 'Relationship')) {
        const id = attrOf(rel, 'Id') ?? '';
        if (ids.has(id)) problems.push(`${name}: the relationship id ${id} twice`);
        ids.add(id);
        if (attrOf(rel, 'TargetMode') === 'External') continue;
        const target = resolve(sourceOf(name), attrOf(rel, 'Target') ?? '');
        if (!lower.has(target.toLowerCase())) problems.push(`${name}: ${id} points at the missing part ${target}`);
      }
    }
    if (type === WORKSHEET) {
      const dimension = dimensionProblem(name, text);
      if (dimension) problems.push(dimension);
      if (tags(text, 'legacyDrawing').length > 1) problems.push(`${name}: more than one legacyDrawing`);
    }
    if (/^xl\/comments[^/]*\.xml$/i.test(name)) problems.push(...noteProblems(name, text, parts));
  }
  const app = parts.get('docProps/app.xml');
  const appIssue = app === undefined ? null : appProblem(app);
  if (appIssue) problems.push(appIssue);
  return problems;
}

/** One comment per cell, and a note shape in the sheet's VML drawing for each. */
function noteProblems(name: string, xml: string, parts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const refs = tags(xml, 'comment').map((t) => attrOf(t, 'ref') ?? '');
  const twice = refs.filter((r, i) => refs.indexOf(r) !== i);
  if (twice.length) problems.push(`${name}: more than one comment on ${twice.join(' ')}`);
  // The sheet whose rels point at this comments part, and its VML drawing.
  for (const [relsName, rels] of parts) {
    if (!relsName.startsWith('xl/worksheets/_rels/')) continue;
    const sheet = sourceOf(relsName);
    const targets = tags(rels, 'Relationship').map((r) => ({ type: attrOf(r, 'Type') ?? '', part: resolve(sheet, attrOf(r, 'Target') ?? '') }));
    if (!targets.some((t) => t.type.endsWith('/comments') && t.part === name)) continue;
    const vml = parts.get(targets.find((t) => t.type.endsWith('/vmlDrawing'))?.part ?? '') ?? '';
    const shapes = new Set([...vml.matchAll(/<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`));
    for (const ref of refs) {
      const at = parseCellAddress(ref);
      if (!at || !shapes.has(`${at.row},${at.col}`)) problems.push(`${name}: no note shape for ${ref}`);
    }
  }
  return problems;
}
