/**
 * What a checking process does once a book is read, before the engine runs: a large
 * book's child (children.ts starts it with `--expose-gc`) collects the reading's garbage
 * at once, rather than carry it through the engine's run to the next full collection.
 * Anywhere else (a small book, the command line's own thread, the tests) nothing happens.
 */
export function releaseReading(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (typeof collect === 'function') collect();
}
