/**
 * A FIFO for the cases of files that are not files, with a hard bound: a reader that
 * (wrongly) opened it would wait forever for a writer. Past `afterMs` the FIFO is
 * opened for writing and closed, so any such reader sees the end of its input and
 * the test ends on its assertions instead of hanging the run.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';

/** Makes a FIFO at `path`; the returned function releases its readers at once (also on its own after `afterMs`). */
export function makeFifo(path: string, afterMs: number): () => void {
  execFileSync('mkfifo', [path]);
  const release = () => {
    clearTimeout(timer);
    try {
      // Without a reader a non-blocking open for writing fails (ENXIO): nobody waits.
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader, or the FIFO is gone: nothing to release.
    }
  };
  const timer = setTimeout(release, afterMs);
  return release;
}
