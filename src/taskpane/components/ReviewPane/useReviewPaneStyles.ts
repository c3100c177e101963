import { makeStyles, tokens } from '@fluentui/react-components';

// The pane is exactly the window's height and never scrolls itself: the findings
// list (or the Insert form) is the one scroll below the fixed controls.
export const useReviewPaneStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    height: '100vh',
    overflow: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    wordBreak: 'keep-all',
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexShrink: 0 },
  title: { flexGrow: 1, margin: 0, minWidth: 0 },
  tabs: { flexShrink: 0, marginBottom: `calc(-1 * ${tokens.spacingVerticalXS})` },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    flexGrow: 1,
    minHeight: 0,
    '&[hidden]': { display: 'none' },
  },
  scrollPanel: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    '&[hidden]': { display: 'none' },
  },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, flexShrink: 0 },
});
