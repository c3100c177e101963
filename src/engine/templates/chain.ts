/**
 * What else a new basis line changes (issue 14): the amount above it grows by the
 * line's amount, and so does every figure the table's identities tie to it — the
 * category, the summary's B, its 계, 증감 and 증감률, 사업비 and its funding share,
 * the schedule — so the sheet still verifies clean after the insertion.
 *
 * Read from the engine's own derivations of the selected table's project, so the
 * chain is exactly what Verify checks. Each figure on the way is one of:
 *   - a figure the plan writes anew (its stated value moved by ±Δ, in its notation);
 *   - a change rate the plan recomputes at the precision it shows;
 *   - a formula that recomputes by itself (it refers to a cell that changes);
 *   - unresolved: a formula that does not follow, a figure on another sheet, or a
 *     total with several parts none of which is plainly the one that grows. The
 *     pane names these before anything is inserted.
 * Figures the derivations give in 원 (`stated`, Δ); plain numbers here, so a site
 * stays plain data.
 */
import { cellAddress, parseCellAddress } from '../address';
import type { Grid } from '../grid';
import { add, eq, neg, rat, sub, toNumber, ZERO, type Rational } from '../rational';
import type { Derivation, Figure, LinearDerivation } from '../checks/ledger';
import { projectDerivations, projects } from '../tables/cross';
import { referencedCells, type CellRange } from './formulaInputs';
import type { FoundTable } from '../tables/detect';

/** A cell as the sheet has it, so the figure can be written again in its own notation. */
export interface ShownCell {
  readonly value: number | string | null;
  readonly text: string;
}

/** A figure above the new line and how it follows it. Rows and columns before the insertion. */
export type Follower =
  | {
      readonly kind: 'add';
      readonly row: number;
      readonly col: number;
      /** +1: grows with the line; −1: shrinks (a prior-year amount's change). */
      readonly coef: 1 | -1;
      /** The figure as it stands, in 원, and 원 per unit it shows. */
      readonly stated: number;
      readonly scale: number;
    } & ShownCell
  | {
      readonly kind: 'rate';
      readonly row: number;
      readonly col: number;
      readonly decimals: number;
      /** The two amounts in 원 and how each moves with the line (0: it does not). */
      readonly before: { readonly stated: number; readonly coef: -1 | 0 | 1 };
      readonly after: { readonly stated: number; readonly coef: -1 | 0 | 1 };
    } & ShownCell
  | { readonly kind: 'recomputes'; readonly row: number; readonly col: number };

/** A figure that would have to change but that the plan cannot write: its sheet and cell (before the insertion), or a label. */
export interface Unresolved {
  readonly sheet: string;
  /** A1 before the insertion; '' for a total no cell states. */
  readonly cell: string;
  readonly label: string;
  /** For a total none of whose parts plainly takes the change: the parts (A1, before the insertion). */
  readonly parts?: readonly string[];
}

export interface Chain {
  readonly followers: readonly Follower[];
  readonly unresolved: readonly Unresolved[];
}

export const NO_CHAIN: Chain = Object.freeze({ followers: [], unresolved: [] });

/**
 * The chain above the figure at (`row`, `col`) — a parent line's amount, a 소계 — when
 * it grows by the new line. `own` says which of its derivations the new line joins
 * (those are satisfied by the insertion itself, not changed by it).
 */
export function chainAbove(grid: Grid, tables: readonly FoundTable[], table: FoundTable, anchor: Figure | null): Chain {
  if (!anchor) return NO_CHAIN;
  const project = projects(tables).find((p) => p.includes(table)) ?? [table];
  const derivations = projectDerivations(project.filter((t) => t.kind !== 'statement'));
  return new ChainWalk(grid, derivations, anchor).run();
}

/** The figure a derivation of the project states at this cell, if any. */
export function figureAt(tables: readonly FoundTable[], table: FoundTable, row: number, col: number): Figure | null {
  const project = projects(tables).find((p) => p.includes(table)) ?? [table];
  const address = cellAddress(row, col);
  for (const d of projectDerivations(project.filter((t) => t.kind !== 'statement'))) {
    for (const f of figuresOf(d)) if (f.sheet === table.sheet && f.cell === address) return f;
  }
  return null;
}

/** The category total a top-level line of `category` adds to (a stated category row, or computed). */
export function categoryTotal(table: FoundTable, category: string): Figure | null {
  if (table.kind !== 'basis') return null;
  const key = category.replace(/\s+/g, '');
  return table.model.categories.find((c) => c.key === key || c.name === category)?.total ?? null;
}

