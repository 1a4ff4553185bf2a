import type { Messages } from '$lib/i18n/messages.en';

/** Catalogue prefixes an embed can show besides its own chart's (`<id>.*`). */
const SHARED = ['ui.', 'producer.'];
const SINGLE = ['site.name', 'embed.credit'];

/**
 * The part of a catalogue that the embed of chart `id` can put on screen: the chart's own entries,
 * the interface entries (`ui.*`), the producers' names (`producer.*`), the site name and the credit line. Embeds get these in their page
 * data instead of importing whole catalogues, which would cost every embed about 5 KB gzipped per
 * language (every chart, every story annotation).
 */
export function embedMessages(id: string, messages: Messages): Record<string, string> {
	const table = messages as Record<string, string>;
	return Object.fromEntries(
		Object.entries(table).filter(
			([key]) => key.startsWith(`${id}.`) || SHARED.some((p) => key.startsWith(p)) || SINGLE.includes(key)
		)
	);
}
