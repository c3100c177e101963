/** The self-test panel's words (the checks' own words come from the host, in its report). */
import type { Language } from '../../engine/options';

export interface SelfTestStrings {
  readonly open: string;
  readonly openHint: string;
  readonly title: string;
  readonly intro: string;
  readonly run: string;
  readonly running: string;
  readonly back: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyHint: string;
  readonly passed: string;
  readonly failed: string;
  readonly status: Readonly<Record<'pass' | 'fail' | 'skip', string>>;
  readonly environment: string;
  readonly steps: string;
  readonly couldNotRun: string;
}

export const SELF_TEST_STRINGS: Readonly<Record<Language, SelfTestStrings>> = {
  ko: {
    open: '진단',
    openHint: '이 Excel에서 추가 기능이 제대로 동작하는지 확인합니다',
    title: '진단 (자체 점검)',
    intro:
      '새 시트를 하나 만들어 작은 예산표를 쓰고, 검산·수정·수락·지우기를 차례로 해 본 뒤 시트를 지웁니다. 다른 시트와 기존 표시는 건드리지 않습니다. 1분 안에 끝납니다.',
    run: '진단 실행',
    running: '진단 중…',
    back: '돌아가기',
    copy: '결과 복사',
    copied: '복사했습니다. 메일이나 이슈에 붙여 넣어 보내 주세요.',
    copyHint: '복사가 되지 않으면 아래 글을 선택해 복사하세요.',
    passed: '모든 항목 통과',
    failed: '실패한 항목이 있습니다',
    status: { pass: '통과', fail: '실패', skip: '건너뜀' },
    environment: '환경',
    steps: '항목',
    couldNotRun: '진단을 실행하지 못했습니다',
  },
  en: {
    open: 'Self-test',
    openHint: 'Checks that the add-in works in this Excel',
    title: 'Self-test',
    intro:
      'Makes a new sheet with a small budget, runs Verify, Fix, Accept and Clear on it, then deletes the sheet. Other sheets and their marks are not touched. Takes under a minute.',
    run: 'Run self-test',
    running: 'Running…',
    back: 'Back',
    copy: 'Copy report',
    copied: 'Copied. Paste it into an e-mail or an issue and send it.',
    copyHint: 'If copying does not work, select the text below and copy it.',
    passed: 'Every check passed',
    failed: 'Some checks failed',
    status: { pass: 'Pass', fail: 'Fail', skip: 'Skipped' },
    environment: 'Environment',
    steps: 'Checks',
    couldNotRun: 'The self-test could not run',
  },
};
