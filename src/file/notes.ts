/** The text of the note (cell comment) put on a flagged cell. */
import type { Comment, RichText } from 'exceljs';
import type { Finding } from '../engine/index';
import { formatFigureWithUnit } from './figures';
import type { Labels } from './labels';
import { causeOf } from './report';

export const NOTE_SEPARATOR = '────────────';

/** One finding as note lines: rule, stated vs expected with units, message, computation. */
export function noteBlock(finding: Finding, labels: Labels): string {
  const lines = [
    `${labels.note.tag} ${labels.severity[finding.severity]} · ${labels.rules[finding.rule]}`,
  ];
  const figures: string[] = [];
  if (finding.actual !== null)
    figures.push(`${labels.note.stated} ${formatFigureWithUnit(finding.actual, finding.unit)}`);
  if (finding.expected !== null)
    figures.push(`${labels.note.expected} ${formatFigureWithUnit(finding.expected, finding.unit)}`);
  if (figures.length > 0) lines.push(figures.join(' / '));
  if (finding.message) lines.push(finding.message);
  if (finding.explain) lines.push(`${labels.note.explain}: ${finding.explain}`);
  const cause = causeOf(finding);
  if (cause) lines.push(`${labels.note.cause}: ${cause}`);
  return lines.join('\n');
}

/** The note text of a cell's findings. */
export function noteText(findings: readonly Finding[], labels: Labels): string {
  return findings.map((f) => noteBlock(f, labels)).join('\n\n');
}

function existingRuns(note: string | Comment | undefined): RichText[] {
  if (note === undefined) return [];
  if (typeof note === 'string') return note === '' ? [] : [{ text: note }];
  return (note.texts ?? []).filter((run) => run.text !== '');
}

/**
 * Our note, below the user's own note when there is one: the user's text and its
 * formatting are kept as they were, never replaced.
 */
export function mergedNote(existing: string | Comment | undefined, ours: string): string | Comment {
  const runs = existingRuns(existing);
  if (runs.length === 0) return ours;
  const kept: Comment = typeof existing === 'object' ? { ...existing } : {};
  return { ...kept, texts: [...runs, { text: `\n${NOTE_SEPARATOR}\n${ours}` }] };
}
