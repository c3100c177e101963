/**
 * Why a template cannot be used here, as data, with one bilingual message table.
 * A refusal is never an exception: the selection and the sheet are user input.
 */
import type { Language } from '../options';
import { TEMPLATES } from '../glossary';

export type RefusalReason =
  | 'no-sheet'
  | 'bad-cell'
  | 'not-in-table'
  | 'does-not-fit'
  | 'not-a-line'
  | 'no-children'
  | 'no-columns'
  | 'no-room'
  | 'merged'
  | 'text-figure'
  | 'figure-differs'
  | 'mixed-units'
  | 'bad-input'
  | 'unreadable-sheet';

export interface Refusal {
  readonly reason: RefusalReason;
  /** The cell the reason is about (A1), when there is one. */
  readonly cell?: string;
  /** The input field that is wrong (`label`, `unitPrice`, `counts`, `level`, `figures`). */
  readonly field?: string;
  /** Figures for `figure-differs`, as the cell shows them and as the formula would. */
  readonly stated?: string;
  readonly computed?: string;
}

type Params = Required<Pick<Refusal, 'cell' | 'field' | 'stated' | 'computed'>> & { template: string };
type Message = (p: Params) => string;

const MESSAGES: Record<RefusalReason, Record<Language, Message>> = {
  'no-sheet': {
    ko: () => '시트를 찾을 수 없습니다. 다시 선택하세요.',
    en: () => 'The sheet was not found. Select a cell again.',
  },
  'bad-cell': {
    ko: (p) => `'${p.cell}'은(는) 셀 주소가 아닙니다.`,
    en: (p) => `'${p.cell}' is not a cell address.`,
  },
  'not-in-table': {
    ko: () => '선택한 셀이 예산 표 안에 있지 않습니다. 산출근거, 예산 총괄, 추진일정 또는 결산 표의 셀을 선택하세요.',
    en: () => 'The selected cell is not in a budget table. Select a cell in a calculation basis, summary, schedule or settlement table.',
  },
  'does-not-fit': {
    ko: (p) => `'${p.template}' 행은 이 표에 넣을 수 없습니다.`,
    en: (p) => `A '${p.template}' row does not fit this table.`,
  },
  'not-a-line': {
    ko: () => '산출 항목 줄(○, -, · 로 시작하는 줄)을 선택하세요.',
    en: () => 'Select a calculation line (one starting with ○, - or ·).',
  },
  'no-children': {
    ko: () => '선택한 줄 아래에 금액이 있는 하위 항목이 없습니다.',
    en: () => 'The selected line has no lines with amounts below it.',
  },
  'no-columns': {
    ko: () => '이 표에는 계산 결과를 쓸 열(증감, 증감률 또는 예산현액)이 없습니다.',
    en: () => 'This table has no column for the result (change, rate or current budget).',
  },
  'no-room': {
    ko: () => '시트의 마지막 행까지 내용이 있어 행을 삽입할 수 없습니다. 아무것도 바뀌지 않았습니다.',
    en: () => 'The sheet is used down to its last row, so no row can be inserted. Nothing was changed.',
  },
  merged: {
    ko: (p) => `${p.cell}이(가) 병합된 셀이라 행을 넣을 수 없습니다. 병합을 해제한 뒤 다시 시도하세요. 아무것도 바뀌지 않았습니다.`,
    en: (p) => `${p.cell} is part of merged cells, so the row cannot be written. Unmerge them and try again. Nothing was changed.`,
  },
  'text-figure': {
    ko: (p) => `${p.cell}의 금액이 글자로 적혀 있어 수식이 더할 수 없습니다. 숫자로 다시 입력한 뒤 시도하세요.`,
    en: (p) => `${p.cell} holds its figure as text, which a formula cannot add. Retype it as a number and try again.`,
  },
  'figure-differs': {
    ko: (p) => `${p.cell}에 적힌 ${p.stated}이(가) 수식 결과 ${p.computed}와(과) 다릅니다. 먼저 검산하고 고친 뒤 수식으로 바꾸세요.`,
    en: (p) => `${p.cell} states ${p.stated} but the formula gives ${p.computed}. Verify and fix it first, then make it a formula.`,
  },
  'mixed-units': {
    ko: (p) => `${p.cell}의 단위가 다른 항목과 달라 SUM으로 더할 수 없습니다.`,
    en: (p) => `${p.cell} is in a different unit from the other lines, so SUM cannot add them.`,
  },
  'bad-input': {
    ko: (p) => `입력값을 확인하세요: ${FIELD_NAMES[p.field]?.ko ?? p.field}.`,
    en: (p) => `Check the input: ${FIELD_NAMES[p.field]?.en ?? p.field}.`,
  },
  'unreadable-sheet': {
    ko: () => '검산기 내부 오류로 이 시트의 표를 읽지 못해 행을 넣을 수 없습니다. 아무것도 바뀌지 않았습니다.',
    en: () => "An internal error of the verifier kept it from reading this sheet's tables, so no row can be inserted. Nothing was changed.",
  },
};

const FIELD_NAMES: Record<string, Record<Language, string> | undefined> = {
  label: { ko: '항목 이름', en: 'label' },
  unitPrice: { ko: '단가(0보다 큰 수)', en: 'unit price (a number above zero)' },
  counts: { ko: '수량(0보다 큰 수)과 단위(글자만, 6자까지)', en: 'counts (numbers above zero) and counters (letters only, up to 6)' },
  level: { ko: '수준', en: 'level' },
  figures: { ko: '금액(숫자)', en: 'figures (numbers)' },
};

/** The refusal in words the user can act on. */
export function describeRefusal(refusal: Refusal, language: Language, template = ''): string {
  const params: Params = {
    cell: refusal.cell ?? '',
    field: refusal.field ?? '',
    stated: refusal.stated ?? '',
    computed: refusal.computed ?? '',
    template: template in TEMPLATES ? TEMPLATES[template as keyof typeof TEMPLATES][language] : template,
  };
  return MESSAGES[refusal.reason][language](params);
}

export function refuse(reason: RefusalReason, details: Omit<Refusal, 'reason'> = {}): Refusal {
  return { reason, ...details };
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'reason' in x && typeof (x as Refusal).reason === 'string';
}
