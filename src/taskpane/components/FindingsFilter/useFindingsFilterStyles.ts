import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingsFilterStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalXS, flex: '1 1 12em', minWidth: 0 },
  field: { flex: '1 1 0', minWidth: '5.5em' },
});
