import { EN, makeLocale, type Lang, type Locale } from './locale';

let zhLocale: Promise<Locale> | undefined;

/**
 * The locale for `lang`, loading the Chinese catalogue only when asked for (once), so an English
 * embed never downloads it. English resolves at once.
 * @example const locale = await loadLocale(params.lang === 'zh' ? 'zh' : 'en');
 */
export function loadLocale(lang: Lang): Promise<Locale> {
	if (lang !== 'zh') return Promise.resolve(EN);
	zhLocale ??= import('./messages.zh').then(({ zh, excerptTranslations }) => makeLocale('zh', zh, excerptTranslations));
	return zhLocale;
}
