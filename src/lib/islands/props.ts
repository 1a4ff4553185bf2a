import type { ChartId } from '$lib/charts';
import type { DatumExtras } from '$lib/data/fromJson';
import type { Lang } from '$lib/i18n/makeLocale';
import type { Excerpt } from '$lib/story/excerpts';

/** The attribute holding an island's kind; its element is what the island hydrates. */
export const ISLAND_ATTR = 'data-island';

/**
 * What a page hands to an island that draws a chart with its excerpts and embed code (JSON in its
 * `data-props` attribute): a home-page section (StorySection) or a chart page (ChartPageView).
 */
export interface ChartIsland {
	id: ChartId;
	lang: Lang;
	/** What the chart's data holds beyond its data file, which the island fetches (the data is not here). */
	extras: DatumExtras;
	excerpts: Excerpt[];
	/** Only the messages the island shows (see `sectionMessages`, `chartPageMessages`). */
	messages: Record<string, string>;
	/** Translations of the excerpts, in editions other than English. */
	translations?: Record<string, string>;
	/** The site's origin in the prerendered embed code. */
	origin: string;
	/** The embed code's height (see `pastedHeight`). */
	embedHeight: number;
}

/** A home-page section's island. */
export type StorySectionIsland = ChartIsland;

/** A chart page's island (chart, table, downloads, excerpts). */
export type ChartPageIsland = ChartIsland;

/** The props in an island's `data-props` attribute, or null when missing or not JSON of an object. */
export function readProps<T>(json: string | undefined): T | null {
	if (!json) return null;
	try {
		const value: unknown = JSON.parse(json);
		return typeof value === 'object' && value !== null ? (value as T) : null;
	} catch {
		return null;
	}
}

/** The entries of `messages` whose keys start with one of `prefixes` or equal one of `keys`. */
export function pickMessages(
	messages: Record<string, string>,
	prefixes: readonly string[],
	keys: readonly string[] = []
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(messages).filter(([key]) => prefixes.some((p) => key.startsWith(p)) || keys.includes(key))
	);
}

/**
 * The messages a home-page section can show: its chart's, the interface's, the embed code's and its
 * excerpts', and the K-visa card's beside the visa-costs chart.
 */
export function sectionMessages(
	id: string,
	excerpts: readonly Excerpt[],
	messages: Record<string, string>
): Record<string, string> {
	const cards = id === 'visa-costs' ? ['kvisa.'] : [];
	return pickMessages(
		messages,
		[`${id}.`, 'ui.', 'producer.', 'embed.', ...cards, ...excerpts.map((e) => `story.${e.id}.`)],
		['site.name']
	);
}

/** The messages a chart page's island can show: its chart's, the interface's, the table's, the page's, the embed code's and its excerpts'. */
export function chartPageMessages(
	id: string,
	excerpts: readonly Excerpt[],
	messages: Record<string, string>
): Record<string, string> {
	return pickMessages(
		messages,
		[`${id}.`, 'ui.', 'producer.', 'chartPage.', 'table.', 'data.', 'embed.', ...excerpts.map((e) => `story.${e.id}.`)],
		['site.name']
	);
}
