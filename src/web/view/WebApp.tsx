/**
 * The page: the workbook (toolbar, grid, sheet tabs) beside the same task pane
 * the add-in shows in Excel, wired to a WebHost over the open workbook. A file
 * comes from the picker, a drop anywhere on the page, or the bundled sample.
 */
import {
  FluentProvider,
  makeStyles,
  Text,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type DragEvent } from 'react';
import type { Language } from '../../engine/options';
import { WorkbookReadError } from '../../file/errors';
import { App } from '../../taskpane/App';
import { printReview } from '../../taskpane/print/printReview';
import type { BookCheck } from '../book/bookCheck';
import { openBook } from '../book/openBook';
import { saveCopy } from '../book/save';
import type { BookSession } from '../book/session';
import { WebHost } from '../host/webHost';
import type { Engine } from '../../worker/workerEngine';
import { DiscardDialog } from './DiscardDialog';
import { NARROW } from './narrow';
import { download } from './download';
import { PageMessages, type PageMessage } from './PageMessages';
import { SheetView } from './SheetView';
import { pageStrings } from './strings';
import { Toolbar } from './Toolbar';
import { useLeaveWarning } from './useLeaveWarning';
import { useUndoKeys } from './useUndoKeys';
import { usePaneLanguage } from './usePaneLanguage';

const PANE_WIDTH = 400;

