/**
 * The one place that names the worker's bundle. webpack turns this expression
 * into a worker chunk; jest (commonjs) cannot parse `import.meta`, so only the
 * composition roots import this file and everything else receives the factory.
 */
import { createWorkerEngine, measureTiming, type Engine, type WorkerLike } from './workerEngine';

export function createBrowserWorker(): WorkerLike {
  return new Worker(new URL('./verify.worker.ts', import.meta.url), { name: 'budget-verify' });
}

/** The page's engine: a worker where the browser has them, the thread otherwise. */
export function createBrowserEngine(): Engine {
  return createWorkerEngine({
    create: typeof Worker === 'function' ? createBrowserWorker : null,
    onTiming: measureTiming,
  });
}
