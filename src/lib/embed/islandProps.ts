import { isChartId, type ChartId } from '$lib/charts';
import type { DatumExtras } from '$lib/data/fromJson';
import { isLang, type Lang } from '$lib/i18n/lang';

/** The element the embed page renders EmbedApp into, and that the island hydrates. */
export const ISLAND_ROOT_ID = 'embed-root';

/**
 * What the embed page hands to its island: the chart's id, the page's language and its messages in that
 * language. The data is not here: the island fetches the chart's published data file when it hydrates.
 */
export interface IslandProps {
	id: ChartId;
	lang: Lang;
	/** What the chart's data holds beyond its data file (each series' kind of x, note keys, flags). */
	extras: DatumExtras;
	messages: Record<string, string>;
}

/**
 * The island's props from the `data-props` attribute, or null when they are missing or not of the
 * expected shape (then the page stays as the server drew it: complete, without interaction).
 */
export function readIslandProps(json: string | undefined): IslandProps | null {
	if (!json) return null;
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const { id, lang, extras, messages } = value as Record<string, unknown>;
	const isObject = (v: unknown) => typeof v === 'object' && v !== null;
	if (typeof id !== 'string' || !isChartId(id) || typeof lang !== 'string' || !isLang(lang)) return null;
	if (!isObject(extras) || !isObject(messages)) return null;
	return { id, lang, extras: extras as DatumExtras, messages: messages as Record<string, string> };
}
