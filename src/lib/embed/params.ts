import { LANGS, type Lang } from '$lib/i18n/lang';

/** Embed themes: `auto` follows the reader's system setting. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** `full`: title, subtitle, notes, source line, credit. `plain`: chart and source line only. */
export const CHROMES = ['full', 'plain'] as const;
export type Chrome = (typeof CHROMES)[number];

/** What an embed's query string may ask for (`EMBED.md`, "Query parameters"). */
export interface EmbedParams {
	theme: Theme;
	lang: Lang;
	chrome: Chrome;
	/** A datum key of the chart, highlighted on load. */
	datum: string | null;
}

export const EMBED_DEFAULTS: EmbedParams = { theme: 'auto', lang: 'en', chrome: 'full', datum: null };

/**
 * The allowed value equal to `value`, else `fallback`. The result is always one of the allowed values
 * themselves, never the string from the URL, so nothing the URL says can reach the page except a
 * choice between known values.
 */
function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	return allowed.find((a) => a === value) ?? fallback;
}

/**
 * The embed parameters in `search`, each checked against its list of values (and `datum` against the
 * chart's datum keys). Unknown parameters and values outside the lists are ignored: the default applies,
 * for `lang` the language of the embed's page (`pageLang`: `zh` on `/zh/embed/<id>`).
 * Only the first occurrence of a repeated parameter counts.
 * @example parseEmbedParams(new URLSearchParams('theme=dark&datum=nope'), keys) // { theme: 'dark', datum: null, … }
 */
export function parseEmbedParams(
	search: URLSearchParams,
	datumKeys: readonly string[] = [],
	langs: readonly Lang[] = LANGS,
	pageLang: Lang = EMBED_DEFAULTS.lang
): EmbedParams {
	return {
		theme: oneOf(search.get('theme'), THEMES, EMBED_DEFAULTS.theme),
		lang: oneOf(search.get('lang'), langs, pageLang),
		chrome: oneOf(search.get('chrome'), CHROMES, EMBED_DEFAULTS.chrome),
		datum: datumKeys.find((k) => k === search.get('datum')) ?? null
	};
}

/**
 * The query string for `params`, leaving out defaults: `?theme=dark&lang=zh`, or '' when all are
 * defaults. Built from parsed values only, so it is safe to put into a link or an iframe `src`.
 */
export function embedQuery(params: EmbedParams): string {
	const q = new URLSearchParams();
	for (const key of ['theme', 'lang', 'chrome', 'datum'] as const) {
		const value = params[key];
		if (value !== null && value !== EMBED_DEFAULTS[key]) q.set(key, value);
	}
	const s = q.toString();
	return s ? `?${s}` : '';
}
