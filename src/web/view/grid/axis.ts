/**
 * Positions along one axis of the grid (rows or columns): prefix sums of the
 * sizes, so the first item in view is found by binary search whatever the count.
 */
export class Axis {
  private readonly starts: Float64Array;

  constructor(sizes: ArrayLike<number>) {
    this.starts = new Float64Array(sizes.length + 1);
    for (let i = 0; i < sizes.length; i++)
      this.starts[i + 1] = (this.starts[i] ?? 0) + (sizes[i] ?? 0);
  }

  get count(): number {
    return this.starts.length - 1;
  }

  get total(): number {
    return this.starts[this.count] ?? 0;
  }

  start(i: number): number {
    return this.starts[Math.max(0, Math.min(i, this.count))] ?? 0;
  }

  size(i: number): number {
    return this.start(i + 1) - this.start(i);
  }

  /** Start of `from` up to the end of `to` (inclusive). */
  span(from: number, to: number): number {
    return this.start(to + 1) - this.start(from);
  }

  /** The item at a position (clamped to the axis). */
  indexAt(position: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= position) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  /** Items overlapping [from, to), with `extra` more on each side. */
  range(from: number, to: number, extra: number): { first: number; last: number } {
    const first = Math.max(0, this.indexAt(from) - extra);
    const last = Math.min(this.count - 1, this.indexAt(Math.max(from, to - 1)) + extra);
    return { first, last };
  }
}
