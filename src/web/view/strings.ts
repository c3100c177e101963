/** Every word the page around the task pane shows, in Korean and English (the pane has its own). */
import type { Language } from '../../engine/options';
import type { WorkbookReadErrorCode } from '../../file/errors';
import { ACTIONS, PRODUCT } from '../../engine/glossary';
import type { EditKind } from '../book/history';
import { STRINGS } from '../../taskpane/strings';

export interface PageStrings {
  readonly title: string;
  readonly tagline: string;
  readonly open: string;
  readonly openSample: string;
  readonly save: string;
  readonly saveHint: (annotated: boolean) => string;
  readonly print: string;
  /** What Print does, or that there is nothing to print before a Verify. */
  readonly printHint: (ready: boolean) => string;
  readonly opening: string;
  readonly saving: string;
  readonly dropHere: string;
  readonly openFailed: string;
  readonly readError: Readonly<Record<WorkbookReadErrorCode | 'unknown', string>>;
  readonly saveFailed: string;
  readonly saved: (name: string) => string;
  readonly stateWarnings: string;
  readonly dismiss: string;
  readonly sheets: string;
  readonly nameBox: string;
  readonly formulaBar: string;
  readonly grid: (sheet: string) => string;
  readonly noWorkbook: string;
  /** While a large sheet is read again (the grid may show it as it was until then). */
  readonly readingSheet: string;
  /** Asked before opening another file over changes not yet saved. */
  readonly discardTitle: string;
  readonly discardBody: (fileName: string) => string;
  readonly discardConfirm: string;
  readonly cancel: string;
  /** Toolbar: take back the last Fix, Insert or Accept, and do it again. */
  readonly undo: string;
  readonly redo: string;
  /** The button's description: what it would take back or do again, and its keys. */
  readonly undoHint: (kind: EditKind | null) => string;
  readonly redoHint: (kind: EditKind | null) => string;
}

/** The act each history step was, in the glossary's words. */
const STEP_WORDS: Readonly<Record<EditKind, Readonly<Record<Language, string>>>> = {
  fix: ACTIONS.fix,
  insert: ACTIONS.insert,
  accept: ACTIONS.accept,
};

const UNDO_KEYS = 'Ctrl+Z';
const REDO_KEYS = 'Ctrl+Y';

const ko: PageStrings = {
  title: PRODUCT.name.ko,
  tagline: `Excel 없이 브라우저에서 ${ACTIONS.verify.ko}합니다. 파일은 이 컴퓨터 밖으로 보내지 않습니다.`,
  open: ACTIONS.open.ko,
  openSample: '예제 열기',
  save: ACTIONS.save.ko,
  saveHint: (annotated) =>
    annotated
      ? `표시, 메모, ${PRODUCT.reportSheet.ko} 시트를 넣은 ${PRODUCT.annotatedCopy.ko}(.checked.xlsx)을 내려받습니다.`
      : '통합 문서를 내려받습니다.',
  print: ACTIONS.print.ko,
  printHint: (ready) => (ready ? STRINGS.ko.printHint : `${ACTIONS.verify.ko}한 뒤에 ${PRODUCT.findings.ko}를 인쇄할 수 있습니다.`),
  opening: '여는 중…',
  saving: '저장하는 중…',
  dropHere: '.xlsx 파일을 여기에 놓으면 엽니다',
  openFailed: '파일을 열 수 없습니다',
  readError: {
    corrupt: '파일이 손상되었거나 Excel 통합 문서가 아닙니다.',
    'not-xlsx': '.xlsx 통합 문서가 아닙니다. Excel 통합 문서(.xlsx)를 여세요.',
    'legacy-xls': 'Excel 97-2003(.xls) 파일입니다. Excel에서 .xlsx로 저장한 뒤 여세요.',
    encrypted: '암호가 걸린 통합 문서입니다. Excel에서 암호를 해제하고 저장한 뒤 여세요.',
    'not-found': '파일을 찾을 수 없습니다.',
    'not-a-file': '파일을 읽을 수 없습니다.',
    'too-large': '이 파일은 너무 커서 열지 않았습니다.',
    crashed: '이 파일을 여는 작업이 중단되었습니다(메모리 부족 등). 페이지는 그대로 쓸 수 있습니다.',
    unknown: '파일을 읽는 중 문제가 생겼습니다.',
  },
  saveFailed: '저장하지 못했습니다',
  saved: (name) => `${name} 파일을 내려받았습니다.`,
  stateWarnings: `${ACTIONS.verify.ko} 기록 시트의 일부를 읽지 못해 건너뛰었습니다.`,
  dismiss: '닫기',
  sheets: '시트',
  nameBox: '셀 주소',
  formulaBar: '수식 입력줄',
  grid: (sheet) => `${sheet} 시트`,
  noWorkbook: '열린 통합 문서가 없습니다. 파일을 열거나 여기에 끌어다 놓으세요.',
  readingSheet: '시트를 읽는 중…',
  discardTitle: '저장하지 않은 변경이 있습니다',
  discardBody: (fileName) =>
    `${fileName}에서 한 ${ACTIONS.fix.ko}·${ACTIONS.insert.ko}·${ACTIONS.accept.ko}을 아직 저장하지 않았습니다. 다른 파일을 열면 이 변경은 사라집니다. 남기려면 취소한 뒤 ${ACTIONS.save.ko}하세요.`,
  discardConfirm: '저장하지 않고 열기',
  cancel: ACTIONS.cancel.ko,
  undo: ACTIONS.undo.ko,
  redo: ACTIONS.redo.ko,
  undoHint: (kind) =>
    kind
      ? `마지막 ${STEP_WORDS[kind].ko} ${ACTIONS.undo.ko} (${UNDO_KEYS})`
      : `되돌릴 ${ACTIONS.fix.ko}·${ACTIONS.insert.ko}·${ACTIONS.accept.ko}이 없습니다 (${UNDO_KEYS})`,
  redoHint: (kind) =>
    kind
      ? `되돌린 ${STEP_WORDS[kind].ko} ${ACTIONS.redo.ko} (${REDO_KEYS})`
      : `다시 할 작업이 없습니다 (${REDO_KEYS})`,
};

