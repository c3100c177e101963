/** The readable report on stdout: a table of findings per file, counts, the annotated copy. */
import type { Language } from '../engine/index';
// The modules themselves, not the engine's index: the parent process reports without loading the engine.
import { COVERAGE_WORDS, UNCHECKED_REASON_WORDS } from '../engine/coverage/words';
import { sheetsWithoutTables } from '../engine/coverage/sheets';
import { fill } from '../engine/rules/rule';
import { formatFigureWithUnit } from '../file/figures';
import { labelsFor } from '../file/labels';
import { countFindings, type ReviewedFinding } from '../file/review';
import { isFailure, type FileOutcome, type FileReport } from './outcome';
import { cliMessagesFor } from './messages';
import { renderTable, type Align } from './table';
import { forTerminal } from './terminal';

const ALIGN: readonly Align[] = ['left', 'left', 'left', 'left', 'right', 'right', 'left'];

function findingsTable(findings: readonly ReviewedFinding[], language: Language): string[] {
  const labels = labelsFor(language);
  const c = labels.columns;
  const headings = [c.sheet, c.cell, c.rule, c.severity, c.stated, c.expected, c.message];
  // Sheet names and messages carry the workbook's own text: made harmless for the terminal.
  const rows = findings.map((f) =>
    [
      f.sheet,
      f.cell,
      labels.rules[f.rule] ?? f.rule,
      labels.severity[f.severity] ?? f.severity,
      formatFigureWithUnit(f.actual, f.unit),
      formatFigureWithUnit(f.expected, f.unit),
      f.message,
    ].map((text) => forTerminal(text, true)),
  );
  return renderTable(headings, rows, ALIGN).map((line) => `  ${line}`);
}

/** The text block for one readable file. */
export function fileText(report: FileReport, language: Language): string {
  const labels = labelsFor(language);
  const messages = cliMessagesFor(language);
  const open = report.findings.filter((f) => !f.accepted);
  const accepted = report.findings.filter((f) => f.accepted);
  const lines = [forTerminal(report.file)];
  if (open.length > 0) lines.push(...findingsTable(open, language));
  if (accepted.length > 0) {
    lines.push(`  ${messages.accepted(accepted.length)}`);
    lines.push(...findingsTable(accepted, language));
  }
  const counts = countFindings(report.findings);
  const unchecked = report.coverage.unchecked;
  lines.push(`  ${verdict(report, language)}${labels.counts(counts)}, ${messages.tables(report.tables.length)}`);
  lines.push(`  ${fill(COVERAGE_WORDS.counts[language], { checked: String(report.coverage.checked), unchecked: String(unchecked.length) })}`);
  for (const s of sheetsWithoutTables(report.coverage, report.tables)) {
    lines.push(`  ${forTerminal(fill(COVERAGE_WORDS.sheetWithoutTable[language], { sheet: s.sheet, figures: String(s.figures) }))}`);
  }
  if (unchecked.length > 0) lines.push(`  ${forTerminal(uncheckedList(unchecked, language))}`);
  if (report.annotated !== null) lines.push(`  ${forTerminal(messages.annotated(report.annotated))}`);
  if (report.annotated !== null && report.notOverwritten !== null) {
    lines.push(`  ${forTerminal(messages.notOverwritten(report.notOverwritten, report.annotated))}`);
  }
  if (report.report !== null) lines.push(`  ${forTerminal(messages.report(report.report))}`);
  return `${lines.join('\n')}\n\n`;
}

/**
 * `이상 없음 — ` only when nothing was found and every figure was checked (DESIGN §1.2), and
 * never for a file read only in part (damaged cells): that would be a false clean.
 */
function verdict(report: FileReport, language: Language): string {
  if (report.findings.length > 0 || report.damaged.length > 0) return '';
  const unchecked = report.coverage.unchecked.length;
  if (unchecked === 0) return `${COVERAGE_WORDS.clean[language]} — `;
  return `${fill(COVERAGE_WORDS.notAllChecked[language], { unchecked: String(unchecked) })}; `;
}

/** How many cells a file's report names before `외 n개`. */
const UNCHECKED_SHOWN = 8;

/** `사업설명서!A58 (표를 찾지 못함), … 외 3개`. */
function uncheckedList(unchecked: FileReport['coverage']['unchecked'], language: Language): string {
  const shown = unchecked
    .slice(0, UNCHECKED_SHOWN)
    .map((u) => `${u.sheet}!${u.cell} (${UNCHECKED_REASON_WORDS[u.reason][language]})`);
  const rest = unchecked.length - shown.length;
  if (rest > 0) shown.push(fill(COVERAGE_WORDS.more[language], { n: String(rest) }));
  return `${COVERAGE_WORDS.group[language]}: ${shown.join(', ')}`;
}

/** The closing line when several files were checked. */
export function totalText(outcomes: readonly FileOutcome[], language: Language): string {
  const reports = outcomes.filter((o): o is FileReport => !isFailure(o));
  const counts = countFindings(reports.flatMap((r) => r.findings));
  const total = cliMessagesFor(language).total(outcomes.length, outcomes.length - reports.length);
  return `${total}: ${labelsFor(language).counts(counts)}\n`;
}
