/**
 * The language the command line speaks: `--lang` when given, else the locale's.
 * The rule lives in bin/language.js, plain JavaScript, because the launcher must
 * speak it before this TypeScript is built; it is the same relative path from
 * src/cli and from dist/cli, and bin/ ships in the package.
 */
import type { Language } from '../engine/index';
import * as rule from '../../bin/language';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The locale's language (LC_ALL, then LC_MESSAGES, then LANG); Korean where it names none. */
export const localeLanguage: (env: Environment) => Language = rule.localeLanguage;

/** `--lang` as given anywhere in the arguments, or null. */
export const languageAsked: (argv: readonly string[]) => Language | null = rule.languageAsked;

/** What to speak: `--lang`, else the locale. */
export const languageOf: (argv: readonly string[], env: Environment) => Language = rule.languageOf;
