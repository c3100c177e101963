import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingsListStyles = makeStyles({
  viewport: {
    flexGrow: 1,
    minHeight: '160px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sizer: { position: 'relative', width: '100%' },
  empty: {
    flexGrow: 1,
    padding: tokens.spacingVerticalL,
    color: tokens.colorNeutralForeground3,
    textAlign: 'center',
  },
});
