/** Turns whatever a host action rejected with into something the pane can show. */
import { HostError } from '../../host/port';

export type HostErrorCode = HostError['code'];

export interface PaneError {
  readonly code: HostErrorCode;
  /** The host's own words, shown under the translated title. */
  readonly message: string;
}

export function toPaneError(error: unknown): PaneError {
  if (error instanceof HostError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: 'unknown', message: error.message };
  return { code: 'unknown', message: String(error) };
}

/** True for the rejection an AbortSignal causes (DOMException or any error named so). */
export function isAbort(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}
