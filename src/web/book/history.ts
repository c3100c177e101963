/**
 * Undo and Redo over the page's edits. Every edit (Fix, Insert, Accept) is one
 * step: a function that changes the book, writing to a journal what it changes
 * (journal.ts), and what the page kept about the book before it (the session's
 * own state: acceptances, highlights, findings, selection). Undo reverts the
 * journal and puts that state back; Redo runs the same step again on the book it
 * was first run on, which gives the same result (a step holds everything it
 * decided up front: the figure, the plan, the acceptance with its time).
 */
import type { Workbook } from 'exceljs';
import { EditJournal } from './journal';

export type EditKind = 'fix' | 'insert' | 'accept';

/** A change to the book, repeatable on the state it was made on. */
export type Apply = (journal: EditJournal) => void;

interface Step<S> {
  /** Tells apart the book's states: the one Save wrote is remembered by its step. */
  readonly id: number;
  readonly kind: EditKind;
  readonly apply: Apply;
  readonly journal: EditJournal;
  readonly before: S;
}

/** What the history works on: the model, and the page's own state about it. */
export interface HistoryOwner<S> {
  readonly workbook: Workbook;
  /** What the page keeps about the book now, to put back on Undo. */
  captureState(): S;
  /** Puts that state back; `sheets` are those whose cells the revert changed. */
  restoreState(state: S, sheets: ReadonlySet<string>): void;
}

/** Older steps are forgotten past this many (each holds the cells it changed). */
export const HISTORY_LIMIT = 100;

let steps = 0;

export class BookHistory<S> {
  private readonly done: Step<S>[] = [];
  private readonly undone: Omit<Step<S>, 'journal' | 'before'>[] = [];
  /** The step the saved (or opened) book ended with: 0 before any. */
  private savedAt = 0;
  /** Set while the history's owner runs something that must not be interleaved with Undo. */
  private busyCount = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly owner: HistoryOwner<S>) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  get canUndo(): boolean {
    return this.busyCount === 0 && this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.busyCount === 0 && this.undone.length > 0;
  }

  /** The kind of the step Undo would take back, and of the one Redo would do again. */
  get nextUndo(): EditKind | null {
    return this.done.at(-1)?.kind ?? null;
  }

  get nextRedo(): EditKind | null {
    return this.undone.at(-1)?.kind ?? null;
  }

  /** Whether the book differs from what was opened or last saved. */
  get unsaved(): boolean {
    return (this.done.at(-1)?.id ?? 0) !== this.savedAt;
  }

  /** The book as it is now is the one saved. */
  markSaved(): void {
    this.savedAt = this.done.at(-1)?.id ?? 0;
    this.notify();
  }

  /** Runs a new edit: what was undone can no longer be redone. */
  run(kind: EditKind, apply: Apply): void {
    this.perform({ id: ++steps, kind, apply });
    this.undone.length = 0;
    this.notify();
  }

  /** Takes the last step back. False when there is none. */
  undo(): boolean {
    const step = this.done.pop();
    if (!step) return false;
    this.revert(step.journal, step.before);
    this.undone.push({ id: step.id, kind: step.kind, apply: step.apply });
    this.notify();
    return true;
  }

  /** Does the last undone step again. False when there is none. */
  redo(): boolean {
    const step = this.undone.pop();
    if (!step) return false;
    this.perform(step);
    this.notify();
    return true;
  }

  /** While the owner verifies or edits, Undo and Redo wait (their buttons are disabled). */
  busy(on: boolean): void {
    this.busyCount += on ? 1 : -1;
    this.notify();
  }

  private perform(step: Omit<Step<S>, 'journal' | 'before'>): void {
    const before = this.owner.captureState();
    const journal = new EditJournal();
    try {
      step.apply(journal);
    } catch (error) {
      // A step that failed half way leaves nothing behind.
      this.revert(journal, before);
      throw error;
    }
    this.done.push({ ...step, journal, before });
    if (this.done.length > HISTORY_LIMIT) this.done.shift();
  }

  private revert(journal: EditJournal, before: S): void {
    const sheets = journal.revert(this.owner.workbook);
    this.owner.restoreState(before, sheets);
  }

  private notify(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }
}
