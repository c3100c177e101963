import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

const line = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  display: 'block',
} as const;

export const useFindingRowStyles = makeStyles({
  root: {
    position: 'absolute',
    left: 0,
    right: 0,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  current: {
    zIndex: 1,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  accepted: { color: tokens.colorNeutralForeground3 },
  headline: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  cell: {
    flexShrink: 1,
    minWidth: '4em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textAlign: 'start',
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: 'inherit',
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { textDecorationLine: 'underline' },
    ...createFocusOutlineStyle(),
  },
  badge: { flexShrink: 0 },
  rule: {
    flexGrow: 1,
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    ...line,
  },
  actions: { display: 'flex', flexShrink: 0, gap: tokens.spacingHorizontalXS },
  // Fluent's 64px minimum is too wide for a 320px pane; the labels are short.
  action: { minWidth: 'auto' },
  // Each line at its font's own line height (not the body's 20px), so that a row is
  // FINDING_ROW_HEIGHT (listRows.ts) and four findings fit a laptop's pane with nothing left out.
  figures: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: 'tabular-nums',
    ...line,
  },
  stated: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  expected: { fontWeight: tokens.fontWeightSemibold },
  message: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, ...line },
  explain: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground3,
    ...line,
  },
  // The current finding reads in full: lines wrap, Korean words stay whole.
  wrap: { whiteSpace: 'normal', overflow: 'visible', wordBreak: 'keep-all', overflowWrap: 'anywhere' },
  detail: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  inputs: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXXS },
  input: { minWidth: 'auto', fontVariantNumeric: 'tabular-nums' },
});
