/** Findings marked with the reviewers' acceptances, and their counts. */
import type { Acceptance, Finding } from '../engine/index';
// The module itself, not the engine's index: the command line's parent process counts findings without loading the engine.
import { acceptanceKey } from '../engine/review';
import type { Counts } from './labels';

/** A finding and whether a reviewer accepted it (with the record: who, when and why). */
export type ReviewedFinding = Finding & {
  readonly accepted: boolean;
  readonly acceptance?: Acceptance;
};

export function applyAcceptances(
  findings: readonly Finding[],
  acceptances: readonly Acceptance[],
): ReviewedFinding[] {
  const byKey = new Map(acceptances.map((a) => [acceptanceKey(a), a]));
  return findings.map((f) => {
    const acceptance = byKey.get(acceptanceKey(f));
    return acceptance ? { ...f, accepted: true, acceptance } : { ...f, accepted: false };
  });
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
