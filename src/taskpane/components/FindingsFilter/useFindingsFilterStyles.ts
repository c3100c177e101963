import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingsFilterStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalS },
  field: { flex: '1 1 0', minWidth: 0 },
});
