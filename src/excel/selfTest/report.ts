/**
 * The self-test's report as plain text, for the user to copy and send: the
 * verdict, the environment, then one line per step (status, id, title, what was
 * seen). Aligned in columns so it reads in an e-mail or an issue as it does here.
 */
import type { Language } from '../../engine/options';
import type { SelfTestReport } from '../../host/port';
import { phrase } from './words';

export function formatReport(
  report: Omit<SelfTestReport, 'text'>,
  language: Language,
  at: Date,
): string {
  const verdict = phrase(report.passed ? 'pass' : 'fail', language);
  const labelWidth = Math.max(0, ...report.environment.map(([label]) => label.length));
  const idWidth = Math.max(0, ...report.steps.map((s) => s.id.length));
  return [
    `${phrase('title', language)} — ${verdict} (${at.toISOString()})`,
    '',
    ...report.environment.map(([label, value]) => `${label.padEnd(labelWidth)}  ${value}`),
    '',
    ...report.steps.map(
      (s) =>
        `${s.status.toUpperCase().padEnd(4)}  ${s.id.padEnd(idWidth)}  ${s.title} — ${s.detail}`,
    ),
  ].join('\n');
}
