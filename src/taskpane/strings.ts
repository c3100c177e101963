/**
 * Every text the task pane shows, in Korean and English, in one table so that a
 * translation is reviewed in one place. Findings' own messages come from the
 * engine in the language the verification ran in.
 */
import type { RuleId, Severity, TableKind } from '../engine/findings';
import type { Language } from '../engine/options';
import type { Progress, VerifyScope } from '../host/port';
import type { HostErrorCode } from './review/paneError';
import { formatNumber } from './format';

export interface Strings {
  readonly appTitle: string;
  readonly language: string;
  readonly languageNames: Record<Language, string>;
  readonly scope: string;
  readonly scopes: Record<VerifyScope, string>;
  readonly verify: string;
  readonly cancel: string;
  readonly cancelVerify: string;
  readonly clear: string;
  readonly stages: Record<Progress['stage'], string>;
  readonly progressOf: (done: number, total: number) => string;
  readonly summary: string;
  readonly severities: Record<Severity, string>;
  readonly severityCount: (severity: Severity, count: number) => string;
  readonly acceptedCount: (count: number) => string;
  readonly ruleCounts: string;
  readonly rules: Record<RuleId, string>;
  readonly filterRule: string;
  readonly filterSeverity: string;
  readonly all: string;
  readonly tableKinds: Record<TableKind, string>;
  readonly otherTable: string;
  readonly findingsInGroup: (count: number) => string;
  readonly findings: string;
  readonly stated: string;
  readonly expected: string;
  readonly goToCell: (ref: string) => string;
  readonly fix: string;
  readonly fixCell: (ref: string) => string;
  readonly accept: string;
  readonly acceptCell: (ref: string) => string;
  readonly accepted: string;
  readonly acceptedOn: (date: string) => string;
  readonly previous: string;
  readonly next: string;
  readonly position: (index: number | null, total: number) => string;
  readonly notVerified: string;
  readonly noFindings: string;
  readonly noMatches: string;
  readonly cancelled: string;
  readonly cleared: string;
  readonly dismissError: string;
  readonly dismissNotice: string;
  readonly errorTitles: Record<HostErrorCode, string>;
  readonly errorHints: Record<HostErrorCode, string>;
}

const ko: Strings = {
  appTitle: '예산 산식 검증',
  language: '언어',
  languageNames: { ko: '한국어', en: 'English' },
  scope: '검증 범위',
  scopes: { workbook: '통합 문서 전체', sheet: '현재 시트' },
  verify: '검증',
  cancel: '취소',
  cancelVerify: '검증 취소',
  clear: '강조 표시 지우기',
  stages: { read: '셀 읽는 중', check: '검사 중', write: '결과 표시 중' },
  progressOf: (done, total) => `${formatNumber(done)} / ${formatNumber(total)}`,
  summary: '요약',
  severities: { error: '오류', warning: '경고' },
  severityCount: (severity, count) => `${ko.severities[severity]} ${formatNumber(count)}건`,
  acceptedCount: (count) => `승인됨 ${formatNumber(count)}건`,
  ruleCounts: '규칙별 건수',
  rules: {
    product: '산출식',
    subtotal: '소계',
    total: '합계',
    change: '증감',
    'change-rate': '증감률',
    funding: '재원 구성',
    'cross-total': '표 간 합계',
    'budget-current': '예산현액',
    'execution-balance': '집행잔액',
    unreadable: '읽을 수 없음',
  },
  filterRule: '규칙',
  filterSeverity: '심각도',
  all: '전체',
  tableKinds: {
    overview: '사업개요',
    summary: '예산 총괄',
    basis: '산출근거',
    schedule: '추진일정',
    settlement: '결산',
    statement: '예산서',
  },
  otherTable: '기타',
  findingsInGroup: (count) => `${formatNumber(count)}건`,
  findings: '검증 결과',
  stated: '기재',
  expected: '계산',
  goToCell: (ref) => `${ref} 셀로 이동`,
  fix: '수정',
  fixCell: (ref) => `${ref} 수정`,
  accept: '승인',
  acceptCell: (ref) => `${ref} 승인`,
  accepted: '승인됨',
  acceptedOn: (date) => `${date} 승인`,
  previous: '이전 항목',
  next: '다음 항목',
  position: (index, total) =>
    index === null
      ? `${formatNumber(total)}건`
      : `${formatNumber(index + 1)} / ${formatNumber(total)}`,
  notVerified: '검증을 눌러 산식을 확인하세요.',
  noFindings: '발견된 문제가 없습니다.',
  noMatches: '필터에 맞는 항목이 없습니다.',
  cancelled: '검증을 취소했습니다.',
  cleared: '강조 표시를 모두 지웠습니다.',
  dismissError: '오류 메시지 닫기',
  dismissNotice: '알림 닫기',
  errorTitles: {
    protected: '시트가 보호되어 있습니다',
    'read-only': '읽기 전용 통합 문서입니다',
    'edit-mode': '셀을 편집하는 중입니다',
    'too-large': '통합 문서가 너무 큽니다',
    'not-found': '셀을 찾을 수 없습니다',
    'cannot-insert': '이 행을 넣을 수 없습니다',
    unknown: '작업을 완료하지 못했습니다',
  },
  errorHints: {
    protected: '검토 › 시트 보호 해제 후 다시 시도하세요.',
    'read-only': '편집 가능한 사본으로 저장한 뒤 다시 시도하세요.',
    'edit-mode': 'Enter 또는 Esc 키로 셀 편집을 마친 뒤 다시 시도하세요.',
    'too-large': '현재 시트만 검증해 보세요.',
    'not-found': '시트나 셀이 삭제되었거나 이름이 바뀌었을 수 있습니다. 다시 검증하세요.',
    'cannot-insert': '아래 이유를 확인하고 다른 셀을 선택하거나 입력을 고치세요. 아무것도 바뀌지 않았습니다.',
    unknown: '잠시 후 다시 시도하세요.',
  },
};

