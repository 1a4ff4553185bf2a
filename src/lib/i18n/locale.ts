import { en } from './messages.en';
import { makeLocale, type Locale } from './makeLocale';

// makeLocale.ts holds the locale machinery; this module adds the English catalogue to it.
export { HTML_LANG, LANGS, isLang, makeLocale, type Lang, type Locale } from './makeLocale';

/** The English locale, available synchronously everywhere (server rendering, tests, defaults). */
export const EN: Locale = makeLocale('en', en);
