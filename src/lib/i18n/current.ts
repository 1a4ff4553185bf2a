import { EN, type Locale } from './locale';

/** The locale for a route's optional `[[lang]]` parameter. */
export function localeFor(lang: string | undefined): Locale {
	// The Chinese catalogue arrives with the /zh edition; until then every page is English.
	void lang;
	return EN;
}
