/**
 * After a row is inserted, the add-in's records must follow the cells they are
 * about, or Clear would restore a fill on the wrong cell. Pure.
 */
import { cellAddress, parseCellAddress } from '../engine/address';
import type { WorkbookState } from './stateFormat';

export function shiftState(state: WorkbookState, sheet: string, insertAt: number): WorkbookState {
  const move = <T extends { sheet: string; cell: string }>(r: T): T => {
    if (r.sheet !== sheet) return r;
    const at = parseCellAddress(r.cell);
    if (!at || at.row < insertAt) return r;
    return { ...r, cell: cellAddress(at.row + 1, at.col) };
  };
  return {
    fills: state.fills.map(move),
    notes: state.notes.map(move),
    acceptances: state.acceptances.map(move),
    other: state.other,
  };
}
