import type { Lang } from '$lib/i18n/makeLocale';
import type { Theme } from './params';
import { wrap } from '$lib/charts/kit/text';

/** Escapes text for a double- or single-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

export interface SnippetOptions {
	/** Origin of the chart host, e.g. `https://example.org` (no trailing slash). */
	origin: string;
	/** Chart id. */
	id: string;
	/** The iframe's accessible name: the chart's title. */
	title: string;
	/** Initial height in CSS px, before embed.js resizes the frame. */
	height: number;
	lang: Lang;
	theme?: Theme;
}

/** The address of chart `id`'s embed in `lang`: `/embed/<id>`, or the Chinese page `/zh/embed/<id>`. */
export function embedPath(id: string, lang: Lang): string {
	return `${lang === 'en' ? '' : `/${lang}`}/embed/${encodeURIComponent(id)}`;
}

/**
 * The HTML a publisher pastes to embed a chart (`EMBED.md`, "What the publisher pastes"): the iframe
 * with its title and initial height, and the loader script. The Chinese code points at the Chinese
 * embed page, whose HTML is Chinese before any script runs. The iframe declares `color-scheme: light`
 * like the embed inside it, so a browser never paints an opaque box behind a transparent
 * (`chrome=plain`) chart on a dark host page. Every value is escaped for its attribute, so a title
 * with quotes or ampersands cannot break the publisher's page.
 */
export function embedSnippet({ origin, id, title, height, lang, theme = 'auto' }: SnippetOptions): string {
	const src = `${origin}${embedPath(id, lang)}?theme=${theme}&lang=${lang}`;
	return [
		`<iframe src="${escapeAttribute(src)}"`,
		`        title="${escapeAttribute(title)}" loading="lazy"`,
		`        style="width:100%;border:0;color-scheme:light" height="${Math.max(100, Math.round(height))}"`,
		'        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"',
		'        referrerpolicy="strict-origin-when-cross-origin"></iframe>',
		`<script async src="${escapeAttribute(`${origin}/embed.js`)}"></script>`
	].join('\n');
}

/**
 * Vertical px the embed adds around what the home page shows of a chart (title down to the source
 * line): the frame's padding (12 px top and bottom, see routes/embed/+layout.svelte) and the credit
 * line (6 px margin, 18 px line).
 */
export const EMBED_CHROME = 48;

/** The iframe width (px) the no-JavaScript estimate assumes: a typical article column. */
export const TYPICAL_WIDTH = 640;

export interface FrameTexts {
	title: string;
	subtitle: string;
	notes: string;
}

/**
 * An embed's height (px) at `width` without measuring anything, for the embed code of a page
 * without JavaScript: the chart's own height (`chartHeight`, from its layout) plus the frame's text, wrapped with the
 * text-width estimate at the frame's font sizes, plus `EMBED_CHROME`. The browser measures the real
 * rendered chart instead when it can.
 */
export function estimateEmbedHeight(
	texts: FrameTexts,
	chartHeight: (width: number) => number,
	width = TYPICAL_WIDTH
): number {
	const inner = width - 32;
	// Bold title glyphs run about 8% wider than the estimate's regular ones.
	const lines = (text: string, size: number, bold = false) => wrap(text, bold ? inner / 1.08 : inner, { size }).length;
	const title = lines(texts.title, 20, true) * 25 + 4;
	const subtitle = lines(texts.subtitle, 16) * 24 + 12;
	const notes = texts.notes ? 8 + lines(texts.notes, 13) * 19.5 : 0;
	const sources = 8 + 19.5;
	return Math.round(title + subtitle + chartHeight(inner) + notes + sources + EMBED_CHROME);
}
