/** Types of language.js: the command line's choice of language. */
type Environment = Readonly<Record<string, string | undefined>>;
export declare function localeLanguage(env: Environment): 'ko' | 'en';
export declare function languageAsked(argv: readonly string[]): 'ko' | 'en' | null;
export declare function languageOf(argv: readonly string[], env: Environment): 'ko' | 'en';
