import { makeStyles, tokens } from '@fluentui/react-components';

export const useSummaryCountsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  totals: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  rules: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalM,
  },
  rule: { display: 'contents' },
  ruleName: { color: tokens.colorNeutralForeground2 },
  ruleCount: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
});
