/**
 * The progress bar on a terminal's stderr while files are checked:
 *   budget-verify [██████░░░░░░░░░░░░░░] 3/10 budget.xlsx
 * Redrawn in place and erased at the end, so stdout and the scrollback stay clean.
 * Silent when stderr is not a terminal or the output is JSON.
 */
import { basename } from 'node:path';
import { forTerminal } from './terminal';

export interface Progress {
  /** A file has started (shown by name) or finished. */
  started(file: string): void;
  finished(): void;
  /** Erases the bar before anything else is written to stderr, and at the end. */
  clear(): void;
}

const WIDTH = 20;

export const NO_PROGRESS: Progress = { started: () => undefined, finished: () => undefined, clear: () => undefined };

export function progressBar(total: number, write: (s: string) => void): Progress {
  let done = 0;
  let current = '';
  let shown = false;
  const draw = () => {
    const filled = Math.round((done / total) * WIDTH);
    const name = forTerminal(current.length > 40 ? `…${current.slice(-39)}` : current);
    write(`\r\x1b[2Kbudget-verify [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} ${name}`);
    shown = true;
  };
  return {
    started(file) {
      current = basename(file);
      draw();
    },
    finished() {
      done++;
      draw();
    },
    clear() {
      if (shown) write('\r\x1b[2K');
      shown = false;
    },
  };
}
