'use strict';
/**
 * The one home of the command line's choice of language, in plain JavaScript so
 * that the launcher (budget-verify.js) can speak before the TypeScript is built;
 * the command line takes it through src/cli/locale.ts.
 *
 * `--lang ko|en` wins (the last one given). Otherwise the locale, as POSIX reads
 * it (LC_ALL, then LC_MESSAGES, then LANG): Korean where it is Korean; English
 * where it names another language; Korean, the documents' language, where it
 * names none (C, POSIX, unset).
 */

/** @param {Readonly<Record<string, string | undefined>>} env @returns {'ko' | 'en'} */
function localeLanguage(env) {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const language = (value.split(/[_.@]/)[0] || '').toLowerCase();
    if (language === 'c' || language === 'posix' || language === '') return 'ko';
    return language === 'ko' ? 'ko' : 'en';
  }
  return 'ko';
}

/** `--lang ko`, `--lang=en` anywhere in the arguments, even beside a wrong option; null when none. @param {readonly string[]} argv @returns {'ko' | 'en' | null} */
function languageAsked(argv) {
  let found = null;
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'ko' || value === 'en') found = value;
  });
  return found;
}

/** The language to speak. @param {readonly string[]} argv @param {Readonly<Record<string, string | undefined>>} env @returns {'ko' | 'en'} */
function languageOf(argv, env) {
  return languageAsked(argv) ?? localeLanguage(env);
}

module.exports = { localeLanguage, languageAsked, languageOf };
