/**
 * What the ribbon's commands say for themselves (the adapter's own messages are
 * in src/excel/messages.ts), in the pane or in a dialog (present.ts).
 */
import type { Language } from '../engine/options';

type Template = (p: Record<string, string | number>) => string;

const table = {
  dialogTitle: {
    ko: () => '예산 검산',
    en: () => 'Budget Verify',
  },
  openFindings: {
    ko: () =>
      '틀린 셀은 색과 메모로 표시했습니다. 목록을 보고 수정하거나 수락하려면 홈 탭의 [검산 결과]를 누르세요.',
    en: () =>
      'Each cell that disagrees is highlighted with a note. Click Findings on the Home tab for the list, to fix or accept.',
  },
  failedTitle: {
    ko: () => '검산하지 못했습니다',
    en: () => 'The command could not run',
  },
  close: {
    ko: () => '닫기',
    en: () => 'Close',
  },
  tooLong: {
    ko: (p) =>
      `검산이 ${p.minutes}분 안에 끝나지 않아 멈췄습니다. 리본 단추의 명령은 Office가 5분 뒤에 끝냅니다. 작업 창에서 검산하면 시간 제한이 없고 진행 상황과 [취소]가 보입니다. 이미 쓴 표시는 [지우기]로 되돌릴 수 있습니다.`,
    en: (p) =>
      `Verify stopped after ${p.minutes} minutes: Office ends ribbon commands at five. Use the task pane (no time limit, with Cancel). Clear removes any marks written.`,
  },
} satisfies Record<string, Record<Language, Template>>;

export type CommandMessageId = keyof typeof table;

export function commandMessage(
  id: CommandMessageId,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  const template: Template = table[id][language];
  return template(params);
}
