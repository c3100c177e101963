/** The CLI's own words in both languages (shared labels come from the file adapter). */
import type { Language } from '../engine/index';

export interface CliMessages {
  readonly accepted: (n: number) => string;
  readonly tables: (n: number) => string;
  readonly annotated: (path: string) => string;
  readonly noWrite: string;
  readonly total: (files: number, unreadable: number) => string;
}

const KO: CliMessages = {
  accepted: (n) => `수락된 항목 ${n}건 (오류·경고 수에서 제외)`,
  tables: (n) => `표 ${n}개`,
  annotated: (path) => `검증 사본: ${path}`,
  noWrite: '검증 사본을 쓰지 않았습니다 (--no-write).',
  total: (files, unreadable) =>
    `전체 ${files}개 파일${unreadable > 0 ? ` (읽지 못한 파일 ${unreadable}개)` : ''}`,
};

const EN: CliMessages = {
  accepted: (n) => `${n} accepted finding(s) (not counted as errors or warnings)`,
  tables: (n) => `${n} table(s)`,
  annotated: (path) => `Annotated copy: ${path}`,
  noWrite: 'No annotated copy written (--no-write).',
  total: (files, unreadable) =>
    `${files} file(s) in all${unreadable > 0 ? ` (${unreadable} could not be read)` : ''}`,
};

export function cliMessagesFor(language: Language): CliMessages {
  return language === 'en' ? EN : KO;
}
