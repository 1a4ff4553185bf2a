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

/** The article columns (px wide) a pasted embed must fit when no script sizes its frame. */
export const COLUMNS = { narrowest: 320, widest: 1000, step: 10 } as const;

export interface FrameTexts {
	title: string;
	subtitle: string;
	/** The notes paragraph as the embed shows it, label included ("Notes: …"); '' when none. */
	notes: string;
	/** The source line as the embed shows it ("Source: … via …"). */
	sources: string;
	/** The "Data updated" line, when the chart has been revised; '' when not. */
	updated?: string;
}

/** The embed page's side padding (px) at frame `width`: `clamp(8px, 3vw, 16px)` in EmbedApp. */
function sidePadding(width: number): number {
	return Math.min(16, Math.max(8, 0.03 * width));
}

/**
 * How much wider than the estimate's width table the page's HTML text may run (its fonts are the
 * reader's): lines are wrapped as if that much narrower, so the estimate errs tall, never short.
 */
const HTML_TEXT_SLACK = 1.12;

/**
 * An embed's height (px) at frame `width`, without measuring anything: the chart's own height at the
 * frame's inner width (`chartHeight`, from its layout) plus each text of the frame wrapped with the
 * text-width estimate at its font size and line height (see app.css: title 20/25 px bold, subtitle
 * 16/24 px, notes, update and source lines 13/19.5 px, each 8 px below the last), plus `EMBED_CHROME`.
 */
export function estimateEmbedHeight(
	texts: FrameTexts,
	chartHeight: (width: number) => number,
	width = TYPICAL_WIDTH
): number {
	const inner = width - 2 * sidePadding(width);
	const lines = (text: string, size: number) => wrap(text, inner / HTML_TEXT_SLACK, { size }).length;
	// Bold title glyphs run about 8% wider than the estimate's regular ones.
	const title = wrap(texts.title, inner / HTML_TEXT_SLACK / 1.08, { size: 20 }).length * 25 + 4;
	const subtitle = lines(texts.subtitle, 16) * 24 + 12;
	const small = (text = '') => (text ? 8 + lines(text, 13) * 19.5 : 0);
	return Math.ceil(
		title +
			subtitle +
			chartHeight(inner) +
			small(texts.notes) +
			small(texts.updated) +
			small(texts.sources) +
			EMBED_CHROME
	);
}

/**
 * The height (px) the embed code carries: the tallest the embed gets in any column from 320 to 1000 px
 * wide, so that where nothing sizes the frame (embed.js blocked or stripped by the host) no column hides
 * any of the chart. Charts grow taller as columns narrow (their text wraps, their panels stack), so in a
 * wide column the frame ends below the chart; embed.js, where it runs, fits the frame to the chart.
 */
export function pastedHeight(texts: FrameTexts, chartHeight: (width: number) => number): number {
	let tallest = 0;
	for (let width = COLUMNS.narrowest; width <= COLUMNS.widest; width += COLUMNS.step) {
		tallest = Math.max(tallest, estimateEmbedHeight(texts, chartHeight, width));
	}
	return tallest;
}
