/** What the browser host tells the user when an action cannot be done, in both languages. */
import { ACTIONS } from '../../engine/glossary';
import type { Language } from '../../engine/options';

type Template = (p: Record<string, string>) => string;

const table = {
  sheetNotFound: {
    ko: (p) => `시트 '${p.sheet}'을(를) 찾을 수 없습니다. 다시 검산하세요.`,
    en: (p) => `Sheet '${p.sheet}' was not found. Verify again.`,
  },
  badCell: {
    ko: (p) => `'${p.cell}'은(는) 셀 주소가 아닙니다.`,
    en: (p) => `'${p.cell}' is not a cell address.`,
  },
  formulaCell: {
    ko: (p) =>
      `${p.cell}에는 수식이 있습니다. 수식을 값으로 덮어쓰지 않습니다. 수식이 참조하는 셀을 고치세요.`,
    en: (p) =>
      `${p.cell} holds a formula; it is not overwritten with a value. Fix the cells it refers to.`,
  },
  noExpected: {
    ko: (p) => `${p.cell}의 기대값이 없어 고칠 수 없습니다.`,
    en: (p) => `${p.cell} has no expected figure to write.`,
  },
  engineFailed: {
    ko: (p) => `검산 중 내부 오류가 났습니다 (${p.detail}). 통합 문서는 바뀌지 않았습니다.`,
    en: (p) =>
      `Verification failed with an internal error (${p.detail}). The workbook was not changed.`,
  },
  editFailed: {
    ko: (p) => `${ACTIONS.undo.ko}·${ACTIONS.redo.ko}를 마치지 못했습니다 (${p.detail}). ${ACTIONS.verify.ko}한 뒤 확인하세요.`,
    en: (p) => `${ACTIONS.undo.en} or ${ACTIONS.redo.en} did not finish (${p.detail}). ${ACTIONS.verify.en} and check the workbook.`,
  },
  workerStopped: {
    ko: () =>
      '검산 작업(웹 워커)이 답하기 전에 멈췄습니다. 통합 문서가 너무 크거나 내부 오류일 수 있습니다. 통합 문서는 바뀌지 않았습니다.',
    en: () =>
      'The verification (its Web Worker) stopped before it answered: the workbook may be too large, or the verifier failed. The workbook was not changed.',
  },
} satisfies Record<string, Record<Language, Template>>;

export type HostMessageId = keyof typeof table;

export function hostMessage(
  id: HostMessageId,
  language: Language,
  params: Record<string, string> = {},
): string {
  const template: Template = table[id][language];
  return template(params);
}
