import { makeStyles, tokens } from '@fluentui/react-components';

export const useSummaryCountsStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  totals: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  coverage: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  // One wrapped line of `규칙 오류 n` chips: the counts never push the list off screen.
  rules: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: 0,
    fontSize: tokens.fontSizeBase200,
  },
  rule: { whiteSpace: 'nowrap' },
  ruleName: { color: tokens.colorNeutralForeground2, marginInlineEnd: tokens.spacingHorizontalXS },
  ruleCount: { fontVariantNumeric: 'tabular-nums' },
});
