/**
 * The one place that names the check worker's bundle (jest cannot parse
 * `import.meta`): only the composition root imports this file.
 */
import { inspectPackage } from '../../file/xlsx/checkPackage';
import { workerBookCheck, type BookCheck, type CheckWorker } from './bookCheck';

export function createBookCheck(): BookCheck {
  if (typeof Worker !== 'function') return (bytes, fileName) => inspectPackage(bytes, fileName);
  return workerBookCheck(() => new Worker(new URL('./bookCheck.worker.ts', import.meta.url), { name: 'budget-verify-open' }) as unknown as CheckWorker);
}
