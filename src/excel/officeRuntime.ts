/**
 * Wires OfficeHost to the real Office.js globals and the engine. Only the
 * composition roots (the task pane's index.tsx, the ribbon commands) call this;
 * everything else receives the host as a parameter.
 */
import { fixContent } from '../engine/notation';
import { verifyWorkbook } from '../engine/verify';
import { OfficeHost } from './officeHost';
import { describeEnvironment } from './selfTest/environment';
import type { NotesApi, VerifyEngine } from './types';

export function createOfficeHost(engine: VerifyEngine = verifyWorkbook): OfficeHost {
  return new OfficeHost({
    // While a cell is being edited Excel holds the request until the edit ends,
    // instead of failing it (RunOptions, ExcelApi 1.11; older hosts ignore it).
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    engine,
    fixContent,
    notesApi: detectNotesApi(Office.context.requirements),
    displayLanguage: () => Office.context.displayLanguage ?? 'ko-KR',
    environment: () =>
      describeEnvironment({
        diagnostics: Office.context.diagnostics,
        requirements: Office.context.requirements,
        displayLanguage: Office.context.displayLanguage,
        officeJs:
          typeof document === 'undefined'
            ? undefined
            : document.querySelector<HTMLScriptElement>('script[src*="office.js"]')?.src,
        userAgent: typeof navigator === 'undefined' ? undefined : navigator.userAgent,
      }),
  });
}

/** Notes (ExcelApi 1.18) where the host has them, else threaded comments (1.10), else none. */
export function detectNotesApi(
  requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>,
): NotesApi {
  if (requirements.isSetSupported('ExcelApi', '1.18')) return 'note';
  if (requirements.isSetSupported('ExcelApi', '1.10')) return 'comment';
  return 'none';
}
