import { makeStyles } from '@fluentui/react-components';

export const useLanguageSwitchStyles = makeStyles({
  root: { minWidth: '96px', flexShrink: 0 },
});
