/**
 * The ribbon's function commands (manifest FunctionName): `verify` checks the
 * whole workbook and marks it without opening the pane; `clear` removes every
 * mark. (The Findings button is a ShowTaskpane action and needs no code.)
 *
 * Office ends a function command's runtime when the function calls
 * `event.completed()` or five minutes after the click, whichever comes first
 * (the manifest's Action element; "Runtimes in Office Add-ins"), and holds
 * later clicks of the button until then. So every function calls `completed()`
 * on every path, and only once its work is over: called earlier, it would end
 * the runtime, and the verification worker with it, in the middle of a check.
 * Verify stops itself at VERIFY_DEADLINE_MS, before Office would cut it off
 * unannounced, so that it can still say why and complete.
 */
import { isAccepted } from '../engine/review';
import { createOfficeHost } from '../excel/officeRuntime';
import { message } from '../excel/messages';
import type { VerifyEngine } from '../excel/types';
import type { HostPort } from '../host/port';
import { commandMessage } from './messages';

export type CommandFunction = (event: Office.AddinCommands.Event) => Promise<void>;

/** Shows a short message where the host has a notification area (Outlook's NotificationMessages); in Excel nothing. */
export type Notify = (text: string) => void;

/**
 * Four of Office's five minutes: the fifth is for loading the commands page
 * (Office counts from the click) and for the sync already under way when the
 * deadline passes (Verify stops at its next check of the signal, never in a sync).
 */
export const VERIFY_DEADLINE_MS = 4 * 60_000;

export interface CommandOptions {
  /** When Verify gives up (tests shorten it). */
  readonly deadlineMs?: number;
}

export function makeCommands(
  host: HostPort,
  notify: Notify,
  options: CommandOptions = {},
): Record<'verify' | 'clear', CommandFunction> {
  const { deadlineMs = VERIFY_DEADLINE_MS } = options;
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
  const verify = async () => {
    // With the engine in a worker the abort ends the check at once; in the thread it
    // takes effect when the check returns (turnAfter), before anything is written.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), deadlineMs);
    try {
      const result = await host.verify('workbook', {
        language: language(),
        signal: deadline.signal,
      });
      const open = result.findings.filter((f) => !isAccepted(f, result.acceptances));
      const errors = open.filter((f) => f.severity === 'error').length;
      notify(message('verified', language(), { errors, warnings: open.length - errors }));
    } catch (e) {
      if (deadline.signal.aborted && isAbortError(e)) {
        const minutes = Math.ceil(deadlineMs / 60_000);
        throw new Error(commandMessage('tooLong', language(), { minutes }), { cause: e });
      }
      throw e;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    verify: (event) => complete(event, verify),
    clear: (event) => complete(event, () => host.clear()),
  };
}

function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
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

/**
 * Wires the commands once Office is ready: the Office host over `engine()` (the
 * composition root passes the worker engine, as the pane's does), each function
 * under its manifest name. The engine is made once per runtime, so a runtime
 * that stays (a shared one) keeps its worker between clicks.
 */
export function startCommands(
  office: typeof Office,
  engine: () => VerifyEngine,
  options: CommandOptions = {},
): void {
  void office.onReady(() => {
    const host = createOfficeHost(turnAfter(engine()));
    registerCommands(office, makeCommands(host, notificationFor(office), options));
  });
}

/**
 * The engine, then one turn of the event loop. A check in this thread that ran
 * past the deadline kept its timer from firing, and the adapter looks at the
 * signal next just after the check, before anything is written: the turn lets
 * the overdue timer abort first (timers fire in the order they fall due).
 */
export function turnAfter(engine: VerifyEngine): VerifyEngine {
  return async (snapshot, options, control) => {
    const result = await engine(snapshot, options, control);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return result;
  };
}
