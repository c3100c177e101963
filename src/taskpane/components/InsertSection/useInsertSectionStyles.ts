import { makeStyles, tokens } from '@fluentui/react-components';

export const useInsertSectionStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  where: { color: tokens.colorNeutralForeground2 },
  help: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  count: { width: '7em' },
  counter: { width: '5em' },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { wordBreak: 'keep-all', overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
  formulas: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});
