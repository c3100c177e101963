import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingsNavigatorStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  position: {
    flexGrow: 1,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
  },
});
