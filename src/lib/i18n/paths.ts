import type { Lang } from './locale';

/**
 * `path` (an English, root-relative path such as `/charts/h1b-cost`) in the edition of `lang`:
 * English paths have no prefix, Chinese ones start with `/zh`.
 * @example localizedPath('zh', '/charts/h1b-cost') // "/zh/charts/h1b-cost"; localizedPath('zh', '/') // "/zh"
 */
export function localizedPath(lang: Lang, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	if (lang === 'en') return clean;
	return clean === '/' ? `/${lang}` : `/${lang}${clean}`;
}

/** The language of a root-relative pathname: `/zh` and `/zh/…` are Chinese, everything else English. */
export function langOfPath(pathname: string): Lang {
	return /^\/zh(\/|$)/.test(pathname) ? 'zh' : 'en';
}

/** A pathname without its language prefix: `/zh/charts/x` → `/charts/x`, `/zh` → `/`. */
export function unlocalizedPath(pathname: string): string {
	if (langOfPath(pathname) === 'en') return pathname || '/';
	return pathname.slice(3) || '/';
}

/** The same page in every language, for `hreflang` links and the language switch. */
export function alternatePaths(pathname: string): Record<Lang, string> {
	const base = unlocalizedPath(pathname);
	return { en: localizedPath('en', base), zh: localizedPath('zh', base) };
}
