/** The page's own actions: open a file (or the sample), undo and redo, print the findings, save, and which file is open. */
import { Button, makeStyles, Spinner, Text, tokens, Tooltip } from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowRedoRegular,
  ArrowUndoRegular,
  DocumentTableRegular,
  FolderOpenRegular,
  PrintRegular,
} from '@fluentui/react-icons';
import { useRef } from 'react';
import { NARROW } from './narrow';
import type { EditKind } from '../book/history';
import type { PageStrings } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap', // a narrow window wraps the buttons rather than hiding them
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    marginRight: tokens.spacingHorizontalS,
    // Narrow: the pane below shows the same name; the heading stays for screen readers.
    [NARROW]: {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
    },
  },
  file: {
    flexGrow: 1,
    [NARROW]: { order: 1, flexBasis: '100%' }, // on a line of its own, below the buttons
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground2,
  },
  input: { display: 'none' },
});

export interface ToolbarProps {
  readonly strings: PageStrings;
  readonly fileName: string | null;
  readonly busy: 'opening' | 'saving' | null;
  readonly annotated: boolean;
  readonly onOpenFile: (file: File) => void;
  readonly onOpenSample: () => void;
  readonly onSave: () => void;
  /** What Undo and Redo would act on (null: nothing, or not now). */
  readonly undo: EditKind | null;
  readonly redo: EditKind | null;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  /** Prints the last review (A4); absent until there is one. */
  readonly onPrint?: () => void;
}

export function Toolbar(props: ToolbarProps) {
  const { strings, fileName, busy, annotated, onOpenFile, onOpenSample, onSave, onPrint } = props;
  const { undo, redo, onUndo, onRedo } = props;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className={styles.root} data-testid="page-toolbar">
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {strings.title}
      </Text>
      <Button
        icon={<FolderOpenRegular />}
        disabled={busy !== null}
        onClick={() => input.current?.click()}
      >
        {strings.open}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ''; // the same file can be opened again
          if (file) onOpenFile(file);
        }}
      />
      <Button icon={<DocumentTableRegular />} disabled={busy !== null} onClick={onOpenSample}>
        {strings.openSample}
      </Button>
      <Tooltip content={strings.undoHint(undo)} relationship="description">
        <Button
          icon={<ArrowUndoRegular />}
          // Focusable while disabled, so the hint says why.
          disabledFocusable={busy !== null || undo === null}
          aria-keyshortcuts="Control+Z"
          onClick={onUndo}
        >
          {strings.undo}
        </Button>
      </Tooltip>
      <Tooltip content={strings.redoHint(redo)} relationship="description">
        <Button
          icon={<ArrowRedoRegular />}
          disabledFocusable={busy !== null || redo === null}
          aria-keyshortcuts="Control+Y Control+Shift+Z"
          onClick={onRedo}
        >
          {strings.redo}
        </Button>
      </Tooltip>
      <Text className={styles.file} title={fileName ?? undefined} data-testid="file-name">
        {fileName ?? ''}
      </Text>
      {busy && (
        <Spinner size="tiny" label={busy === 'opening' ? strings.opening : strings.saving} />
      )}
      <Tooltip content={strings.printHint(Boolean(onPrint))} relationship="description">
        <Button icon={<PrintRegular />} disabled={busy !== null || !onPrint} onClick={onPrint}>
          {strings.print}
        </Button>
      </Tooltip>
      <Tooltip content={strings.saveHint(annotated)} relationship="description">
        <Button
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabled={busy !== null || !fileName}
          onClick={onSave}
        >
          {strings.save}
        </Button>
      </Tooltip>
    </header>
  );
}
