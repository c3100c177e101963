/** Office errors → the port's HostError, with a message the user can act on. */
import type { Language } from '../engine/options';
import { HostError } from '../host/port';
import { message } from './messages';

/** The `code` of an OfficeExtension.Error, if `e` is one. */
export function officeCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = officeCode(e);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

export function toHostError(e: unknown, language: Language): Error {
  if (e instanceof HostError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return e;
  switch (officeCode(e)) {
    case 'InvalidOperationInCellEditMode':
      return new HostError('edit-mode', message('editMode', language));
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestPayloadSizeLimitExceeded':
      return new HostError('too-large', message('payload', language));
    case 'ItemNotFound':
      return new HostError('not-found', message('sheetNotFound', language, { sheet: '' }));
    default: {
      const detail = e instanceof Error ? e.message : String(e);
      return new HostError('unknown', message('unknown', language, { detail }));
    }
  }
}

export function abortError(): Error {
  return new DOMException('The operation was aborted.', 'AbortError');
}
