/**
 * A list grown in blocks of 32768: a push never copies what is already there. A sheet's
 * row lists grown by push were copied at every growth (by half again), each copy of a
 * large list in fresh memory the process had to fault in: about 40 ms for the five
 * lists of a 100,000-row sheet, against some 10 ms in blocks. A block (256 KB) is
 * past the young generation's largest object, so the collector never copies it either;
 * blocks of 4096 were young and copied, and cost the collector what they saved.
 */
const BITS = 15;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;

export class Blocks<T> {
  /**
   * The first grown by push as any list (a small sheet's lists are as they were, and
   * handed over as they are); each after it made at its full size and filled by index.
   */
  private readonly blocks: T[][] = [[]];
  private last: T[] = this.blocks[0] as T[];
  length = 0;

  push(item: T): void {
    const at = this.length & MASK;
    if (at === 0 && this.length > 0) this.blocks.push((this.last = new Array<T>(SIZE)));
    this.last[at] = item;
    this.length++;
  }

  /** The item at `i` (0 ≤ i < length). */
  at(i: number): T {
    return (this.blocks[i >> BITS] as T[])[i & MASK] as T;
  }

  set(i: number, item: T): void {
    (this.blocks[i >> BITS] as T[])[i & MASK] = item;
  }
}
