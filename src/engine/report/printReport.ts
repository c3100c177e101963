/**
 * The printable report (issue 14): one HTML document, A4, Korean fonts, that the
 * pane and the page print and the command line writes beside the annotated copy
 * (`--report`). The findings with their computation trail (and the cell an error was
 * carried from), the coverage counts and the figures left unchecked, and every
 * acceptance with its reviewer and reason. Pure: text in, text out, every piece of
 * the workbook escaped; words from the glossary and the rules. What a surface
 * prints is a `ReviewReport` (everything but the time): the pane builds it from
 * its own state, the page's host from its session (HostPort.report), so the two
 * Print buttons of the page print one record, fixed findings included.
 */
import type { Coverage, Finding, TableInfo } from '../findings';
import type { Language } from '../options';
import type { Acceptance, FixRecord } from '../review';
import { acceptanceKey } from '../review';
import { formatNumber } from '../format';
import { FIELDS, PRODUCT, SEVERITIES, STATES, UNCHECKED_REASONS } from '../glossary';
import { COVERAGE_WORDS } from '../coverage/words';
import { KIND_WORDS } from '../tables/kindWords';
import { fill, ruleLabel } from '../rules/index';

export interface PrintInput {
  /** The workbook's name, when the surface knows it. */
  readonly source?: string;
  /** The annotated copy written beside it (the command line's `NAME.checked.xlsx`), when there is one. */
  readonly annotated?: string;
  /** When the report was made: ISO, with the offset it was made at (`reportTime`); shown as date and time. */
  readonly at: string;
  readonly tables: readonly TableInfo[];
  readonly findings: readonly Finding[];
  readonly acceptances: readonly Acceptance[];
  /** Absent when the surface had none to give. */
  readonly coverage?: Coverage;
  /**
   * The findings fixed in this session, as they read before the Fix (the command
   * line fixes nothing). `findings` no longer holds them: their figures are right now.
   */
  readonly fixes?: readonly FixRecord[];
}

/** What a surface has to print: everything but the time it is printed. */
export type ReviewReport = Omit<PrintInput, 'at'>;

const TEXT = {
  ko: {
    made: '작성',
    source: '파일',
    annotated: PRODUCT.annotatedCopy.ko,
    tables: (n: number) => `표 ${n}개`,
    open: (e: number, w: number, a: number) => `${SEVERITIES.error.ko} ${e}건 · ${SEVERITIES.warning.ko} ${w}건 · ${STATES.accepted.ko} ${a}건`,
    openHeading: '확인할 항목',
    acceptedHeading: `${STATES.accepted.ko} 항목`,
    fixed: (n: number) => `${STATES.fixed.ko} ${n}건`,
    fixedHeading: `${STATES.fixed.ko} 항목`,
    none: '없음',
  },
  en: {
    made: 'Made',
    source: 'File',
    annotated: 'Annotated copy',
    tables: (n: number) => `${n} table(s)`,
    open: (e: number, w: number, a: number) => `${e} error(s) · ${w} warning(s) · ${a} accepted`,
    openHeading: 'To review',
    acceptedHeading: 'Accepted',
    fixed: (n: number) => `${n} fixed`,
    fixedHeading: STATES.fixed.en,
    none: 'None',
  },
} as const;

/** A4, margins for binding, fonts a Korean office has (Windows, macOS, Linux) before any other. */
export const PRINT_STYLE = `
@page { size: A4; margin: 15mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Malgun Gothic', '맑은 고딕', 'Apple SD Gothic Neo', 'Noto Sans CJK KR', 'Noto Sans KR', 'Nanum Gothic', '나눔고딕', sans-serif;
  font-size: 9.5pt; line-height: 1.45; color: #000; word-break: keep-all; overflow-wrap: anywhere; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
h2 { font-size: 11.5pt; margin: 6mm 0 2mm; border-bottom: 0.4mm solid #000; padding-bottom: 1mm; }
.meta { margin: 0 0 1mm; color: #333; }
.counts { font-weight: bold; margin: 2mm 0 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.2mm solid #777; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #e8ecf4; font-weight: bold; }
thead { display: table-header-group; }
/* A finding (its message, trail and cause) is never cut across two pages. */
tr, .trail, .cause { break-inside: avoid; page-break-inside: avoid; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.trail { display: block; margin-top: 0.8mm; color: #333; font-size: 8.5pt; font-variant-numeric: tabular-nums; }
.cause { display: block; margin-top: 0.8mm; font-size: 8.5pt; }
.error { color: #a4262c; font-weight: bold; }
.warning { color: #8a6100; font-weight: bold; }
.none { color: #555; }
`;

