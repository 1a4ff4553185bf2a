import { EN, makeLocale, type Locale } from './locale';
import { excerptTranslations, zh } from './messages.zh';

/** The Simplified Chinese locale, for the site pages and the server (embeds get only their chart's messages). */
export const ZH: Locale = makeLocale('zh', zh, excerptTranslations);

/** The locale for a route's optional `[[lang]]` parameter: `zh` for the /zh edition, else English. */
export function localeFor(lang: string | undefined): Locale {
	return lang === 'zh' ? ZH : EN;
}
