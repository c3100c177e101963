/**
 * What the self-test reports of the host: the application, platform and version
 * Office says, the requirement sets it supports (the highest of each), the
 * annotation kind the add-in will write, and where Office.js came from. From the
 * Office.js globals, given as parameters so tests can pass their own.
 */
import type { AnnotationApis } from '../apis';

/** Requirement sets worth knowing, each with the versions to try from the newest down. */
const SETS: readonly (readonly [string, readonly string[]])[] = [
  ['ExcelApi', Array.from({ length: 20 }, (_, i) => `1.${20 - i}`)],
  ['SharedRuntime', ['1.2', '1.1']],
  ['DialogApi', ['1.2', '1.1']],
  ['RibbonApi', ['1.2', '1.1']],
];

export interface OfficeFacts {
  readonly diagnostics?: {
    readonly host?: unknown;
    readonly platform?: unknown;
    readonly version?: unknown;
  };
  readonly requirements?: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
  readonly displayLanguage?: string;
  /** The src of the page's office.js script. */
  readonly officeJs?: string;
  readonly userAgent?: string;
}

export function describeEnvironment(
  facts: OfficeFacts,
  apis?: AnnotationApis,
): readonly (readonly [string, string])[] {
  const d = facts.diagnostics ?? {};
  const supported = (name: string, versions: readonly string[]) =>
    versions.find((v) => facts.requirements?.isSetSupported(name, v) === true) ?? '—';
  return [
    ['Host', String(d.host ?? '—')],
    ['Platform', String(d.platform ?? '—')],
    ['Version', String(d.version ?? '—')],
    ['Language', facts.displayLanguage ?? '—'],
    ...SETS.map(([name, versions]) => [name, supported(name, versions)] as const),
    ...(apis ? [['Annotations', apis.kind] as const] : []),
    ['Office.js', facts.officeJs ?? '—'],
    ['User agent', facts.userAgent ?? '—'],
  ];
}
