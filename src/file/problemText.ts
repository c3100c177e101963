/**
 * The words for every problem the file adapter reports (problems.ts), in Korean
 * and English. Our sentences only: an exception's own text (`Cannot read
 * properties of undefined`) never reaches a user.
 */
import { PRODUCT } from '../engine/glossary';
import type { Language } from '../engine/index';
import type { DamagedCell, ReadProblem, WriteProblem } from './problems';

const TOO_LARGE = { ko: '이 파일은 너무 큽니다', en: 'This file is too large' };
const DAMAGED = { ko: '파일이 손상되었습니다', en: 'The file is damaged' };

/** `512 MiB`, `1.5 GiB`, `900 KiB`: sizes as people read them. */
export function sizeText(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 100 || Number.isInteger(value) ? Math.round(value).toString() : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}

const count = (n: number) => n.toLocaleString('en-US');

function readKo(p: ReadProblem): string {
  switch (p.kind) {
    case 'not-found': return '파일이 없습니다.';
    case 'directory': return '폴더입니다. .xlsx 파일을 지정하세요.';
    case 'special-file': return '일반 파일이 아닙니다(파이프나 장치 등). 읽지 않았습니다.';
    case 'permission': return '파일을 읽을 권한이 없습니다.';
    case 'io-error': return '파일을 읽을 수 없습니다.';
    case 'file-too-large': return `${TOO_LARGE.ko}: ${sizeText(p.size)} (한도 ${sizeText(p.limit)}).`;
    case 'not-xlsx': return '.xlsx 통합 문서가 아닙니다(Office Open XML 패키지가 아님).';
    case 'legacy-xls': return 'Excel 97-2003(.xls) 등 예전 형식의 파일입니다. .xlsx로 저장한 뒤 다시 시도하세요.';
    case 'encrypted': return '암호가 걸린 통합 문서입니다. Excel에서 암호를 해제하고(파일 > 정보 > 통합 문서 보호) 저장한 뒤 다시 시도하세요.';
    case 'corrupt': return `${DAMAGED.ko}. 통합 문서로 읽을 수 없습니다.`;
    case 'no-worksheets': return '워크시트가 없습니다. Excel 통합 문서가 아닙니다.';
    case 'damaged-zip': return `${DAMAGED.ko}: zip 구조가 올바르지 않습니다.`;
    case 'duplicate-part': return `${DAMAGED.ko}: 같은 이름의 부분(${p.part})이 두 번 들어 있어 어느 쪽이 맞는지 알 수 없습니다.`;
    case 'missing-part': return `${DAMAGED.ko}: 통합 문서가 가리키는 부분(${p.part})이 없습니다.`;
    case 'cut-part': return `${DAMAGED.ko}: ${p.part}이(가) 중간에 끊겨 있습니다.`;
    case 'bad-address': return `${DAMAGED.ko}: 시트 '${p.sheet}'에 있을 수 없는 셀 주소(${p.ref})가 있습니다.`;
    case 'overlapping-merges': return `${DAMAGED.ko}: 시트 '${p.sheet}'의 병합 영역 ${p.ref}이(가) 다른 병합 영역과 겹칩니다.`;
    case 'part-too-large': return `${TOO_LARGE.ko}: 압축을 풀면 ${p.part}이(가) ${sizeText(p.limit)}를 넘습니다.`;
    case 'package-too-large': return `${TOO_LARGE.ko}: 압축을 풀면 ${sizeText(p.limit)}를 넘습니다.`;
    case 'too-many-parts': return `${TOO_LARGE.ko}: 부분이 ${count(p.limit)}개를 넘습니다.`;
    case 'too-many-cells': return `${TOO_LARGE.ko}: 시트 '${p.sheet}'의 셀이 ${count(p.limit)}개를 넘습니다.`;
    case 'cells-too-spread': return `${TOO_LARGE.ko}: 시트 '${p.sheet}'의 셀이 너무 넓게 흩어져 있습니다.`;
    case 'crashed':
      return p.memory
        ? `이 파일을 ${PRODUCT.verify.ko}하다 메모리가 부족해 중단했습니다. 다른 파일의 ${PRODUCT.verify.ko}에는 영향이 없습니다.`
        : `이 파일을 ${PRODUCT.verify.ko}하던 작업이 비정상적으로 끝났습니다. 다른 파일의 ${PRODUCT.verify.ko}에는 영향이 없습니다.`;
  }
}

