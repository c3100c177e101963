/** The `--json` document (DESIGN §4): one object for the whole run. */
import { countFindings } from '../file/review';
import { isFailure, type FileOutcome } from './outcome';
import { jsonForTerminal } from './terminal';

function fileEntry(outcome: FileOutcome): Record<string, unknown> {
  if (isFailure(outcome)) return { file: outcome.file, error: outcome.error };
  const entry: Record<string, unknown> = {
    file: outcome.file,
    tables: outcome.tables,
    findings: outcome.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      expected: f.expected,
      actual: f.actual,
      unit: f.unit,
      message: f.message,
      cause: f.cause,
      explain: f.explain,
      table: f.table,
      accepted: f.accepted,
    })),
    coverage: outcome.coverage,
  };
  if (outcome.annotated !== null) entry['annotated'] = outcome.annotated;
  if (outcome.annotated !== null && outcome.notOverwritten !== null) entry['notOverwritten'] = outcome.notOverwritten;
  if (outcome.report !== null) entry['report'] = outcome.report;
  if (outcome.damaged.length > 0) entry['damaged'] = outcome.damaged;
  if (outcome.writeError !== null) entry['writeError'] = outcome.writeError;
  if (outcome.warnings.length > 0) entry['warnings'] = outcome.warnings;
  return entry;
}

export function jsonDocument(outcomes: readonly FileOutcome[]): string {
  let errors = 0;
  let warnings = 0;
  let accepted = 0;
  let unchecked = 0;
  for (const outcome of outcomes) {
    if (isFailure(outcome)) continue;
    unchecked += outcome.coverage.unchecked.length;
    const counts = countFindings(outcome.findings);
    errors += counts.errors;
    warnings += counts.warnings;
    accepted += counts.accepted;
  }
  const unreadable = outcomes.filter(isFailure).length;
  const damaged = outcomes.filter((o) => !isFailure(o) && o.damaged.length > 0).length;
  const summary = { files: outcomes.length, errors, warnings, accepted, unchecked, unreadable, damaged };
  // Escaped for a terminal too (C1, DEL, bidi controls): the same JSON value, safe to print.
  return `${jsonForTerminal(JSON.stringify({ files: outcomes.map(fileEntry), summary }, null, 2))}\n`;
}
