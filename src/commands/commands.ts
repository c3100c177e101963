/**
 * The ribbon's function commands (manifest FunctionName): `verify` checks the
 * whole workbook and marks it; `clear` removes every mark. (The Findings button
 * is a ShowTaskpane action and needs no code.) What each did reaches the user
 * through `present` (present.ts): the pane in a shared runtime, else a dialog.
 *
 * Office ends a function command's runtime when the function calls
 * `event.completed()` or five minutes after the click, whichever comes first
 * (the manifest's Action element; "Runtimes in Office Add-ins"), and holds
 * later clicks of the button until then. So every function calls `completed()`
 * on every path, and only once its work is over and the user has been told:
 * called earlier, it would end the runtime, and the verification worker with
 * it, in the middle of a check. Verify stops itself at VERIFY_DEADLINE_MS,
 * before Office would cut it off unannounced, so that it can still say why and
 * complete.
 *
 * Office.actions.associate runs when the page loads, not inside Office.onReady
 * (Microsoft's templates; a click that loads the page must find its function):
 * each function waits for Office itself, then for the host (startRibbon).
 */
import { toHostError } from '../excel/errors';
import { HostError, type HostPort, type RibbonEvent } from '../host/port';
import { commandMessage } from './messages';
import { choosePresenter, dialogPresenter, type Announcer, type Present } from './present';

export type CommandFunction = (event: Office.AddinCommands.Event) => Promise<void>;

/**
 * Four of Office's five minutes: the fifth is for loading the page (Office
 * counts from the click), for the sync under way when the deadline passes
 * (Verify stops at its next check of the signal, never in a sync), and for
 * telling the user.
 */
export const VERIFY_DEADLINE_MS = 4 * 60_000;

export interface CommandOptions {
  /** When Verify gives up (tests shorten it). */
  readonly deadlineMs?: number;
}

export function makeCommands(
  host: HostPort,
  present: Present,
  options: CommandOptions = {},
): Record<'verify' | 'clear', CommandFunction> {
  const { deadlineMs = VERIFY_DEADLINE_MS } = options;
  const language = () => host.displayLanguage();
  const complete = async (event: Office.AddinCommands.Event, work: () => Promise<RibbonEvent>) => {
    try {
      let outcome: RibbonEvent;
      try {
        outcome = await work();
      } catch (e) {
        outcome = { kind: 'failed', error: asHostError(e, language()) };
      }
      await present(outcome);
    } finally {
      event.completed();
    }
  };
  const verify = async (): Promise<RibbonEvent> => {
    // With the engine in a worker the abort ends the check at once; in the thread it
    // takes effect when the check returns (turnAfter), before anything is written.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), deadlineMs);
    try {
      const result = await host.verify('workbook', {
        language: language(),
        signal: deadline.signal,
      });
      return { kind: 'verified', result };
    } catch (e) {
      if (deadline.signal.aborted && isAbortError(e)) {
        const minutes = Math.ceil(deadlineMs / 60_000);
        throw new HostError('unknown', commandMessage('tooLong', language(), { minutes }));
      }
      throw e;
    } finally {
      clearTimeout(timer);
    }
  };
  const clear = async (): Promise<RibbonEvent> => {
    await host.clear();
    return { kind: 'cleared' };
  };
  return {
    verify: (event) => complete(event, verify),
    clear: (event) => complete(event, clear),
  };
}

function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

function asHostError(e: unknown, language: ReturnType<HostPort['displayLanguage']>): HostError {
  const error = toHostError(e, language);
  return error instanceof HostError ? error : new HostError('unknown', error.message);
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

export interface RibbonDeps {
  /** The host, made once Office is ready (the pane's own, in a shared runtime). */
  readonly host: () => HostPort & Announcer;
  /** notice.html's address, for the dialog. */
  readonly noticeUrl: string;
  readonly options?: CommandOptions;
}

/**
 * Registers the ribbon's functions now, at the page's load; each waits for
 * Office and the host when clicked. A failure to get that far (Office or the
 * host not starting) is still told, in the dialog, and the event completed.
 */
export function startRibbon(office: typeof Office, deps: RibbonDeps): void {
  let commands: Promise<Record<'verify' | 'clear', CommandFunction>> | null = null;
  const ready = () =>
    (commands ??= Promise.resolve(office.onReady()).then(() => {
      const host = deps.host();
      return makeCommands(host, choosePresenter(office, host, deps.noticeUrl), deps.options);
    }));
  const run =
    (name: 'verify' | 'clear'): CommandFunction =>
    async (event) => {
      let fns: Record<'verify' | 'clear', CommandFunction>;
      try {
        fns = await ready();
      } catch (e) {
        commands = null;
        const language =
          office.context?.displayLanguage?.toLowerCase().startsWith('ko') === false ? 'en' : 'ko';
        const error = new HostError('unknown', e instanceof Error ? e.message : String(e));
        try {
          await dialogPresenter(office, deps.noticeUrl, () => language)({ kind: 'failed', error });
        } finally {
          event.completed();
        }
        return;
      }
      await fns[name](event);
    };
  registerCommands(office, { verify: run('verify'), clear: run('clear') });
}

/**
 * The engine, then one turn of the event loop. A check in this thread that ran
 * past the deadline kept its timer from firing, and the adapter looks at the
 * signal next just after the check, before anything is written: the turn lets
 * the overdue timer abort first (timers fire in the order they fall due).
 */
export function turnAfter<E extends (...args: never[]) => unknown>(engine: E): E {
  return (async (...args: Parameters<E>) => {
    const result = await engine(...args);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return result;
  }) as unknown as E;
}
