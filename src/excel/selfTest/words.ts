/** The self-test's words, in both languages, in one table: step titles and the phrases of its details. */
import type { Language } from '../../engine/options';
import { ACTIONS } from '../../engine/glossary';

export type StepId =
  | 'notes-api'
  | 'scratch-sheet'
  | 'fills-read'
  | 'tint-model'
  | 'verify-findings'
  | 'verify-marks'
  | 'verify-notes'
  | 'fix'
  | 'accept'
  | 'clear'
  | 'cleanup';

export const STEP_ORDER: readonly StepId[] = [
  'notes-api',
  'scratch-sheet',
  'fills-read',
  'tint-model',
  'verify-findings',
  'verify-marks',
  'verify-notes',
  'fix',
  'accept',
  'clear',
  'cleanup',
];

type Pair = Readonly<Record<Language, string>>;

const TITLES: Readonly<Record<StepId, Pair>> = {
  'notes-api': { ko: '메모·댓글 API', en: 'Notes and comments API' },
  'scratch-sheet': { ko: '진단 시트 만들기', en: 'Scratch sheet made' },
  'fills-read': { ko: '채우기를 쓴 대로 읽음', en: 'Fills read back as written' },
  'tint-model': { ko: '테마 색 밝기를 알리는 방식', en: 'How a theme tint is reported' },
  'verify-findings': { ko: '검산: 틀린 곳 4개', en: 'Verify finds the 4 slips' },
  'verify-marks': { ko: '검산: 틀린 셀만 표시', en: 'Verify highlights the slips only' },
  'verify-notes': { ko: '검산: 메모와 알림', en: 'Verify notes, and names cells it cannot note' },
  fix: ACTIONS.fix,
  accept: ACTIONS.accept,
  clear: { ko: '지우기: 원래 채우기 그대로', en: 'Clear gives every fill back' },
  cleanup: { ko: '진단 시트와 기록 지우기', en: 'Scratch sheet and its records removed' },
};

const PHRASES = {
  pass: { ko: '통과', en: 'PASS' },
  fail: { ko: '실패', en: 'FAIL' },
  skip: { ko: '건너뜀', en: 'SKIP' },
  title: { ko: '예산 검산 진단 결과', en: 'Budget Verify self-test' },
  notRun: { ko: '앞 단계가 실패해 하지 않았습니다.', en: 'Not run: an earlier step failed.' },
  notesMissing: {
    ko: 'ExcelApi 1.18을 지원한다고 알리지만 Worksheet.notes가 없습니다(오래된 office.js). 댓글로 대신 씁니다.',
    en: 'The host reports ExcelApi 1.18 but Worksheet.notes is missing (an old office.js). Comments are used instead.',
  },
  writesNotes: { ko: '메모(ExcelApi 1.18)로 씁니다.', en: 'Writes notes (ExcelApi 1.18).' },
  writesComments: {
    ko: '댓글(ExcelApi 1.10)로 씁니다.',
    en: 'Writes threaded comments (ExcelApi 1.10).',
  },
  writesNothing: {
    ko: '메모도 댓글도 쓸 수 없어 작업창 목록으로만 알립니다.',
    en: 'Neither notes nor comments: the pane’s list only.',
  },
  tintShown: {
    ko: '보이는 색과 밝기를 함께 알립니다. 지우기는 보이는 색을 그대로 씁니다.',
    en: 'Excel reports the colour shown with its tint; Clear writes that colour back.',
  },
  tintBase: {
    ko: '테마 원래 색과 밝기를 따로 알립니다. 지우기가 밝기를 잃어 더 진한 색으로 되돌리게 됩니다.',
    en: 'Excel reports the accent colour and the tint apart; Clear would give back the darker accent colour.',
  },
  skippedNotice: { ko: '알림에 이름이 있음', en: 'named in the notice' },
  fixedTo: { ko: '값', en: 'value' },
} as const satisfies Record<string, Pair>;

export type Phrase = keyof typeof PHRASES;

export function stepTitle(id: StepId, language: Language): string {
  return TITLES[id][language];
}

export function phrase(id: Phrase, language: Language): string {
  return PHRASES[id][language];
}
