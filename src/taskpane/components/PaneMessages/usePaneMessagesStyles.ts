import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneMessagesStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground3, wordBreak: 'break-word' },
});
