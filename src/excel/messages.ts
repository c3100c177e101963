/** Every message the adapter shows a user, in both languages, in one table. */
import type { Language } from '../engine/options';

type Template = (p: Record<string, string | number>) => string;

const table = {
  protected: {
    ko: (p) =>
      `시트 '${p.sheets}'이(가) 보호되어 있어 표시를 쓸 수 없습니다. 시트 보호를 해제한 뒤 다시 실행하세요.`,
    en: (p) =>
      `Sheet '${p.sheets}' is protected, so nothing was changed. Unprotect it and try again.`,
  },
  workbookProtected: {
    ko: () =>
      '통합 문서 구조가 보호되어 있어 검산 기록 시트를 만들 수 없습니다. 아무것도 바뀌지 않았습니다.',
    en: () =>
      "The workbook's structure is protected, so the add-in cannot keep its records. Nothing was changed.",
  },
  readOnly: {
    ko: () =>
      '읽기 전용으로 열린 통합 문서입니다. 편집할 수 있게 연 뒤 다시 실행하세요. 아무것도 바뀌지 않았습니다.',
    en: () =>
      'This workbook is open read-only. Open it for editing and try again. Nothing was changed.',
  },
  editMode: {
    ko: () => '셀을 편집하는 중입니다. Enter 또는 Esc로 편집을 마친 뒤 다시 실행하세요.',
    en: () => 'A cell is being edited. Press Enter or Esc to finish, then try again.',
  },
  tooManyCells: {
    ko: (p) =>
      `검산할 셀이 ${p.cells}개로 작업 창이 메모리에 담을 수 있는 한도(${p.max}개)를 넘습니다. 가장 큰 시트 '${p.sheet}'은(는) ${p.rows}행 × ${p.columns}열을 사용합니다. 표 아래나 오른쪽의 불필요한 내용을 지우거나 시트 하나씩 검산하세요. 아무것도 바뀌지 않았습니다.`,
    en: (p) =>
      `There are ${p.cells} cells to check, more than the task pane can hold in memory (${p.max}). The largest sheet, '${p.sheet}', uses ${p.rows} rows × ${p.columns} columns. Delete stray content below or beside the tables, or verify one sheet at a time. Nothing was changed.`,
  },
  payload: {
    ko: () =>
      'Excel이 한 번에 주고받을 수 있는 크기를 넘는 셀이 있습니다(Excel 웹: 5MB). 아주 긴 텍스트나 메모가 있는지 확인하세요. 이미 쓴 표시는 [지우기]로 되돌릴 수 있습니다.',
    en: () =>
      'A cell holds more than Excel can send in one request (5 MB on the web). Look for very long texts or notes. Any marks already written can be removed with Clear.',
  },
  sheetNotFound: {
    ko: (p) =>
      `시트 '${p.sheet}'을(를) 찾을 수 없습니다. 이름이 바뀌었거나 삭제되었을 수 있습니다. 다시 검산하세요.`,
    en: (p) =>
      `Sheet '${p.sheet}' was not found; it may have been renamed or deleted. Verify again.`,
  },
  formulaCell: {
    ko: (p) =>
      `${p.cell}에는 수식이 있습니다. 수식을 값으로 덮어쓰지 않습니다. 수식이 참조하는 셀을 고치세요.`,
    en: (p) =>
      `${p.cell} holds a formula; the add-in does not overwrite a formula with a value. Fix the cells it refers to.`,
  },
  noExpected: {
    ko: (p) => `${p.cell}의 기대값이 없어 고칠 수 없습니다.`,
    en: (p) => `${p.cell} has no expected figure to write.`,
  },
  focusLost: {
    ko: () =>
      '다른 통합 문서로 전환되어 Excel이 요청을 멈췄습니다. 이 통합 문서로 돌아와 다시 실행하세요. 이미 쓴 표시는 기록되어 있어 다시 검산하면 마저 쓰고, [지우기]로 모두 되돌릴 수 있습니다.',
    en: () =>
      'Excel stopped the request because another workbook took the focus. Come back to this workbook and run it again. Any marks already written are recorded: Verify again completes them, Clear removes them all.',
  },
  generalException: {
    ko: (p) =>
      `Excel이 요청을 처리하지 못했습니다(${p.detail}). 작업 중에 다른 통합 문서로 전환했다면 이 통합 문서로 돌아와 다시 실행하세요. 이미 쓴 표시는 기록되어 있어 다시 검산하면 마저 쓰고, [지우기]로 모두 되돌릴 수 있습니다.`,
    en: (p) =>
      `Excel could not complete the request (${p.detail}). If you switched to another workbook meanwhile, come back to this one and run it again. Any marks already written are recorded: Verify again completes them, Clear removes them all.`,
  },
  invalidOperation: {
    ko: (p) =>
      `Excel이 작업을 거부했습니다(${p.detail}). 셀을 편집하는 중이면 Enter 또는 Esc로 마친 뒤 다시 실행하세요.`,
    en: (p) =>
      `Excel refused the action (${p.detail}). If a cell is being edited, press Enter or Esc, then try again.`,
  },
  unknown: {
    ko: (p) => `Excel 작업이 실패했습니다: ${p.detail}`,
    en: (p) => `Excel could not complete the action: ${p.detail}`,
  },
  notesSkipped: {
    ko: (p) =>
      `${p.cells}에는 다른 사람이 단 메모나 댓글이 있어 검산 메모를 달지 않았습니다(한 셀에는 메모와 댓글 중 하나만 둘 수 있습니다). 이 셀들도 색으로 표시했고 검산 결과 목록에 있습니다.`,
    en: (p) =>
      `No note was added to ${p.cells}: each already holds someone's note or comment (a cell holds one or the other). These cells are highlighted too and listed with the findings.`,
  },
  notesUnavailable: {
    ko: () =>
      '이 Excel은 추가 기능에 메모와 댓글을 허용하지 않아 셀에 설명을 달지 않았습니다. 틀린 셀은 색으로 표시했고, 설명은 검산 결과 목록에 있습니다.',
    en: () =>
      'This Excel gives add-ins no notes or comments, so no explanation was added to the cells: they are highlighted, and the explanations are in the list of findings.',
  },
  mergesUnread: {
    ko: (p) =>
      `시트 '${p.sheet}'의 ${p.rows}행은 병합된 셀이 너무 많아 Excel이 병합 정보를 주지 않았습니다. 그 부분은 병합 없이 읽었으므로 표를 덜 알아볼 수 있습니다.`,
    en: (p) =>
      `Excel would not give the merged cells of rows ${p.rows} of sheet '${p.sheet}' (too many): those rows were read without them, so tables there may be recognised less well.`,
  },
  andMore: {
    ko: (p) => `${p.list} 외 ${p.more}개 셀`,
    en: (p) => `${p.list} and ${p.more} more cells`,
  },
  verified: {
    ko: (p) => `검산 완료: 오류 ${p.errors}건, 경고 ${p.warnings}건.`,
    en: (p) => `Verified: ${p.errors} errors, ${p.warnings} warnings.`,
  },
  noteTitle: {
    ko: () => '[검산]',
    en: () => '[Verify]',
  },
} satisfies Record<string, Record<Language, Template>>;

export type MessageId = keyof typeof table;

export function message(
  id: MessageId,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  const template: Template = table[id][language];
  return template(params);
}
