import type { ChartId } from '$lib/charts';
import type { Locale } from './makeLocale';
import type { MessageKey } from './messages.en';

/**
 * The rest of each key of `K` after `prefix`, e.g. `After<MessageKey, 'producer.'>` is every producer
 * id that has a name. Distributes over a union, so it lists what the catalogue actually holds.
 */
export type After<K extends string, P extends string> = K extends `${P}${infer Rest}` ? Rest : never;

/** The middle of each key of `K` between `prefix` and `suffix`: `Between<MessageKey, 'story.', '.annotation'>`. */
export type Between<K extends string, P extends string, S extends string> = K extends `${P}${infer Id}${S}`
	? Id
	: never;

/** What a datum names by id: its series, its stack component, its category (x), or its own label. */
export type DatumLabelKind = 'series' | 'stack' | 'category' | 'datum';

/**
 * The key `<chartId>.<kind>.<id>` of a label the data names (the ids come from the data files, so
 * they are checked here, once, rather than trusted). Throws when the locale's catalogue has no such
 * text; `messages.spec.ts` checks that every datum's labels exist in both catalogues.
 */
export function datumLabelKey(locale: Locale, chartId: ChartId, kind: DatumLabelKind, id: string): MessageKey {
	const key = `${chartId}.${kind}.${id}`;
	if (!locale.has(key)) throw new Error(`missing message "${key}" for language "${locale.lang}"`);
	return key;
}
