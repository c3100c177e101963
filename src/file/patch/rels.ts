/** Package bookkeeping for the patcher: relationships parts, content types and part paths. */
import { attr } from '../xlsx/xml';
import { xmlAttr } from './xmlText';

export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const a = ` ${m[1] ?? ''}`;
    return { id: attr(a, 'Id') ?? '', type: attr(a, 'Type') ?? '', target: attr(a, 'Target') ?? '', external: attr(a, 'TargetMode') === 'External' };
  });
}

/** A part's path from a relationship's target, relative to the folder of the part that has it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The rels part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Relationships added to an existing (or new) rels part, with ids that are not taken. */
export class RelsEditor {
  private readonly taken: Set<string>;
  private readonly added: string[] = [];
  private next = 1;

  constructor(private readonly xml: string | null) {
    this.taken = new Set(relationships(xml).map((r) => r.id));
  }

  add(type: string, target: string, external = false): string {
    let id = `rId${this.next}`;
    while (this.taken.has(id)) id = `rId${++this.next}`;
    this.taken.add(id);
    const mode = external ? ' TargetMode="External"' : '';
    this.added.push(`<Relationship Id="${id}" Type="${type}" Target="${xmlAttr(target)}"${mode}/>`);
    return id;
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  toXml(): string {
    const added = this.added.join('');
    if (this.xml === null || !this.xml.includes('</Relationships>')) {
      if (this.xml !== null && /<Relationships\b[^>]*\/>/.test(this.xml)) return this.xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${added}</Relationships>`);
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL_NS}">${added}</Relationships>`;
    }
    return this.xml.replace('</Relationships>', `${added}</Relationships>`);
  }
}

/** `[Content_Types].xml` with overrides for new parts and defaults for new extensions. */
export class ContentTypes {
  private readonly additions: string[] = [];

  constructor(private readonly xml: string) {}

  override(part: string, type: string): void {
    if (this.xml.includes(`PartName="/${part}"`)) return;
    this.additions.push(`<Override PartName="/${xmlAttr(part)}" ContentType="${type}"/>`);
  }

  extension(ext: string, type: string): void {
    const known = new RegExp(`<Default\\b[^>]*Extension="${ext}"`, 'i');
    if (known.test(this.xml) || this.additions.some((a) => a.includes(`Extension="${ext}"`))) return;
    this.additions.push(`<Default Extension="${ext}" ContentType="${type}"/>`);
  }

  get changed(): boolean {
    return this.additions.length > 0;
  }

  toXml(): string {
    // Defaults before overrides is what Excel writes; the schema allows them in any order.
    return this.xml.replace('</Types>', `${this.additions.join('')}</Types>`);
  }
}

/** A part name not in `taken` (lower-case names; part names compare case-insensitively), and now taken. */
export function freePart(taken: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