/** The mark of a report we wrote (the command line replaces only its own reports). */
export const REPORT_GENERATOR = 'budget-verify';

/** The whole document. */
export function printReport(input: PrintInput, language: Language): string {
  const title = `${PRODUCT.name[language]} — ${PRODUCT.findings[language]}`;
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="generator" content="${REPORT_GENERATOR}"><title>${esc(title)}</title><style>${PRINT_STYLE}</style></head><body>${printBody(input, language)}</body></html>`;
}

/** The report's content, for a document of the caller's (the pane's print frame). */
export function printBody(input: PrintInput, language: Language): string {
  const t = TEXT[language];
  const accepted = new Map(input.acceptances.map((a) => [acceptanceKey(a), a]));
  const acceptanceOf = (f: Finding) => accepted.get(acceptanceKey(f)) ?? null;
  const open = input.findings.filter((f) => !acceptanceOf(f));
  const done = input.findings.filter((f) => acceptanceOf(f));
  const errors = open.filter((f) => f.severity === 'error').length;
  const parts: string[] = [];
  parts.push(`<h1>${esc(`${PRODUCT.name[language]} ${PRODUCT.findings[language]}`)}</h1>`);
  if (input.source) parts.push(`<p class="meta" data-part="source">${esc(t.source)}: ${esc(input.source)}</p>`);
  if (input.annotated) parts.push(`<p class="meta" data-part="annotated">${esc(t.annotated)}: ${esc(input.annotated)}</p>`);
  parts.push(`<p class="meta" data-part="made">${esc(t.made)}: ${esc(shownTime(input.at))} · ${esc(t.tables(input.tables.length))}</p>`);
  const fixes = input.fixes ?? [];
  const fixedCount = fixes.length > 0 ? ` · ${t.fixed(fixes.length)}` : '';
  parts.push(`<p class="counts">${esc(t.open(errors, open.length - errors, done.length) + fixedCount)}</p>`);
  if (input.coverage) {
    const c = input.coverage;
    parts.push(`<p class="counts" data-part="coverage">${esc(fill(COVERAGE_WORDS.counts[language], { checked: formatNumber(c.checked), unchecked: formatNumber(c.unchecked.length) }))}</p>`);
  }
  if (open.length === 0 && (input.coverage?.unchecked.length ?? 0) === 0) parts.push(`<p class="counts">${esc(STATES.noFindings[language])}</p>`);

  parts.push(`<h2>${esc(t.openHeading)}</h2>`);
  parts.push(open.length ? findingsTable(open, input.tables, language) : `<p class="none">${esc(t.none)}</p>`);

  if (input.coverage && input.coverage.unchecked.length > 0) {
    parts.push(`<h2>${esc(COVERAGE_WORDS.group[language])}</h2>`);
    const rows = input.coverage.unchecked
      .map((u) => `<tr><td>${esc(u.sheet)}</td><td>${esc(u.cell)}</td><td>${esc(UNCHECKED_REASONS[u.reason][language])}</td></tr>`)
      .join('');
    parts.push(`<table data-part="unchecked"><colgroup><col style="width:30%"><col style="width:15%"><col></colgroup><thead><tr><th>${esc(FIELDS.sheet[language])}</th><th>${esc(FIELDS.cell[language])}</th><th>${esc(FIELDS.reason[language])}</th></tr></thead><tbody>${rows}</tbody></table>`);
  }

  parts.push(`<h2>${esc(t.acceptedHeading)}</h2>`);
  if (done.length === 0) parts.push(`<p class="none">${esc(t.none)}</p>`);
  else {
    const rows = done
      .map((f) => {
        const a = acceptanceOf(f) as Acceptance;
        return `<tr><td>${esc(`${f.sheet}!${f.cell}`)}</td><td>${esc(ruleLabel(f.rule, language))}</td><td>${esc(a.at.slice(0, 10))}</td><td>${esc(a.reviewer ?? '')}</td><td>${esc(a.note ?? '')}</td></tr>`;
      })
      .join('');
    parts.push(
      `<table data-part="acceptances"><colgroup><col style="width:20%"><col style="width:14%"><col style="width:13%"><col style="width:14%"><col></colgroup><thead><tr><th>${esc(FIELDS.cell[language])}</th><th>${esc(FIELDS.rule[language])}</th><th>${esc(FIELDS.acceptedAt[language])}</th><th>${esc(FIELDS.reviewer[language])}</th><th>${esc(FIELDS.reason[language])}</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  if (fixes.length > 0) {
    parts.push(`<h2>${esc(t.fixedHeading)}</h2>`);
    parts.push(fixesTable(fixes, language));
  }
  return parts.join('\n');
}

