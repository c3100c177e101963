/**
 * From the ribbon's commands to the pane, when both run in one runtime (Office's
 * shared runtime): each command's outcome is announced, and the pane shows it
 * as the result of its own action. An outcome announced while no pane listens
 * (the pane's page is still loading) waits for the first listener.
 */
import type { RibbonEvent } from '../host/port';

export class RibbonChannel {
  private readonly listeners = new Set<(event: RibbonEvent) => void>();
  private pending: RibbonEvent | null = null;

  announce(event: RibbonEvent): void {
    if (this.listeners.size === 0) this.pending = event;
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: (event: RibbonEvent) => void): () => void {
    this.listeners.add(listener);
    const pending = this.pending;
    this.pending = null;
    if (pending) listener(pending);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
