import type { PageLoad } from './$types';
import { CHARTS } from '$lib/charts';

/**
 * Embeds load none of SvelteKit's client: the page is HTML and CSS, and its one script
 * (`$lib/embed/island.ts`, built apart by vite.embed.config.ts) hydrates the chart.
 */
export const csr = false;

/** Runs only while prerendering: the chart's definition and data for the server-rendered HTML. */
export const load: PageLoad = async ({ data }) => {
	const entry = CHARTS.find((c) => c.id === data.island.id)!;
	return { ...data, chart: await entry.load() };
};