function readEn(p: ReadProblem): string {
  switch (p.kind) {
    case 'not-found': return 'no such file.';
    case 'directory': return 'is a folder, not an .xlsx file.';
    case 'special-file': return 'is not a regular file (a pipe, a device…); it was not read.';
    case 'permission': return 'permission denied.';
    case 'io-error': return 'cannot be read.';
    case 'file-too-large': return `${TOO_LARGE.en}: ${sizeText(p.size)} (the limit is ${sizeText(p.limit)}).`;
    case 'not-xlsx': return 'not an .xlsx workbook (the file is not an Office Open XML package).';
    case 'legacy-xls': return 'this is an Excel 97-2003 (.xls) or other legacy Office file, not an .xlsx workbook. Save it as .xlsx and try again.';
    case 'encrypted': return 'the workbook is password-protected (encrypted). Open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.';
    case 'corrupt': return 'the .xlsx file is damaged or not a workbook and cannot be read.';
    case 'no-worksheets': return 'the package holds no worksheets; it is not an Excel workbook.';
    case 'damaged-zip': return `${DAMAGED.en}: its zip structure is broken.`;
    case 'duplicate-part': return `${DAMAGED.en}: it holds two parts named ${p.part}, and which one is meant cannot be known.`;
    case 'missing-part': return `${DAMAGED.en}: the part ${p.part} it refers to is missing.`;
    case 'cut-part': return `${DAMAGED.en}: ${p.part} stops before its end.`;
    case 'bad-address': return `${DAMAGED.en}: sheet '${p.sheet}' has a cell address no sheet can have (${p.ref}).`;
    case 'overlapping-merges': return `${DAMAGED.en}: on sheet '${p.sheet}' the merged area ${p.ref} overlaps another.`;
    case 'part-too-large': return `${TOO_LARGE.en}: unpacked, ${p.part} is over ${sizeText(p.limit)}.`;
    case 'package-too-large': return `${TOO_LARGE.en}: unpacked, it is over ${sizeText(p.limit)}.`;
    case 'too-many-parts': return `${TOO_LARGE.en}: it has over ${count(p.limit)} parts.`;
    case 'too-many-cells': return `${TOO_LARGE.en}: sheet '${p.sheet}' has over ${count(p.limit)} cells.`;
    case 'cells-too-spread': return `${TOO_LARGE.en}: the cells of sheet '${p.sheet}' are spread too far apart.`;
    case 'crashed':
      return p.memory
        ? 'checking this file ran out of memory and was stopped; the other files are not affected.'
        : 'checking this file stopped abnormally; the other files are not affected.';
  }
}

/** `file: what went wrong.` */
export function readProblemText(problem: ReadProblem, file: string, language: Language): string {
  return `${file}: ${language === 'en' ? readEn(problem) : readKo(problem)}`;
}

export function writeProblemText(problem: WriteProblem, file: string, language: Language, written: 'copy' | 'report' = 'copy'): string {
  const ko = language !== 'en';
  const copy = PRODUCT.annotatedCopy;
  // The command line's HTML report (--report) fails the same ways, under its own name.
  const what = written === 'report'
    ? (ko ? `${PRODUCT.report.ko}를 쓰지 못했습니다` : `the ${PRODUCT.report.en} could not be written`)
    : ko ? `${copy.ko}을 쓰지 못했습니다` : `the ${copy.en} could not be written`;
  switch (problem.kind) {
    case 'same-as-input':
      return ko
        ? `${file}: ${copy.ko}이 입력 파일을 덮어쓰게 됩니다. 다른 출력 폴더를 지정하세요.`
        : `${file}: the ${copy.en} would overwrite the input file; choose another output folder.`;
    case 'permission': return `${file}: ${what} (${ko ? '쓰기 권한이 없습니다' : 'permission denied'}).`;
    case 'no-space': return `${file}: ${what} (${ko ? '디스크 공간이 부족합니다' : 'the disk is full'}).`;
    case 'read-only': return `${file}: ${what} (${ko ? '읽기 전용 위치입니다' : 'the location is read-only'}).`;
    case 'not-a-folder': return `${file}: ${what} (${ko ? '출력 폴더 경로에 폴더가 아닌 것이 있습니다' : 'part of the output path is not a folder'}).`;
    case 'cannot-rebuild':
      return `${file}: ${what} (${ko ? '이 파일은 있는 그대로 고쳐 쓸 수도, 다시 만들 수도 없는 형식입니다. ${PRODUCT.findings.ko}는 위와 같습니다' : 'the file can be neither patched as it is nor rebuilt; the findings above stand'}).`;
    case 'io-error': return `${file}: ${what}.`;
  }
}

/** A cell whose stored number is not one: read as an error value, and the file reported damaged. */
export function damagedCellText(cell: DamagedCell, language: Language): string {
  return language === 'en'
    ? `${DAMAGED.en}: cell ${cell.cell} of sheet '${cell.sheet}' stores "${cell.stored}" as a number; that cell was not checked.`
    : `${DAMAGED.ko}: 시트 '${cell.sheet}'의 ${cell.cell} 셀에 숫자 대신 "${cell.stored}"이(가) 저장되어 있어 그 셀은 ${PRODUCT.verify.ko}하지 못했습니다.`;
}

/** A state-sheet row that could not be read (stateRows.ts). */
export type StateWarning =
  | { readonly kind: 'no-key'; readonly row: number }
  | { readonly kind: 'key-not-text'; readonly row: number }
  | { readonly kind: 'bad-acceptance'; readonly row: number; readonly why: string };

export function stateWarningText(w: StateWarning, language: Language): string {
  if (language === 'en') {
    switch (w.kind) {
      case 'no-key': return `State sheet row ${w.row} has content but no key in column A; ignored.`;
      case 'key-not-text': return `State sheet row ${w.row}: column A is not a text key; ignored.`;
      case 'bad-acceptance': return `State sheet row ${w.row}: acceptance ignored because ${w.why}.`;
    }
  }
  switch (w.kind) {
    case 'no-key': return `검산 기록 시트 ${w.row}행: A열에 키가 없어 건너뛰었습니다.`;
    case 'key-not-text': return `검산 기록 시트 ${w.row}행: A열의 키가 텍스트가 아니어서 건너뛰었습니다.`;
    // The reason comes from the engine in English (review.ts); the row is what a reviewer needs.
    case 'bad-acceptance': return `검산 기록 시트 ${w.row}행: 수락 기록을 읽을 수 없어 건너뛰었습니다.`;
  }
}