/** Each fixed finding as it read (stated → the expected figure written), and when it was fixed. */
function fixesTable(fixes: readonly FixRecord[], language: Language): string {
  const head = [FIELDS.cell, FIELDS.rule, FIELDS.stated, FIELDS.expected, FIELDS.message, FIELDS.fixedAt].map((w) => `<th>${esc(w[language])}</th>`).join('');
  const rows = fixes
    .map(({ finding: f, at }) => {
      const figure = (v: number | null) => (v === null ? '' : `${formatNumber(v)}${f.unit ?? ''}`);
      return (
        `<tr><td>${esc(`${f.sheet}!${f.cell}`)}</td><td>${esc(ruleLabel(f.rule, language))}</td>` +
        `<td class="num">${esc(figure(f.actual))}</td><td class="num">${esc(figure(f.expected))}</td>` +
        `<td>${esc(f.message)}</td><td>${esc(at.slice(0, 10))}</td></tr>`
      );
    })
    .join('');
  return `<table data-part="fixes"><colgroup><col style="width:18%"><col style="width:11%"><col style="width:12%"><col style="width:12%"><col><col style="width:13%"></colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function findingsTable(findings: readonly Finding[], tables: readonly TableInfo[], language: Language): string {
  const kindOf = new Map(tables.map((tb) => [`${tb.sheet}!${tb.range}`, KIND_WORDS[tb.kind][language]]));
  const head = [FIELDS.cell, FIELDS.table, FIELDS.rule, FIELDS.stated, FIELDS.expected, FIELDS.message].map((w) => `<th>${esc(w[language])}</th>`).join('');
  const rows = findings
    .map((f) => {
      const figure = (v: number | null) => (v === null ? '' : `${formatNumber(v)}${f.unit ?? ''}`);
      const cause = f.cause && f.cause !== f.cell ? `<span class="cause">${esc(FIELDS.cause[language])}: ${esc(f.cause)}</span>` : '';
      const trail = f.explain ? `<span class="trail">${esc(FIELDS.explain[language])}: ${esc(f.explain)}</span>` : '';
      return (
        `<tr><td>${esc(`${f.sheet}!${f.cell}`)}<br><span class="${f.severity}">${esc(SEVERITIES[f.severity][language])}</span></td>` +
        `<td>${esc(kindOf.get(`${f.sheet}!${f.table}`) ?? '')}</td><td>${esc(ruleLabel(f.rule, language))}</td>` +
        `<td class="num">${esc(figure(f.actual))}</td><td class="num">${esc(figure(f.expected))}</td>` +
        `<td>${esc(f.message)}${trail}${cause}</td></tr>`
      );
    })
    .join('');
  return `<table data-part="findings"><colgroup><col style="width:16%"><col style="width:10%"><col style="width:10%"><col style="width:11%"><col style="width:11%"><col></colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** `2026-12-06T06:09+09:00` → `2026-12-06 06:09 (UTC+09:00)`; what is not ISO, as it is. */
export function shownTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!m) return iso;
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? ' (UTC)' : ` (UTC${m[3]})`;
  return `${m[1]} ${m[2]}${zone}`;
}

/** The time a report is made, in the reader's own clock and saying which (the officer reads local time). */
export function reportTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 16);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Text for HTML: the workbook's strings never become markup. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
