/**
 * A large book's checking child (children.ts starts it with `--expose-gc`) collects its
 * garbage itself where most of it has just become garbage, rather than carry it to the
 * next full collection the heap's growth forces: once the book is read (the sheet's
 * inflated XML, 77 MB for the 493k-row statement, and the reader's work), and once it is
 * verified, before the copy is written (the snapshot and the engine's models, while the
 * copy inflates the sheet again). Anywhere else (a small book, the command line's own
 * thread, the tests) nothing happens.
 */
export function collectGarbage(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (typeof collect === 'function') collect();
}
