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

/**
 * Cell-edit mode: Excel's own code, or the generic InvalidOperation that some
 * builds send instead, with a message about editing (English, or the user's language).
 */
export function isEditMode(e: unknown): boolean {
  const code = officeCode(e);
  if (code === 'InvalidOperationInCellEditMode') return true;
  const text = e instanceof Error ? e.message : '';
  return code === 'InvalidOperation' && /edit|편집|編集|编辑/i.test(text);
}

/**
 * The errors Excel sends when another workbook takes the focus in the middle of
 * a request ("API limitations when the active workbook switches"): reading the
 * active cell or sheet fails with InvalidSelection. Adding, activating or
 * selecting fails with GeneralException, which Excel sends for other failures
 * too (see `general`): only the callers of those commands take it for a switch.
 */
export function isFocusLost(e: unknown, general = false): boolean {
  const code = officeCode(e);
  return (
    code === 'InvalidSelection' ||
    code === 'InactiveWorkbook' ||
    (general && code === 'GeneralException')
  );
}

export function toHostError(e: unknown, language: Language): Error {
  if (e instanceof HostError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return e;
  if (isEditMode(e)) return new HostError('edit-mode', message('editMode', language));
  if (isFocusLost(e)) return new HostError('unknown', message('focusLost', language));
  switch (officeCode(e)) {
    case 'GeneralException': {
      const detail = e instanceof Error ? e.message : String(e);
      return new HostError('unknown', message('generalException', language, { detail }));
    }
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestPayloadSizeLimitExceeded':
      return new HostError('too-large', message('payload', language));
    case 'ItemNotFound':
      return new HostError('not-found', message('sheetNotFound', language, { sheet: '' }));
    case 'InvalidOperation': {
      // Some builds say nothing of editing when a cell is being edited: say it might be.
      const detail = e instanceof Error ? e.message : String(e);
      return new HostError('unknown', message('invalidOperation', language, { detail }));
    }
    default: {
      const detail = e instanceof Error ? e.message : String(e);
      return new HostError('unknown', message('unknown', language, { detail }));
    }
  }
}

export function abortError(): Error {
  return new DOMException('The operation was aborted.', 'AbortError');
}
