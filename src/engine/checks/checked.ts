/**
 * Which cells took part in an identity that was evaluated (DESIGN §1.2): the target
 * and inputs of every identity that held, that failed, or that a finer identity had
 * already flagged; a computed value (no cell) passes the mark on to the identity that
 * computed it, so lines summed into an unstated category total are checked when that
 * total is compared with another table, and not otherwise.
 */
import { CellMarks } from '../coverage/cellMarks';
import { CellFigure } from './cellFigure';
import type { Evaluation } from './evaluate';
import type { Derivation, Figure, RawFinding } from './ledger';
import { eachInput } from './inputs';

export function checkedCells(evaluation: Evaluation): CellMarks {
  const marks = new CellMarks();
  // Each derivation sits in one of the lists below or gave one computed value: only
  // the computed ones can be reached twice.
  const reached = new Set<Derivation>();
  // Indexed loops: they run for every derivation of a book, and for-of left an iterator
  // result per step to the garbage collector.
  const visit = (d: Derivation): void => {
    markFigure(d.target);
    const sources = d.kind === 'product' ? d.sources : undefined;
    if (sources) for (let i = 0; i < sources.length; i++) marks.add(d.target.sheet, sources[i] as string);
    eachInput(d, markFigure);
  };
  const markFigure = (f: Figure): void => {
    if (f instanceof CellFigure) {
      marks.addAt(f.sheet, f.row, f.col);
      return;
    }
    if (f.cell !== '') {
      marks.add(f.sheet, f.cell);
      return;
    }
    const from = evaluation.computedBy.get(f);
    if (!from || reached.has(from)) return;
    reached.add(from);
    visit(from);
  };
  const { agreed, superseded, findings } = evaluation;
  for (let i = 0; i < agreed.length; i++) visit(agreed[i] as Derivation);
  for (let i = 0; i < superseded.length; i++) visit(superseded[i] as Derivation);
  for (let i = 0; i < findings.length; i++) visit((findings[i] as RawFinding).derivation);
  return marks;
}
