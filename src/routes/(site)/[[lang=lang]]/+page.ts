import type { PageLoad } from './$types';
import { CHARTS } from '$lib/charts';
import { makeLocale } from '$lib/i18n/makeLocale';
import { CATALOGUES } from '$lib/islands/catalogue';

/**
 * The home page loads none of SvelteKit's client: it is HTML and CSS, and its one script
 * (`$lib/islands/site.ts`, built apart by vite.embed.config.ts) hydrates each section on its own.
 */
export const csr = false;

/**
 * Runs only while prerendering: each section's chart definition, data and locale, the locale made from
 * the catalogue and props its island gets, so the server draws what hydration will find.
 */
export const load: PageLoad = async ({ data, params }) => {
	const messages = await CATALOGUES[params.lang === 'zh' ? 'zh' : 'en']();
	const definitions = new Map(
		await Promise.all(CHARTS.map(async (chart) => [chart.id as string, await chart.load()] as const))
	);
	return {
		...data,
		views: data.sections.map((island, i) => {
			const chart = definitions.get(island.id);
			if (!chart) throw new Error(`no chart "${island.id}" in the registry`);
			return {
				island,
				data: data.sectionData[i],
				preload: data.preload[i],
				locale: makeLocale(island.lang, messages, island.translations),
				chart
			};
		})
	};
};
