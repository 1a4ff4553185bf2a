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
	/** Translations of the excerpts, in editions other than English. (The island loads the language's
	 * catalogue of messages with its code: once per reader, not once per island in every page.) */
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
