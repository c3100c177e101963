/**
 * Asked before another file replaces a workbook with changes not yet saved
 * (Fix, Insert, Accept): the page's own dialog in its language, not the
 * browser's confirm box. Cancel (or Escape) keeps the workbook as it is.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import type { PageStrings } from './strings';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(480px, calc(100vw - 24px))' },
  body: { wordBreak: 'keep-all', overflowWrap: 'anywhere' },
});

export interface DiscardDialogProps {
  readonly strings: PageStrings;
  /** The workbook whose changes would be lost; null when the dialog is closed. */
  readonly fileName: string | null;
  readonly onDiscard: () => void;
  readonly onCancel: () => void;
}

export function DiscardDialog({ strings, fileName, onDiscard, onCancel }: DiscardDialogProps) {
  const styles = useStyles();
  return (
    <Dialog
      modalType="alert"
      open={fileName !== null}
      onOpenChange={(_, data) => !data.open && onCancel()}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{strings.discardTitle}</DialogTitle>
          <DialogContent className={styles.body}>
            {fileName !== null ? strings.discardBody(fileName) : ''}
          </DialogContent>
          <DialogActions>
            {/* The safe choice first, and focused: Enter never discards by accident. */}
            <Button appearance="primary" onClick={onCancel}>
              {strings.cancel}
            </Button>
            <Button onClick={onDiscard}>{strings.discardConfirm}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
