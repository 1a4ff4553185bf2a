import { isChartId, type ChartId } from '$lib/charts';
import { isLang, type Lang } from '$lib/i18n/makeLocale';
import type { PackedChartData } from './data';

/** The element the embed page renders EmbedApp into, and that the island hydrates. */
export const ISLAND_ROOT_ID = 'embed-root';

/** What the embed page hands to its island: the chart's id, the page's language, its data in columns, its messages in that language. */
export interface IslandProps {
	id: ChartId;
	lang: Lang;
	packed: PackedChartData;
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
	const { id, lang, packed, messages } = value as Record<string, unknown>;
	const isObject = (v: unknown) => typeof v === 'object' && v !== null;
	if (
		typeof id !== 'string' ||
		!isChartId(id) ||
		typeof lang !== 'string' ||
		!isLang(lang) ||
		!isObject(packed) ||
		!isObject(messages)
	)
		return null;
	return { id, lang, packed: packed as PackedChartData, messages: messages as Record<string, string> };
}