const en: PageStrings = {
  title: PRODUCT.name.en,
  tagline:
    'Checks the arithmetic in your browser, without Excel. The file never leaves this computer.',
  open: ACTIONS.open.en,
  openSample: 'Open sample',
  save: ACTIONS.save.en,
  saveHint: (annotated) =>
    annotated
      ? 'Downloads a copy (.checked.xlsx) with the highlights, notes and a findings sheet.'
      : 'Downloads the workbook.',
  print: ACTIONS.print.en,
  printHint: (ready) => (ready ? STRINGS.en.printHint : `${ACTIONS.verify.en} first: then the findings can be printed.`),
  opening: 'Opening…',
  saving: 'Saving…',
  dropHere: 'Drop an .xlsx file here to open it',
  openFailed: 'The file cannot be opened',
  readError: {
    corrupt: 'The file is damaged or not an Excel workbook.',
    'not-xlsx': 'This is not an .xlsx workbook. Open an Excel workbook (.xlsx).',
    'legacy-xls': 'This is an Excel 97-2003 (.xls) file. Save it as .xlsx in Excel, then open it.',
    encrypted:
      'The workbook is password-protected. Remove the password in Excel, save, then open it.',
    'not-found': 'The file was not found.',
    'not-a-file': 'The file cannot be read.',
    'too-large': 'This file is too large; it was not opened.',
    crashed: 'Opening this file was stopped (out of memory or similar). The page still works.',
    unknown: 'Something went wrong while reading the file.',
  },
  saveFailed: 'The workbook could not be saved',
  saved: (name) => `Downloaded ${name}.`,
  stateWarnings: 'Part of the review records could not be read and was skipped.',
  dismiss: 'Dismiss',
  sheets: 'Sheets',
  nameBox: 'Cell address',
  formulaBar: 'Formula bar',
  grid: (sheet) => `Sheet ${sheet}`,
  noWorkbook: 'No workbook is open. Open a file or drop one here.',
  readingSheet: 'Reading the sheet…',
  discardTitle: 'Changes not saved',
  discardBody: (fileName) =>
    `What you changed in ${fileName} (${ACTIONS.fix.en}, ${ACTIONS.insert.en}, ${ACTIONS.accept.en}) is not saved yet. Opening another file discards it. To keep it, cancel and ${ACTIONS.save.en.toLowerCase()} first.`,
  discardConfirm: 'Open without saving',
  cancel: ACTIONS.cancel.en,
  undo: ACTIONS.undo.en,
  redo: ACTIONS.redo.en,
  undoHint: (kind) =>
    kind
      ? `${ACTIONS.undo.en} the last ${STEP_WORDS[kind].en} (${UNDO_KEYS})`
      : `Nothing to ${ACTIONS.undo.en.toLowerCase()} (${UNDO_KEYS})`,
  redoHint: (kind) =>
    kind
      ? `${ACTIONS.redo.en} the ${STEP_WORDS[kind].en} you undid (${REDO_KEYS})`
      : `Nothing to ${ACTIONS.redo.en.toLowerCase()} (${REDO_KEYS})`,
};

export function pageStrings(language: Language): PageStrings {
  return language === 'en' ? en : ko;
}