const en: Strings = {
  appTitle: 'Budget arithmetic check',
  language: 'Language',
  languageNames: { ko: '한국어', en: 'English' },
  scope: 'Scope',
  scopes: { workbook: 'Whole workbook', sheet: 'Active sheet' },
  verify: 'Verify',
  cancel: 'Cancel',
  cancelVerify: 'Cancel verification',
  clear: 'Clear highlights',
  stages: { read: 'Reading cells', check: 'Checking', write: 'Highlighting' },
  progressOf: (done, total) => `${formatNumber(done)} of ${formatNumber(total)}`,
  summary: 'Summary',
  severities: { error: 'Error', warning: 'Warning' },
  severityCount: (severity, count) =>
    `${formatNumber(count)} ${severity === 'error' ? 'error' : 'warning'}${count === 1 ? '' : 's'}`,
  acceptedCount: (count) => `${formatNumber(count)} accepted`,
  ruleCounts: 'Counts by rule',
  rules: {
    product: 'Calculation',
    subtotal: 'Subtotal',
    total: 'Total',
    change: 'Change',
    'change-rate': 'Change rate',
    funding: 'Funding shares',
    'cross-total': 'Cross-table total',
    'budget-current': 'Current budget',
    'execution-balance': 'Execution balance',
    unreadable: 'Unreadable',
  },
  filterRule: 'Rule',
  filterSeverity: 'Severity',
  all: 'All',
  tableKinds: {
    overview: 'Overview',
    summary: 'Budget summary',
    basis: 'Calculation basis',
    schedule: 'Schedule',
    settlement: 'Settlement',
    statement: 'Budget statement',
  },
  otherTable: 'Other',
  findingsInGroup: (count) => `${formatNumber(count)} finding${count === 1 ? '' : 's'}`,
  findings: 'Findings',
  stated: 'Stated',
  expected: 'Expected',
  goToCell: (ref) => `Go to ${ref}`,
  fix: 'Fix',
  fixCell: (ref) => `Fix ${ref}`,
  accept: 'Accept',
  acceptCell: (ref) => `Accept ${ref}`,
  accepted: 'Accepted',
  acceptedOn: (date) => `Accepted ${date}`,
  previous: 'Previous finding',
  next: 'Next finding',
  position: (index, total) =>
    index === null
      ? `${formatNumber(total)} finding${total === 1 ? '' : 's'}`
      : `${formatNumber(index + 1)} of ${formatNumber(total)}`,
  notVerified: 'Press Verify to check the arithmetic.',
  noFindings: 'No findings.',
  noMatches: 'No findings match the filters.',
  cancelled: 'Verification cancelled.',
  cleared: 'All highlights cleared.',
  dismissError: 'Dismiss error',
  dismissNotice: 'Dismiss notice',
  errorTitles: {
    protected: 'The sheet is protected',
    'read-only': 'The workbook is read-only',
    'edit-mode': 'A cell is being edited',
    'too-large': 'The workbook is too large',
    'not-found': 'The cell could not be found',
    'cannot-insert': 'The row cannot be inserted here',
    unknown: 'The action could not be completed',
  },
  errorHints: {
    protected: 'Unprotect the sheet (Review › Unprotect Sheet) and try again.',
    'read-only': 'Save an editable copy and try again.',
    'edit-mode': 'Press Enter or Esc to finish editing the cell, then try again.',
    'too-large': 'Try verifying the active sheet only.',
    'not-found': 'The sheet or cell may have been deleted or renamed. Verify again.',
    'cannot-insert': 'See why below, then select another cell or change the inputs. Nothing was changed.',
    unknown: 'Try again in a moment.',
  },
};

export const STRINGS: Readonly<Record<Language, Strings>> = Object.freeze({ ko, en });
