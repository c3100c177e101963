/** The current language's strings, provided once by the App and read by every component. */
import { createContext, useContext } from 'react';
import type { Language } from '../engine/options';
import { STRINGS, type Strings } from './strings';

export const LanguageContext = createContext<Language>('ko');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LanguageContext)];
}
