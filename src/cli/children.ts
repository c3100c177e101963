/**
 * Starting the checking processes (checker.ts). Kept to node's own modules: main.ts
 * starts the children before it loads the rest of the command line, so that each
 * child loads the engine and the reader while the parent loads its own modules
 * and plans the copies, rather than after.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';

const MiB = 1024 * 1024;

/** A child's heap, in MiB: its share of most of the memory, between 1 and 4 GiB. */
export function heapLimitMb(children: number): number {
  const share = Math.floor((totalmem() / MiB) * 0.6 / Math.max(1, children));
  return Math.max(1024, Math.min(4096, share));
}

/**
 * How far a child's heap may grow past what its last full collection kept, in percent
 * (200: to 3×). V8 allows up to 4× on its own when the heap limit is 2 GiB or more (ours
 * is up to 4), so a large book's peak depended on where its last full collection fell:
 * the 493k-row statement book peaked at 690–710 MB (dates: 708), with about 400 MB live
 * at the end. At 3× it peaked at 575–590 MB (dates 590); at 2× about the same (572–586)
 * but the 100k-row statement book took a third full collection (+50–90 ms); at 2.5× one
 * run peaked at 677 MB: where the last collection falls still decides, within the bound.
 */
const HEAP_GROWTH_PERCENT = 200;

/** The compiled checker; under ts-node (tests) the TypeScript source with ts-node's hook. */
export function startChild(heapMb: number): ChildProcess {
  const heap = [`--max-old-space-size=${heapMb}`, `--heap-growing-percent=${HEAP_GROWTH_PERCENT}`];
  const compiled = join(__dirname, 'checker.js');
  const options = { serialization: 'advanced' as const, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] as ('ignore' | 'pipe' | 'ipc')[] };
  if (existsSync(compiled)) return fork(compiled, [], { ...options, execArgv: heap });
  return fork(join(__dirname, 'checker.ts'), [], { ...options, execArgv: ['--require', 'ts-node/register', ...heap] });
}

/** Children started ahead of the run, each with the heap it was given; the pool takes them or lets them go. */
export class EarlyChildren {
  private readonly waiting: { child: ChildProcess; heapMb: number }[] = [];

  /** The children a run's plan wants (plan.ts: the pool runs the same plan). */
  static start(plan: { readonly children: number; readonly heapMb: number }): EarlyChildren {
    const early = new EarlyChildren();
    for (let i = 0; i < plan.children; i++) early.waiting.push({ child: startChild(plan.heapMb), heapMb: plan.heapMb });
    return early;
  }

  /** A waiting child with this heap, or a new one (for one gone meanwhile too). */
  take(heapMb: number): ChildProcess {
    const at = this.waiting.findIndex((w) => w.heapMb === heapMb && w.child.connected);
    if (at < 0) return startChild(heapMb);
    return (this.waiting.splice(at, 1)[0] as { child: ChildProcess }).child;
  }

  /** Lets every child not taken go (a child ends when its channel closes: checker.ts). */
  release(): void {
    for (const { child } of this.waiting.splice(0)) if (child.connected) child.disconnect();
  }
}
