// The embed's interactive part, loaded by island.ts when the reader first reaches for the chart.
import { hydrate, mount } from 'svelte';
import { CHARTS } from '$lib/charts';
import type { ChartData } from '$lib/data/types';
import EmbedApp from './EmbedApp.svelte';
import type { IslandProps } from './islandProps';

/**
 * Hydrates the server-rendered EmbedApp in `root` with `data` (the chart's data file), loading only
 * this chart's definition from the registry. An unknown id leaves the page as the server drew it.
 */
export async function hydrateEmbed(root: HTMLElement, props: IslandProps, data: ChartData): Promise<void> {
	const entry = CHARTS.find((chart) => chart.id === props.id);
	if (!entry) return;
	const chart = await entry.load();
	const options = {
		target: root,
		props: { id: entry.id, lang: props.lang, data, messages: props.messages, chart }
	};
	if (import.meta.env.DEV) {
		// Svelte's dev server rendering marks child components in ways a root hydration does not
		// expect, so `vite dev` draws the embed afresh. Built embeds hydrate in place (tested).
		root.replaceChildren();
		mount(EmbedApp, options);
	} else hydrate(EmbedApp, options);
}
