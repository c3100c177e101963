/**
 * The command line's HTML report (`--report`): the print view of engine/report as
 * a file, `NAME.report.html` beside the annotated copy (`NAME.checked (2).xlsx` →
 * `NAME.report (2).html`, so two inputs never share one), or beside the input when
 * no copy is written (`--no-write`). Like the copy, a file at that name is replaced
 * only when it is a report we wrote; otherwise the report goes to the next number.
 */
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Coverage, Language, TableInfo } from '../engine/index';
import { printReport, REPORT_GENERATOR } from '../engine/report/printReport';
import type { Acceptance } from '../engine/review';
import { writeNeverReplacing } from './copy';
import type { ReviewedFinding } from './review';

export interface ReportRequest {
  /** The workbook checked, as the user named it. */
  readonly input: string;
  /** The annotated copy written, or null. */
  readonly annotated: string | null;
  readonly tables: readonly TableInfo[];
  readonly findings: readonly ReviewedFinding[];
  readonly coverage: Coverage;
  readonly language: Language;
  /** When (reportTime: ISO with the local offset). */
  readonly at: string;
}

/** `dir/NAME.checked (n).xlsx` → `dir/NAME.report (n).html`; an input `dir/NAME.xlsx` → `dir/NAME.report.html`. */
export function reportPath(copyOrInput: string): string {
  const name = basename(copyOrInput);
  const numbered = /^(.*)\.checked( \(\d+\))\.xlsx$/i.exec(name);
  const base = numbered ? `${numbered[1]}.report${numbered[2]}` : `${name.replace(/\.xls[xm]$/i, '').replace(/\.checked$/i, '')}.report`;
  return join(dirname(copyOrInput), `${base}.html`);
}

/** `NAME.report.html` → `NAME.report (n).html`. */
function numberedReport(path: string, n: number): string {
  return n < 2 ? path : path.replace(/\.html$/i, '') + ` (${n}).html`;
}

/** Our report carries its generator in its first bytes; anything else (or unreadable) is not ours. */
async function reportOccupant(path: string): Promise<'free' | 'ours' | 'theirs'> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'free' : 'theirs';
  }
  try {
    if (!(await handle.stat()).isFile()) return 'theirs';
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString('utf8').includes(`<meta name="generator" content="${REPORT_GENERATOR}">`) ? 'ours' : 'theirs';
  } catch {
    return 'theirs';
  } finally {
    await handle.close();
  }
}

/** Writes the report; returns the path written (throws WorkbookWriteError as the copy does). */
export async function writeReport(request: ReportRequest): Promise<string> {
  const acceptances: Acceptance[] = request.findings.flatMap((f) => (f.acceptance ? [f.acceptance] : []));
  const html = printReport(
    {
      source: request.input,
      ...(request.annotated !== null ? { annotated: request.annotated } : {}),
      at: request.at,
      tables: request.tables,
      findings: request.findings,
      acceptances,
      coverage: request.coverage,
    },
    request.language,
  );
  const path = reportPath(request.annotated ?? request.input);
  return writeNeverReplacing(path, new TextEncoder().encode(html), { numbered: numberedReport, occupant: reportOccupant });
}
