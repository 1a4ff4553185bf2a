import { localizedPath } from '$lib/i18n/paths';
import type { Lang } from '$lib/i18n/makeLocale';
import { CARD_HEIGHT, IMAGE_WIDTH } from '$lib/charts/shared/chartImage.layout';
import { embedSnippet, TYPICAL_WIDTH } from './snippet';

/**
 * Where chart `id`'s oEmbed answer in `lang` is: `/oembed/<id>.json`, `/oembed/zh/<id>.json`.
 * Static files, so the discovery link points at the file itself (no `?url=` query).
 */
export function oembedPath(id: string, lang: Lang): string {
	return `/oembed/${lang === 'en' ? '' : `${lang}/`}${encodeURIComponent(id)}.json`;
}

export interface OEmbedOptions {
	/** The published origin, e.g. `https://example.org`: every URL in the answer is absolute. */
	origin: string;
	id: string;
	lang: Lang;
	/** The chart's title in `lang`. */
	title: string;
	/** The site's name in `lang`. */
	provider: string;
	/** The frame's height (px) at `TYPICAL_WIDTH`. */
	height: number;
}

/** An oEmbed 1.0 answer of type `rich` (https://oembed.com, section 2.3.4). */
export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	cache_age: number;
}

/**
 * The oEmbed answer for chart `id` in `lang`: the embed code of the chart page's "Embed" control
 * (iframe and loader; a platform that strips the script keeps a frame that still works), its size,
 * the title, the provider, and the share card as thumbnail.
 */
export function oembedResponse({ origin, id, lang, title, provider, height }: OEmbedOptions): OEmbedRich {
	const h = Math.max(100, Math.round(height));
	const absolute = (path: string) => new URL(path, `${origin}/`).href;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: provider,
		provider_url: absolute(localizedPath(lang, '/')),
		html: embedSnippet({ origin, id, title, height: h, lang }),
		width: TYPICAL_WIDTH,
		height: h,
		thumbnail_url: absolute(localizedPath(lang, `/share/${id}.png`)),
		thumbnail_width: IMAGE_WIDTH,
		thumbnail_height: CARD_HEIGHT,
		// A day: titles and heights change with corrections.
		cache_age: 86400
	};
}
