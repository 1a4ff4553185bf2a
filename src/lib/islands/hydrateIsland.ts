// The site pages' interactive part, loaded by $lib/islands/site.ts when an island first hydrates:
// Svelte's runtime, the island's component and its chart, and the chart's published data file.
import { hydrate, type Component } from 'svelte';
import { CHARTS } from '$lib/charts';
import { isLang, makeLocale } from '$lib/i18n/makeLocale';
import { CATALOGUES } from './catalogue';
import { fetchChartData } from './chartData';
import { readProps, type ChartIsland } from './props';

/** Loads what a chart island renders: its view component, the chart's definition, the data and locale. */
async function loadChartIsland(json: string | undefined, view: () => Promise<{ default: unknown }>) {
	const island = readProps<ChartIsland>(json);
	const entry = island && CHARTS.find((chart) => chart.id === island.id);
	if (!island || !entry || !isLang(island.lang)) return null;
	const { id, lang, extras, excerpts, translations, origin, embedHeight } = island;
	const [component, chart, data, messages] = await Promise.all([
		view(),
		entry.load(),
		fetchChartData(id, extras),
		CATALOGUES[lang]()
	]);
	return {
		Component: component.default as Component<never>,
		props: {
			id,
			chart,
			data,
			excerpts,
			locale: makeLocale(lang, messages, translations),
			origin,
			embedHeight
		}
	};
}

/** The components of the island kinds, by their `data-island` name. */
const VIEWS: Record<string, () => Promise<{ default: unknown }>> = {
	'story-section': () => import('$lib/story/StorySection.svelte'),
	'chart-page': () => import('$lib/chartPage/ChartPageView.svelte')
};

/**
 * Hydrates the server-drawn island `root` of kind `kind` in place. Without fitting props (or of an
 * unknown kind) it stays as the server drew it: complete, without interaction.
 */
export async function hydrateIsland(kind: string, root: HTMLElement): Promise<void> {
	const view = VIEWS[kind];
	const island = view && (await loadChartIsland(root.dataset.props, view));
	if (island) hydrate(island.Component, { target: root, props: island.props as never });
}