function figuresOf(d: Derivation): Figure[] {
  if (d.kind === 'linear') return [d.target, ...d.terms.map((t) => t.fig)];
  if (d.kind === 'rate') return [d.target, d.before, d.after];
  if (d.kind === 'ratio') return [d.target, d.part, d.whole];
  return [d.target];
}

class ChainWalk {
  /** How much each figure moves, in 원 per 원 of the new line (+1, −1; 0 for none). */
  private readonly moves = new Map<Figure, Rational>();
  private readonly settled = new Set<Derivation>();
  private readonly followers: Follower[] = [];
  private readonly unresolved: Unresolved[] = [];
  /** Cells (this sheet) that change, written or recomputed: a formula referring to one follows. */
  private readonly changedCells = new Set<string>();
  /** Formula cells that move: whether each follows is decided once every change is known. */
  private readonly formulas: Figure[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly derivations: readonly Derivation[],
    private readonly anchor: Figure,
  ) {}

  run(): Chain {
    // The anchor's own sums take the new line in: they hold after the insertion as they did before.
    for (const d of this.derivations) {
      if (d.kind === 'linear' && d.target === this.anchor && (d.rule === 'subtotal' || d.rule === 'total')) this.settled.add(d);
    }
    this.move(this.anchor, rat(1), true);
    for (let guard = 0; guard < this.derivations.length + 1; guard++) {
      if (this.forward()) continue;
      if (!this.resolveOne()) break;
    }
    for (const f of this.formulas) {
      const at = parseCellAddress(f.cell) as { row: number; col: number };
      if (this.follows(f)) this.followers.push({ kind: 'recomputes', row: at.row, col: at.col });
      else this.unresolved.push(this.where(f));
    }
    return { followers: sortedByPlace(this.followers), unresolved: this.unresolved };
  }

  /** Targets follow their terms until nothing more moves; true if anything moved. */
  private forward(): boolean {
    let movedAny = false;
    let moved = true;
    while (moved) {
      moved = false;
      for (const d of this.derivations) {
        if (this.settled.has(d)) continue;
        if (d.kind === 'rate') {
          if (this.moves.has(d.before) || this.moves.has(d.after)) {
            this.settled.add(d);
            this.rate(d);
            moved = true;
          }
          continue;
        }
        if (d.kind === 'ratio') {
          // A share or an execution rate over a figure that moves: its formula follows, or the officer recomputes it.
          if (this.moves.has(d.part) || this.moves.has(d.whole)) {
            this.settled.add(d);
            this.ratio(d.target);
          }
          continue;
        }
        if (d.kind === 'product') {
          if (this.moves.has(d.target)) {
            // A line with its own formula cannot also be the sum of the new line.
            this.settled.add(d);
            this.unresolved.push(this.where(d.target));
          }
          continue;
        }
        const termsMove = this.termsMove(d);
        if (termsMove === null || this.moves.has(d.target)) continue;
        this.settled.add(d);
        if (!eq(termsMove, ZERO)) this.move(d.target, termsMove);
        moved = true;
      }
      movedAny ||= moved;
    }
    return movedAny;
  }

  /**
   * A total that moved while none of its parts did (사업비 and its funding shares, the
   * schedule's 계 and its steps): one part must take the move. Which one is plain only
   * when one part follows already (a formula), one part is not zero, or one part states
   * the old value of a figure that made the same move (a step restating a category).
   */
  private resolveOne(): boolean {
    for (const d of this.derivations) {
      if (this.settled.has(d) || d.kind !== 'linear') continue;
      const total = this.moves.get(d.target);
      if (total === undefined) continue;
      this.settled.add(d);
      const need = sub(total, this.termsMove(d) ?? ZERO);
      if (eq(need, ZERO)) return true;
      const free = d.terms.filter((t) => !this.moves.has(t.fig) && t.fig.cell !== '' && t.fig.stated !== null);
      const pick = this.pick(free.map((t) => t.fig));
      const term = free.find((t) => t.fig === pick);
      if (term) this.move(term.fig, term.coef === 1 ? need : neg(need));
      else this.unresolved.push({ ...this.where(d.target), parts: free.map((t) => t.fig.cell) });
      return true;
    }
    return false;
  }

