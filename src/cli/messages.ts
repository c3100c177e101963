/**
 * The command line's own words, one table per language: every message, error and
 * the help it prints (a file's problems from file/problemText.ts, shared labels
 * from file/labels.ts). Words for the product's ideas come from the glossary.
 */
import { PRODUCT } from '../engine/glossary';
import type { Language } from '../engine/index';

/** A wrong command line, as data: the words below. */
export type UsageProblem =
  | { readonly kind: 'no-value'; readonly option: string }
  | { readonly kind: 'takes-no-value'; readonly option: string }
  | { readonly kind: 'bad-value'; readonly option: string; readonly value: string; readonly allowed: readonly string[] }
  | { readonly kind: 'unknown-option'; readonly option: string }
  | { readonly kind: 'conflict'; readonly options: readonly [string, string] }
  | { readonly kind: 'no-files' };

export interface CliMessages {
  readonly accepted: (n: number) => string;
  readonly tables: (n: number) => string;
  readonly annotated: (path: string) => string;
  /** Where `--report` wrote the print view. */
  readonly report: (path: string) => string;
  /** The copy went beside a file of that name that we did not write. */
  readonly notOverwritten: (existing: string, written: string) => string;
  readonly total: (files: number, unreadable: number) => string;
  /** The copy was written by exceljs (a macro-enabled book or a template, or another layout the patcher leaves), and what that loses. */
  readonly exceljsCopy: (macros: boolean) => string;
  readonly internalError: string;
  readonly usageProblem: (p: UsageProblem) => string;
  readonly usage: string;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `a, b or c`. */
const orList = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** 검산 사본: the glossary's word for NAME.checked.xlsx. */
const COPY = PRODUCT.annotatedCopy;

const KO: CliMessages = {
  accepted: (n) => `수락된 항목 ${n}건 (오류·경고 수에서 제외)`,
  tables: (n) => `표 ${n}개`,
  annotated: (path) => `${COPY.ko}: ${path}`,
  report: (path) => `${PRODUCT.report.ko}: ${path}`,
  notOverwritten: (existing, written) =>
    `${existing} 파일은 budget-verify가 쓴 사본이 아니거나 그 뒤에 고쳐졌으므로 덮어쓰지 않고 ${written}에 썼습니다.`,
  total: (files, unreadable) =>
    `전체 ${files}개 파일${unreadable > 0 ? ` (읽지 못한 파일 ${unreadable}개)` : ''}`,
  exceljsCopy: (macros) =>
    `${macros ? '매크로 포함 통합 문서나 서식 파일이어서' : '이 파일은 바로 고쳐 쓸 수 없는 형식이어서'} ${COPY.ko}을 exceljs로 다시 만들었습니다(.xlsx). 매크로, 차트, 그림 등 exceljs가 읽지 못하는 내용은 사본에 없습니다.`,
  internalError: `내부 오류로 이 파일을 ${PRODUCT.verify.ko}하지 못했습니다. 다른 파일의 ${PRODUCT.verify.ko}에는 영향이 없습니다.`,
  usageProblem: (p) => {
    switch (p.kind) {
      case 'no-value': return `${p.option}에 값이 필요합니다.`;
      case 'takes-no-value': return `${p.option}에는 값을 붙이지 않습니다.`;
      case 'bad-value': return `${p.option}의 값은 ${p.allowed.join(', ')} 중 하나여야 합니다 (받은 값: ${p.value || '(없음)'}).`;
      case 'unknown-option': return `알 수 없는 옵션입니다: ${p.option}`;
      case 'conflict': return `${p.options[0]}와 ${p.options[1]}는 함께 쓸 수 없습니다.`;
      case 'no-files': return `${PRODUCT.verify.ko}할 파일을 지정하세요.`;
    }
  },
  usage: [
    '사용법: budget-verify 파일... [--json] [--out 폴더 | --no-write] [--report] [--lang ko|en] [--strict] [--strict-rounding[=down|half-up|up]]',
    '',
    '한국 공공 예산 문서(.xlsx)의 계산을 검산합니다.',
    '',
    `  --json               모든 파일의 표와 ${PRODUCT.findings.ko}를 JSON 문서 하나로 출력`,
    `  --out 폴더            ${COPY.ko} NAME.checked.xlsx를 이 폴더에 씀 (기본: 각 파일 옆)`,
    `  --no-write           ${COPY.ko}을 쓰지 않음`,
    `  --report             인쇄용 ${PRODUCT.report.ko} NAME.report.html(A4)을 ${COPY.ko} 옆에 씀 (--no-write이면 파일 옆)`,
    '  --lang ko|en         메시지, 메모, 제목의 언어 (기본: 로캘을 따름. 로캘이 다른 언어를 가리킬 때만 en)',
    '  --strict             확인하지 못한 숫자나 경고가 있어도 종료 상태 1',
    '  --strict-rounding    금액이 표의 반올림 방식을 따라야 함; =down, =half-up, =up으로 한 가지를 요구',
    '  --max-file 크기       파일 크기 한도 (기본 512M)',
    '  --max-unpacked 크기   압축을 푼 전체 크기 한도 (기본 512M)',
    '  --max-part 크기       압축을 푼 부분 하나의 크기 한도 (기본 256M)',
    '  --max-cells 개수      시트 하나의 셀 수 한도 (기본 4000000)',
    `  --max-memory MB      파일을 ${PRODUCT.verify.ko}하는 프로세스 하나의 메모리 한도 (기본: 컴퓨터 메모리의 몫, 1024~4096)`,
    '  -h, --help           이 도움말',
    '',
    '크기는 바이트 수이거나 K, M, G를 붙여 씁니다 (예: 1G).',
    '이미 있는 NAME.checked.xlsx는 budget-verify가 쓴 사본일 때만 바꿔 쓰고, 아니면 NAME.checked (2).xlsx에 씁니다. NAME.report.html도 같습니다.',
    '',
    '종료 상태: 0 오류 없음, 1 오류가 하나 이상(--strict: 경고나 확인하지 못한 숫자도), 2 실행할 수 없었거나 읽거나 쓰지 못한 파일 또는 손상된 파일이 있음.',
    '',
  ].join('\n'),
};

const EN: CliMessages = {
  accepted: (n) => `${n} accepted finding(s) (not counted as errors or warnings)`,
  tables: (n) => `${n} table(s)`,
  annotated: (path) => `${capitalized(COPY.en)}: ${path}`,
  report: (path) => `${capitalized(PRODUCT.report.en)}: ${path}`,
  notOverwritten: (existing, written) =>
    `${existing} was not written by budget-verify (or was changed since), so it was left as it is and the copy was written to ${written}.`,
  total: (files, unreadable) =>
    `${files} file(s) in all${unreadable > 0 ? ` (${unreadable} could not be read)` : ''}`,
  exceljsCopy: (macros) =>
    `the ${COPY.en} was written by exceljs because ${macros ? 'the file is a macro-enabled workbook or a template' : 'the file cannot be patched as it is'}; macros, charts, images and other content exceljs does not read are not in the copy.`,
  internalError: 'an internal error of the verifier stopped it from checking this file; the other files are not affected.',
  usageProblem: (p) => {
    switch (p.kind) {
      case 'no-value': return `${p.option} needs a value.`;
      case 'takes-no-value': return `${p.option} takes no value.`;
      case 'bad-value': return `${p.option} must be ${orList(p.allowed)}, not ${p.value || '(nothing)'}.`;
      case 'unknown-option': return `unknown option ${p.option}.`;
      case 'conflict': return `${p.options[0]} and ${p.options[1]} cannot be used together.`;
      case 'no-files': return 'no files given.';
    }
  },
  usage: [
    'Usage: budget-verify FILE... [--json] [--out DIR | --no-write] [--report] [--lang ko|en] [--strict] [--strict-rounding[=down|half-up|up]]',
    '',
    'Verifies the arithmetic of Korean public budget workbooks (.xlsx).',
    '',
    "  --json               print one JSON document with every file's tables and findings",
    `  --out DIR            write the ${COPY.en} NAME.checked.xlsx of each file into DIR (default: next to each file)`,
    `  --no-write           write no ${COPY.en}`,
    `  --report             write a printable ${PRODUCT.report.en} NAME.report.html (A4) beside the ${COPY.en} (with --no-write, beside the file)`,
    "  --lang ko|en         language of messages, notes and headings (default: the locale's; ko unless it names another language)",
    '  --strict             exit 1 also when a figure could not be checked or a warning is found',
    '  --strict-rounding    amounts must round the way their table does; =down, =half-up or =up to require one way',
    '  --max-file SIZE      largest file read (default 512M)',
    '  --max-unpacked SIZE  largest total size of a file unpacked (default 512M)',
    '  --max-part SIZE      largest size of one part unpacked (default 256M)',
    '  --max-cells N        most cells one sheet may hold (default 4000000)',
    "  --max-memory MB      heap of each process checking a file (default: a share of the machine's memory, 1024 to 4096)",
    '  -h, --help           show this help',
    '',
    'A SIZE is bytes, or a number with K, M or G (1G).',
    'An existing NAME.checked.xlsx is replaced only when it is a copy budget-verify wrote; otherwise the copy goes to NAME.checked (2).xlsx. The same holds for NAME.report.html.',
    '',
    'Exit status: 0 no errors, 1 at least one error finding (with --strict: or a warning, or a figure not checked), 2 the command could not run, or a file could not be read or written, or is damaged.',
    '',
  ].join('\n'),
};

export function cliMessagesFor(language: Language): CliMessages {
  return language === 'en' ? EN : KO;
}
