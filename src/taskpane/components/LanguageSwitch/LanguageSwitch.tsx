/** Korean / English for the pane. The names are written in their own language so either reader finds theirs. */
import { Select } from '@fluentui/react-components';
import type { Language } from '../../../engine/options';
import { useStrings } from '../../useStrings';
import { useLanguageSwitchStyles } from './useLanguageSwitchStyles';

export interface LanguageSwitchProps {
  readonly language: Language;
  readonly onChange: (language: Language) => void;
}

const LANGUAGES: readonly Language[] = ['ko', 'en'];

export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  const t = useStrings();
  const styles = useLanguageSwitchStyles();
  return (
    <Select
      className={styles.root}
      size="small"
      aria-label={t.language}
      value={language}
      onChange={(_, data) => {
        if (data.value === 'ko' || data.value === 'en') onChange(data.value);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t.languageNames[l]}
        </option>
      ))}
    </Select>
  );
}
