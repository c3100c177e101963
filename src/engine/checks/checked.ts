/**
 * Which cells took part in an identity that was evaluated (DESIGN §1.2): the target
 * and inputs of every identity that held, that failed, or that a finer identity had
 * already flagged; a computed value (no cell) passes the mark on to the identity that
 * computed it, so lines summed into an unstated category total are checked when that
 * total is compared with another table, and not otherwise.
 */
import { CellMarks } from '../coverage/cellMarks';
import type { Evaluation } from './evaluate';
import type { Derivation, Figure } from './ledger';
import { inputsOf } from './run';

export function checkedCells(evaluation: Evaluation): CellMarks {
  const marks = new CellMarks();
  // Each derivation sits in one of the lists below or gave one computed value: only
  // the computed ones can be reached twice.
  const reached = new Set<Derivation>();
  const visit = (d: Derivation): void => {
    markFigure(d.target);
    if (d.kind === 'product') for (const cell of d.sources ?? []) marks.add(d.target.sheet, cell);
    for (const f of inputsOf(d)) markFigure(f);
  };
  const markFigure = (f: Figure): void => {
    if (f.cell !== '') {
      marks.add(f.sheet, f.cell);
      return;
    }
    const from = evaluation.computedBy.get(f);
    if (!from || reached.has(from)) return;
    reached.add(from);
    visit(from);
  };
  for (const d of evaluation.agreed) visit(d);
  for (const d of evaluation.superseded) visit(d);
  for (const f of evaluation.findings) visit(f.derivation);
  return marks;
}
