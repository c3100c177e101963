/** Findings marked with the reviewers' acceptances, and their counts. */
import { isAccepted, type Acceptance, type Finding } from '../engine/index';
import type { Counts } from './labels';

export type ReviewedFinding = Finding & { readonly accepted: boolean };

export function applyAcceptances(
  findings: readonly Finding[],
  acceptances: readonly Acceptance[],
): ReviewedFinding[] {
  return findings.map((f) => ({ ...f, accepted: isAccepted(f, acceptances) }));
}

/** Accepted findings are counted apart: they no longer count as errors or warnings. */
export function countFindings(findings: readonly ReviewedFinding[]): Counts {
  let errors = 0;
  let warnings = 0;
  let accepted = 0;
  for (const f of findings) {
    if (f.accepted) accepted++;
    else if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings, accepted };
}
