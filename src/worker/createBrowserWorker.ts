/**
 * The one place that names the worker's bundle. webpack turns this expression
 * into a worker chunk; jest (commonjs) cannot parse `import.meta`, so only the
 * composition roots import this file and everything else receives the factory.
 */
import { createWorkerEngine, measurePrepared, measureTiming, type Engine, type WorkerLike } from './workerEngine';

export function createBrowserWorker(): WorkerLike {
  return new Worker(new URL('./verify.worker.ts', import.meta.url), { name: 'budget-verify' });
}

/**
 * The panes' engine: a worker where the browser has them, the thread otherwise.
 * `keep`: the worker keeps the sheets between runs (the page; see workerEngine.ts).
 */
export function createBrowserEngine(options: { readonly keep?: boolean } = {}): Engine {
  return createWorkerEngine({
    create: typeof Worker === 'function' ? createBrowserWorker : null,
    onTiming: measureTiming,
    onPrepared: measurePrepared,
    keep: options.keep ?? false,
  });
}
