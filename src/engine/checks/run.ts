/**
 * Runs the checks: one evaluation pass over every derivation in dependency order,
 * then each slip's findings diagnosed on their own neighbourhood (clusters.ts).
 * Derivations that share no figure never affect each other, so one pass over the
 * whole book gives what a pass per project would, without first sorting a million
 * figures into projects; and a book with many slips stays linear in its size.
 */
import { evaluateAll } from './evaluate';
import { diagnoseClusters } from './clusters';
import type { Derivation, RawFinding } from './ledger';
import { checkedCells } from './checked';
import type { CellMarks } from '../coverage/cellMarks';

export function runChecks(derivations: readonly Derivation[]): { findings: RawFinding[]; checked: CellMarks } {
  const evaluation = evaluateAll(derivations);
  const checked = checkedCells(evaluation);
  const { findings, agreed, confirmations } = evaluation;
  if (findings.length === 0) return { findings: [], checked };
  return { findings: diagnoseClusters(derivations, findings, agreed, confirmations()), checked };
}
