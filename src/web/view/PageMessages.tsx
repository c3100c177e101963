/** The page's messages: a file that could not be opened or saved, a download done, skipped records. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { PageStrings } from './strings';

export type PageMessage =
  | {
      readonly kind: 'open-failed';
      readonly code: keyof PageStrings['readError'];
      readonly detail: string;
    }
  | { readonly kind: 'save-failed'; readonly detail: string }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'state-warnings'; readonly details: readonly string[] };

export function PageMessages(props: {
  strings: PageStrings;
  message: PageMessage | null;
  onDismiss: () => void;
}) {
  const { strings, message, onDismiss } = props;
  if (!message) return null;
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          icon={<DismissRegular />}
          aria-label={strings.dismiss}
          onClick={onDismiss}
        />
      }
    />
  );
  switch (message.kind) {
    case 'open-failed':
      return (
        <MessageBar intent="error" role="alert" data-testid="page-error">
          <MessageBarBody>
            <MessageBarTitle>{strings.openFailed}</MessageBarTitle>
            {strings.readError[message.code]} <span lang="en">({message.detail})</span>
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
    case 'save-failed':
      return (
        <MessageBar intent="error" role="alert" data-testid="page-error">
          <MessageBarBody>
            <MessageBarTitle>{strings.saveFailed}</MessageBarTitle>
            {message.detail}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
    case 'saved':
      return (
        <MessageBar intent="success" role="status" data-testid="page-status">
          <MessageBarBody>{strings.saved(message.fileName)}</MessageBarBody>
          {dismiss}
        </MessageBar>
      );
    case 'state-warnings':
      return (
        <MessageBar intent="warning" role="status" data-testid="page-warning">
          <MessageBarBody title={message.details.join('\n')}>
            {strings.stateWarnings}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      );
  }
}
