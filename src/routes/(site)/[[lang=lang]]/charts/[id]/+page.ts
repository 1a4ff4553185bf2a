import type { PageLoad } from './$types';
import { CHARTS } from '$lib/charts';
import { localeFor } from '$lib/i18n/current';
import { makeLocale } from '$lib/i18n/makeLocale';
import { CATALOGUES } from '$lib/islands/catalogue';

/**
 * A chart page loads none of SvelteKit's client: it is HTML and CSS, and its one script
 * (`$lib/islands/site.ts`) hydrates the chart, table and excerpts as an island.
 */
export const csr = false;

/**
 * Runs only while prerendering: this chart's definition, the page's locale, and the island's data (what it
 * fetches and the notes it gets) and locale made from the catalogue and props it gets, so the server draws what hydration will find.
 */
export const load: PageLoad = async ({ data, params }) => {
	const entry = CHARTS.find((c) => c.id === data.id)!;
	const { island } = data;
	return {
		...data,
		chart: await entry.load(),
		locale: localeFor(params.lang),
		view: {
			data: data.data,
			locale: makeLocale(island.lang, await CATALOGUES[island.lang](), island.translations)
		}
	};
};
