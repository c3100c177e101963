/**
 * What the pane has to tell the reviewer: a host error (translated title, a hint
 * what to do, and the host's own words), a short notice (cancelled, cleared),
 * and what the host said beside its result (in its own words).
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { HostNotice } from '../../../host/port';
import type { PaneError } from '../../review/paneError';
import type { Notice } from '../../review/reviewState';
import { useStrings } from '../../useStrings';
import { usePaneMessagesStyles } from './usePaneMessagesStyles';

export interface PaneMessagesProps {
  readonly error: PaneError | null;
  readonly notice: Notice | null;
  readonly hostNotices?: readonly HostNotice[];
  readonly onDismissError: () => void;
  readonly onDismissNotice: () => void;
}

export function PaneMessages({
  error,
  notice,
  hostNotices = [],
  onDismissError,
  onDismissNotice,
}: PaneMessagesProps) {
  const t = useStrings();
  const styles = usePaneMessagesStyles();
  if (!error && !notice && hostNotices.length === 0) return null;
  return (
    <div className={styles.root}>
      {error && (
        <MessageBar intent="error" layout="multiline" politeness="assertive" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitles[error.code]}</MessageBarTitle>
            <div>{t.errorHints[error.code]}</div>
            {error.message && <div className={styles.detail}>{error.message}</div>}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<DismissButton label={t.dismissError} onClick={onDismissError} />}
          />
        </MessageBar>
      )}
      {hostNotices.map((n) => (
        <MessageBar key={n.message} intent="warning" layout="multiline" role="status">
          <MessageBarBody>{n.message}</MessageBarBody>
        </MessageBar>
      ))}
      {notice && (
        <MessageBar intent={notice === 'cleared' ? 'success' : 'info'} role="status">
          <MessageBarBody>{notice === 'cleared' ? t.cleared : t.cancelled}</MessageBarBody>
          <MessageBarActions
            containerAction={<DismissButton label={t.dismissNotice} onClick={onDismissNotice} />}
          />
        </MessageBar>
      )}
    </div>
  );
}

function DismissButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      appearance="transparent"
      icon={<DismissRegular />}
      aria-label={label}
      onClick={onClick}
    />
  );
}