  private pick(candidates: readonly Figure[]): Figure | null {
    const following = candidates.filter((f) => this.follows(f));
    if (following.length === 1) return following[0] as Figure;
    const nonZero = candidates.filter((f) => f.stated !== null && !eq(f.stated, ZERO));
    if (nonZero.length === 1) return nonZero[0] as Figure;
    const restating = nonZero.filter((f) => [...this.moves.keys()].some((m) => m.stated !== null && f.stated !== null && eq(m.stated, f.stated)));
    return restating.length === 1 ? (restating[0] as Figure) : null;
  }

  /** Σ coef · move of the terms that move; null when none does. */
  private termsMove(d: LinearDerivation): Rational | null {
    let sum: Rational | null = null;
    for (const t of d.terms) {
      const m = this.moves.get(t.fig);
      if (m === undefined) continue;
      sum = t.coef === 1 ? add(sum ?? ZERO, m) : sub(sum ?? ZERO, m);
    }
    return sum;
  }

  /** `f` moves by `by` per 원 of the new line: written, recomputed, or unresolved. */
  private move(f: Figure, by: Rational, anchor = false): void {
    this.moves.set(f, by);
    if (f.cell === '') return; // a computed total: nothing on the sheet to write
    const at = parseCellAddress(f.cell);
    if (!at || f.sheet !== this.grid.name) {
      this.unresolved.push(this.where(f));
      return;
    }
    this.changedCells.add(f.cell);
    if (anchor) return; // the plan writes the anchor itself (a SUM or its figure)
    if (this.grid.cell(at.row, at.col).formula) {
      this.formulas.push(f);
      return;
    }
    const coef = toNumber(by);
    if (f.stated === null || (coef !== 1 && coef !== -1)) {
      this.unresolved.push(this.where(f));
      return;
    }
    this.followers.push({ kind: 'add', row: at.row, col: at.col, coef, stated: toNumber(f.stated), scale: Number(f.scale), ...shownCell(this.grid, at.row, at.col) });
  }

  private rate(d: Extract<Derivation, { kind: 'rate' }>): void {
    const f = d.target;
    const at = parseCellAddress(f.cell);
    if (!at || f.sheet !== this.grid.name) return;
    if (this.grid.cell(at.row, at.col).formula) {
      this.changedCells.add(f.cell);
      this.formulas.push(f);
      return;
    }
    if (f.stated === null || d.before.stated === null || d.after.stated === null) return; // a word (순증) stays a word
    const operand = (g: Figure) => ({ stated: toNumber(g.stated as Rational), coef: sign(this.moves.get(g)) });
    this.followers.push({ kind: 'rate', row: at.row, col: at.col, decimals: d.decimals, before: operand(d.before), after: operand(d.after), ...shownCell(this.grid, at.row, at.col) });
  }

  private ratio(f: Figure): void {
    const at = parseCellAddress(f.cell);
    if (at && f.sheet === this.grid.name && this.grid.cell(at.row, at.col).formula) {
      this.changedCells.add(f.cell);
      this.formulas.push(f);
    } else if (f.stated !== null) {
      this.unresolved.push(this.where(f));
    }
  }

  /** A formula cell that refers to another cell that changes recomputes by itself. */
  private follows(f: Figure): boolean {
    const at = parseCellAddress(f.cell);
    if (!at || f.sheet !== this.grid.name) return false;
    const formula = this.grid.cell(at.row, at.col).formula;
    if (!formula) return false;
    const others = new Set([...this.changedCells].filter((c) => c !== f.cell));
    return referencedCells(formula).some((ref) => inRef(ref, others));
  }

  private where(f: Figure): Unresolved {
    return { sheet: f.sheet, cell: f.cell, label: f.label };
  }
}

/** Followers in the order a reader meets them on the sheet (row, then column). */
function sortedByPlace(followers: readonly Follower[]): Follower[] {
  return [...followers].sort((a, b) => a.row - b.row || a.col - b.col);
}

export function shownCell(grid: Grid, row: number, col: number): ShownCell {
  const cell = grid.cell(row, col);
  return { value: typeof cell.value === 'number' || typeof cell.value === 'string' ? cell.value : null, text: cell.text };
}

function sign(r: Rational | undefined): -1 | 0 | 1 {
  if (r === undefined) return 0;
  const n = toNumber(r);
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

function inRef(ref: CellRange, cells: ReadonlySet<string>): boolean {
  for (const cell of cells) {
    const at = parseCellAddress(cell);
    if (at && ref.top <= at.row && at.row <= ref.bottom && ref.left <= at.col && at.col <= ref.right) return true;
  }
  return false;
}
