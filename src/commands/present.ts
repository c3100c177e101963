/**
 * How a ribbon command's outcome reaches the user. Excel has no notification
 * area for add-in commands (Office.NotificationMessages is Outlook's), so:
 *
 * - in Office's shared runtime (SharedRuntime 1.1, where the manifest's
 *   `<Runtimes>` is honoured) the commands run in the pane's page: the outcome
 *   is handed to the pane (OfficeHost.announce) and the pane is shown, with the
 *   findings or the error in it;
 * - elsewhere, or if the pane cannot be shown, a small dialog (notice.html)
 *   says it: the counts, what the user should know, or the error in words.
 *
 * A Clear that worked says nothing: the sheet shows it.
 */
import type { Language } from '../engine/options';
import { isAccepted } from '../engine/review';
import { COVERAGE_WORDS } from '../engine/coverage/words';
import { fill } from '../engine/rules/rule';
import { message } from '../excel/messages';
import type { RibbonEvent } from '../host/port';
import { commandMessage } from './messages';
import { noticeHash, type NoticeText } from './notice/noticeText';

export type Present = (event: RibbonEvent) => Promise<void>;

/** The longest a dialog holds the command open before it completes anyway. */
export const DIALOG_HOLD_MS = 2 * 60_000;

export interface Announcer {
  announce(event: RibbonEvent): void;
  displayLanguage(): Language;
}

/** The shared runtime's way when the platform has it, the dialog's otherwise. */
export function choosePresenter(office: typeof Office, host: Announcer, pageUrl: string): Present {
  const dialog = dialogPresenter(office, pageUrl, () => host.displayLanguage());
  const shared =
    office.context?.requirements?.isSetSupported('SharedRuntime', '1.1') === true &&
    typeof office.addin?.showAsTaskpane === 'function';
  if (shared) return panePresenter(office, host, dialog);
  // Told to the host as well: where the page is the pane's too, its list follows.
  return async (event) => {
    host.announce(event);
    await dialog(event);
  };
}

/** Hands the outcome to the pane and shows it; the dialog if the pane will not show. */
export function panePresenter(office: typeof Office, host: Announcer, fallback: Present): Present {
  return async (event) => {
    host.announce(event);
    if (event.kind === 'cleared') return;
    try {
      await office.addin.showAsTaskpane();
    } catch {
      await fallback(event);
    }
  };
}

/** Opens notice.html with the outcome and waits until the user closes it (or DIALOG_HOLD_MS). */
export function dialogPresenter(
  office: typeof Office,
  pageUrl: string,
  language: () => Language,
  holdMs = DIALOG_HOLD_MS,
): Present {
  return (event) => {
    const text = noticeText(event, language());
    if (!text) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, holdMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      try {
        office.context.ui.displayDialogAsync(
          pageUrl + noticeHash(text),
          { height: 40, width: 35, displayInIframe: true },
          (opened) => {
            if (opened.status !== office.AsyncResultStatus.Succeeded) return done();
            const dialog = opened.value;
            dialog.addEventHandler(office.EventType.DialogMessageReceived, () => {
              dialog.close();
              done();
            });
            dialog.addEventHandler(office.EventType.DialogEventReceived, done);
          },
        );
      } catch {
        done();
      }
    });
  };
}

/** What the dialog says about an outcome; nothing for a Clear that worked. */
export function noticeText(event: RibbonEvent, language: Language): NoticeText | null {
  const close = commandMessage('close', language);
  if (event.kind === 'cleared') return null;
  if (event.kind === 'failed')
    return {
      title: commandMessage('failedTitle', language),
      lines: [event.error.message],
      tone: 'error',
      close,
      language,
    };
  const { result } = event;
  const open = result.findings.filter((f) => !isAccepted(f, result.acceptances));
  const errors = open.filter((f) => f.severity === 'error').length;
  // Never silent (DESIGN §1.2): how many figures were checked, and "no findings" only when all were.
  const unchecked = result.coverage.unchecked.length;
  const coverage = fill(COVERAGE_WORDS.counts[language], {
    checked: String(result.coverage.checked),
    unchecked: String(unchecked),
  });
  const verdict =
    open.length > 0
      ? commandMessage('openFindings', language)
      : unchecked === 0
        ? COVERAGE_WORDS.clean[language]
        : fill(COVERAGE_WORDS.notAllChecked[language], { unchecked: String(unchecked) });
  return {
    title: commandMessage('dialogTitle', language),
    lines: [
      message('verified', language, { errors, warnings: open.length - errors }),
      coverage,
      ...(result.notices ?? []).map((n) => n.message),
      verdict,
    ],
    tone: 'info',
    close,
    language,
  };
}
