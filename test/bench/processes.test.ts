/**
 * The bench's peak of a process it starts is that process's own: not the memory the
 * bench held when it started it (Linux's maxRSS carries over the forked image's size).
 */
import { runNode } from '../../scripts/bench/processes';

describe('the bench measuring a process', () => {
  it('reports the peak of the process alone, whatever the bench holds', async () => {
    const held = Buffer.alloc(200 * 1024 * 1024, 1); // resident: filled
    const run = await runNode(['-e', 'Buffer.alloc(8 << 20, 1)'], 256);
    expect(held[held.length - 1]).toBe(1);
    expect(run.status).toBe(0);
    expect(run.rssMb).toBeGreaterThan(8);
    expect(run.rssMb).toBeLessThan(150);
  });
});