const useStyles = makeStyles({
  root: {
    position: 'relative',
    display: 'grid',
    gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}px`,
    height: '100vh',
    overflow: 'hidden',
    [NARROW]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: 'minmax(0, 1fr) minmax(0, 2fr)',
    },
  },
  book: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0 },
  pane: {
    height: '100vh',
    overflow: 'hidden',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: {
      height: 'auto',
      minHeight: 0,
      borderLeft: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
      // The pane fills the window's height in Excel (100vh); here it fills its lower part.
      '& > div, & main': { height: '100%' },
    },
  },
  empty: { padding: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground3 },
  tagline: {
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { display: 'none' }, // the grid needs the room; the pane says what the page does
  },
  drop: {
    position: 'absolute',
    inset: 0,
    zIndex: 10,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(16, 124, 65, 0.12)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeHero700,
    color: tokens.colorBrandForeground1,
    pointerEvents: 'none',
  },
});

export interface WebAppProps {
  /** The workbook to start on (the bundled sample), or null. */
  readonly initial: BookSession | null;
  /** Loads the bundled sample again. */
  readonly loadSample: () => Promise<{ bytes: Uint8Array; fileName: string }>;
  readonly initialLanguage: Language;
  readonly browserLanguage: string;
  /** The verification engine (the page's Web Worker); in-thread when absent. */
  readonly engine?: Engine;
  /** Measures a file before it is opened (book/bookCheck.ts); none: opened as it is. */
  readonly checkBook?: BookCheck;
}

const noSubscription = () => () => undefined;
const noVersion = () => 0;

function openFailure(error: unknown): PageMessage {
  if (error instanceof WorkbookReadError)
    return { kind: 'open-failed', code: error.code, detail: error.message };
  return {
    kind: 'open-failed',
    code: 'unknown',
    detail: error instanceof Error ? error.message : String(error),
  };
}

export function WebApp(props: WebAppProps) {
  const { initial, loadSample, initialLanguage, browserLanguage, engine, checkBook } = props;
  const styles = useStyles();
  const [session, setSession] = useState(initial);
  const [busy, setBusy] = useState<'opening' | 'saving' | null>(null);
  const [message, setMessage] = useState<PageMessage | null>(null);
  const [dragging, setDragging] = useState(false);
  /** An opening that waits for the user to confirm discarding unsaved changes. */
  const [pending, setPending] = useState<(() => void) | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const language = usePaneLanguage(paneRef, initialLanguage);
  const strings = pageStrings(language);
  const host = useMemo(
    () => (session ? new WebHost(session, { browserLanguage, engine }) : null),
    [session, browserLanguage, engine],
  );
  // Re-render on the session's changes too: whether Save writes an annotated copy follows them.
  useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getVersion ?? noVersion);
  // And on the history's: Undo and Redo are enabled only when there is a step and nothing runs.
  const history = session?.history;
  useSyncExternalStore(history?.subscribe ?? noSubscription, history?.getVersion ?? noVersion);
  const undoable = history?.canUndo ? history.nextUndo : null;
  const redoable = history?.canRedo ? history.nextRedo : null;
  const undo = () => {
    if (!busy) void host?.undo();
  };
  const redo = () => {
    if (!busy) void host?.redo();
  };
  useUndoKeys(undo, redo);

  // The engine gets the book's sheets and warms up while the user looks at it (part of opening).
  useEffect(() => {
    const controller = new AbortController();
    void host?.prepare(controller.signal);
    return () => controller.abort();
  }, [host]);

  useEffect(() => {
    if (host) host.language = language;
    document.documentElement.lang = language;
    document.title = `${strings.title}${session ? ` — ${session.fileName}` : ''}`;
  }, [host, language, strings, session]);

  useLeaveWarning(session?.unsaved ?? false);

  /** Runs `action` (opening a file) at once, or after the user agrees to lose unsaved changes. */
  const guard = (action: () => void) => {
    if (session?.unsaved) setPending(() => action);
    else action();
  };

  const open = async (read: () => Promise<{ bytes: Uint8Array; fileName: string }>) => {
    setBusy('opening');
    try {
      const { bytes, fileName } = await read();
      const opened = await openBook(bytes, fileName, checkBook);
      setSession(opened);
      setMessage(
        opened.warnings.length > 0 ? { kind: 'state-warnings', details: opened.warnings } : null,
      );
    } catch (error) {
      setMessage(openFailure(error)); // the workbook that was open stays open
    } finally {
      setBusy(null);
    }
  };
  const openFile = (file: File) =>
    guard(
      () =>
        void open(async () => ({
          bytes: new Uint8Array(await file.arrayBuffer()),
          fileName: file.name,
        })),
    );

  const save = async () => {
    if (!session) return;
    setBusy('saving');
    try {
      const saved = await saveCopy(session);
      download(saved.bytes, saved.fileName);
      session.history.markSaved();
      session.changed();
      setMessage({ kind: 'saved', fileName: saved.fileName });
    } catch (error) {
      setMessage({
        kind: 'save-failed',
        detail: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(null);
    }
  };

  /** The same A4 report the pane's Print gives: the session's record (WebHost.report), fixed findings included. */
  const print =
    host && session?.review
      ? () => {
          const report = host.report();
          if (report) printReview(report, language);
        }
      : undefined;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) openFile(file);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div
        className={styles.root}
        data-testid="page"
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (event.currentTarget === event.target) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <div className={styles.book}>
          <Toolbar
            strings={strings}
            fileName={session?.fileName ?? null}
            busy={busy}
            annotated={session ? session.review !== null || session.marks.size > 0 : false}
            onOpenFile={openFile}
            onOpenSample={() => guard(() => void open(loadSample))}
            onSave={() => void save()}
            undo={undoable}
            redo={redoable}
            onUndo={undo}
            onRedo={redo}
            onPrint={print}
          />
          <Text size={200} className={styles.tagline}>
            {strings.tagline}
          </Text>
          <PageMessages strings={strings} message={message} onDismiss={() => setMessage(null)} />
          {session ? (
            <SheetView session={session} strings={strings} />
          ) : (
            <Text className={styles.empty}>{strings.noWorkbook}</Text>
          )}
        </div>
        <div className={styles.pane} ref={paneRef}>
          {host && session && <App key={session.id} host={host} initialLanguage={language} />}
        </div>
        <DiscardDialog
          strings={strings}
          fileName={pending && session ? session.fileName : null}
          onCancel={() => setPending(null)}
          onDiscard={() => {
            const action = pending;
            setPending(null);
            action?.();
          }}
        />
        {dragging && (
          <div className={styles.drop} aria-hidden>
            {strings.dropHere}
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
