/**
 * The language the command line speaks when `--lang` does not say: the locale's,
 * as POSIX reads it (LC_ALL, then LC_MESSAGES, then LANG). Korean where the locale
 * is Korean; English where it names another language; Korean, the documents'
 * language, where it names none (C, POSIX, unset).
 */
import type { Language } from '../engine/index';

export type Environment = Readonly<Record<string, string | undefined>>;

export function localeLanguage(env: Environment): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const language = value.split(/[_.@]/)[0]?.toLowerCase() ?? '';
    if (language === 'c' || language === 'posix' || language === '') return 'ko';
    return language === 'ko' ? 'ko' : 'en';
  }
  return 'ko';
}
