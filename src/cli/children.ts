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
 * A child checking a large book (plan.ts: BOUNDED_GROWTH_FROM_BYTES) grows its heap at most
 * 2× past what its last full collection kept. V8 allows up to 4× on its own when the heap
 * limit is 2 GiB or more (ours is up to 4): the 493k-row statement book peaked at 690–710 MB
 * on a quiet machine (dates: 708), with about 400 MB live at the end; bounded, 572–590 MB
 * (measured as maxRSS, which counted some of the parent's memory too). With the collections
 * below, and each process's own high-water mark added to its parent's: 523 MB.
 * Not for smaller books: there V8's own factor is lower, and a bound of 3× made one in two
 * runs of the 100k-row statement book peak at 240 MB instead of 190 and take 1.25× the CPU;
 * 2× cost that book a third full collection.
 */
const BOUNDED_GROWTH = '--heap-growing-percent=100';

/**
 * A large book's child may also collect its garbage itself (cli/collectGarbage.ts): after
 * the reading, and before the copy is written. The sheet's inflated XML (77 MB for the
 * 493k-row statement book) and the reader's other garbage sat in the old generation through
 * the whole reading of the tables, until the heap's growth forced a full collection, and
 * were most of the peak (573 MB in the child; collected after the reading, 484–489 MB, for
 * one collection more).
 */
const EXPOSE_GC = '--expose-gc';

/** How a checking process is started: its heap, and whether its growth is bounded (a large book). */
export interface ChildSpec {
  /** In MiB. */
  readonly heapMb: number;
  readonly boundedGrowth: boolean;
}

/**
 * The environment a checking process is started with: this one's, without what only a
 * network connection would use. NODE_EXTRA_CA_CERTS (often set where a proxy inspects TLS,
 * as in many offices) makes node read and parse the certificates as it starts, before any
 * script runs: 40 ms of every run's critical path on our machines. A checking process
 * never opens a connection.
 */
export function childEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out = { ...env };
  delete out.NODE_EXTRA_CA_CERTS;
  return out;
}

/** The compiled checker; under ts-node (tests) the TypeScript source with ts-node's hook. */
export function startChild({ heapMb, boundedGrowth }: ChildSpec): ChildProcess {
  const heap = [`--max-old-space-size=${heapMb}`, ...(boundedGrowth ? [BOUNDED_GROWTH, EXPOSE_GC] : [])];
  const compiled = join(__dirname, 'checker.js');
  const options = { serialization: 'advanced' as const, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] as ('ignore' | 'pipe' | 'ipc')[], env: childEnv() };
  if (existsSync(compiled)) return fork(compiled, [], { ...options, execArgv: heap });
  return fork(join(__dirname, 'checker.ts'), [], { ...options, execArgv: ['--require', 'ts-node/register', ...heap] });
}

/** Children started ahead of the run, each with the heap it was given; the pool takes them or lets them go. */
export class EarlyChildren {
  private readonly waiting: { child: ChildProcess; spec: ChildSpec }[] = [];

  /** The children a run's plan wants (plan.ts: the pool runs the same plan). */
  static start(plan: ChildSpec & { readonly children: number }): EarlyChildren {
    const early = new EarlyChildren();
    const spec: ChildSpec = { heapMb: plan.heapMb, boundedGrowth: plan.boundedGrowth };
    for (let i = 0; i < plan.children; i++) early.waiting.push({ child: startChild(spec), spec });
    return early;
  }

  /** A waiting child started as `spec` asks, or a new one (for one gone meanwhile too). */
  take(spec: ChildSpec): ChildProcess {
    const at = this.waiting.findIndex((w) => w.spec.heapMb === spec.heapMb && w.spec.boundedGrowth === spec.boundedGrowth && w.child.connected);
    if (at < 0) return startChild(spec);
    return (this.waiting.splice(at, 1)[0] as { child: ChildProcess }).child;
  }

  /** Lets every child not taken go (a child ends when its channel closes: checker.ts). */
  release(): void {
    for (const { child } of this.waiting.splice(0)) if (child.connected) child.disconnect();
  }
}
