/**
 * The ribbon's function commands (manifest FunctionName): `verify` checks the
 * whole workbook and marks it without opening the pane; `clear` removes every
 * mark. (The Findings button is a ShowTaskpane action and needs no code.)
 * Every function calls `event.completed()` on every path, or Office keeps the
 * button busy.
 */
import { isAccepted } from '../engine/review';
import { createOfficeHost } from '../excel/officeRuntime';
import { message } from '../excel/messages';
import type { HostPort } from '../host/port';

export type CommandFunction = (event: Office.AddinCommands.Event) => Promise<void>;

/** Shows a short message where the host has a notification area (Outlook's NotificationMessages); in Excel nothing. */
export type Notify = (text: string) => void;

export function makeCommands(
  host: HostPort,
  notify: Notify,
): Record<'verify' | 'clear', CommandFunction> {
  const language = () => host.displayLanguage();
  const complete = async (event: Office.AddinCommands.Event, work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      // The pane shows these errors in full; from the ribbon a short line is all there is room for.
      notify(e instanceof Error ? e.message : String(e));
    } finally {
      event.completed();
    }
  };
  return {
    verify: (event) =>
      complete(event, async () => {
        const result = await host.verify('workbook', { language: language() });
        const open = result.findings.filter((f) => !isAccepted(f, result.acceptances));
        const errors = open.filter((f) => f.severity === 'error').length;
        notify(message('verified', language(), { errors, warnings: open.length - errors }));
      }),
    clear: (event) => complete(event, () => host.clear()),
  };
}

/**
 * Office.NotificationMessages exists only on an Outlook item (Mailbox 1.3);
 * Excel has no notification area for function commands, so there this does
 * nothing and the highlights themselves are the feedback.
 */
export function notificationFor(office: typeof Office): Notify {
  return (text) => {
    const context = office.context as unknown as {
      mailbox?: { item?: { notificationMessages?: Office.NotificationMessages } };
    };
    const messages = context.mailbox?.item?.notificationMessages;
    messages?.replaceAsync('budget-verify', {
      type: 'informationalMessage' as Office.MailboxEnums.ItemNotificationMessageType,
      message: text.slice(0, 150),
      icon: 'Icon.16',
      persistent: false,
    });
  };
}

/** Registers each function under its manifest name, the current way and the legacy global way. */
export function registerCommands(
  office: typeof Office,
  commands: Record<string, CommandFunction>,
): void {
  for (const [name, fn] of Object.entries(commands)) {
    office.actions?.associate(name, fn);
    (globalThis as Record<string, unknown>)[name] = fn;
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    registerCommands(Office, makeCommands(createOfficeHost(), notificationFor(Office)));
  });
}
