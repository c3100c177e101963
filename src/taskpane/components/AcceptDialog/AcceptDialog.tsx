/**
 * Accept with a reason and a name: the decision is kept in the workbook and shown
 * to the next reviewer (and on the report sheet), so it must say why and who. The
 * name is remembered on this computer; the reason is asked for every time.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { cellRef, type ReviewItem } from '../../review/reviewModel';
import { useReviewerName } from '../../review/reviewerName';
import { useStrings } from '../../useStrings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  message: { color: tokens.colorNeutralForeground2, wordBreak: 'keep-all', overflowWrap: 'anywhere' },
  surface: { maxWidth: 'min(480px, calc(100vw - 24px))' },
});

export interface AcceptDialogProps {
  /** The finding to accept; null when the dialog is closed. */
  readonly item: ReviewItem | null;
  readonly onAccept: (item: ReviewItem, reason: string, reviewer: string) => void;
  readonly onClose: () => void;
}

export function AcceptDialog({ item, onAccept, onClose }: AcceptDialogProps) {
  const t = useStrings();
  const styles = useStyles();
  const [remembered, remember] = useReviewerName();
  const [reason, setReason] = useState('');
  const [reviewer, setReviewer] = useState(remembered);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (!item) return;
    setReason('');
    setReviewer(remembered);
    setTried(false);
  }, [item, remembered]);
  const ready = reason.trim() !== '' && reviewer.trim() !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!item || !ready) return;
    remember(reviewer.trim());
    onAccept(item, reason.trim(), reviewer.trim());
  };
  return (
    <Dialog open={item !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        {/* Our own check and words (in the pane's language), not the browser's bubble. */}
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{item ? t.acceptTitle(cellRef(item.finding)) : ''}</DialogTitle>
            <DialogContent className={styles.form}>
              {item && <Text className={styles.message}>{item.finding.message}</Text>}
              <Field
                label={t.acceptReason}
                required
                validationMessage={tried && reason.trim() === '' ? t.acceptReasonHint : undefined}
              >
                <Textarea
                  value={reason}
                  placeholder={t.acceptReasonHint}
                  resize="vertical"
                  onChange={(_, data) => setReason(data.value)}
                />
              </Field>
              <Field label={t.reviewer} required validationMessage={tried && reviewer.trim() === '' ? t.reviewerHint : undefined}>
                <Input value={reviewer} placeholder={t.reviewerHint} onChange={(_, data) => setReviewer(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t.acceptConfirm}
              </Button>
              <Button onClick={onClose}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
