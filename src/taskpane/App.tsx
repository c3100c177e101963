/**
 * The task pane's root component. The composition root (index.tsx) gives it the
 * host port and, if it knows them, the language and the Office theme.
 */
import { FluentProvider } from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../engine/options';
import { ReviewPane } from './components/ReviewPane/ReviewPane';
import type { HostPort } from '../host/port';
import { fluentTheme, type PaneTheme } from './theme';
import { LanguageContext } from './useStrings';

export interface AppProps {
  readonly host: HostPort;
  /** Overrides the host's display language. */
  readonly initialLanguage?: Language;
  readonly theme?: PaneTheme;
}

export function App({ host, initialLanguage, theme }: AppProps) {
  const [language, setLanguage] = useState<Language>(() => initialLanguage ?? hostLanguage(host));
  return (
    <FluentProvider theme={fluentTheme(theme)}>
      <LanguageContext.Provider value={language}>
        <ReviewPane host={host} language={language} onLanguageChange={setLanguage} />
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

/** The host's language, or Korean (the documents' language) if the host cannot say. */
function hostLanguage(host: HostPort): Language {
  try {
    const language = host.displayLanguage();
    return language === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}
