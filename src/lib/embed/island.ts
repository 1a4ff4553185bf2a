// The embed page's script (built by vite.embed.config.ts): hydrates the server-rendered EmbedApp
// with Svelte alone, loading only this chart's definition from the registry. The props come from
// the `data-props` attribute the page rendered (JSON, escaped as any attribute value), never from
// the URL.
import { hydrate, mount } from 'svelte';
import { CHARTS } from '$lib/charts';
import EmbedApp from './EmbedApp.svelte';
import { readIslandProps, ISLAND_ROOT_ID } from './islandProps';
import { unpackChartData } from './data';

const root = document.getElementById(ISLAND_ROOT_ID);
const props = root && readIslandProps(root.dataset.props);
const entry = props && CHARTS.find((chart) => chart.id === props.id);
if (root && props && entry) {
	const chart = await entry.load();
	const options = {
		target: root,
		props: { id: entry.id, lang: props.lang, data: unpackChartData(props.packed), messages: props.messages, chart }
	};
	if (import.meta.env.DEV) {
		// Svelte's dev server rendering marks child components in ways a root hydration does not
		// expect, so `vite dev` draws the embed afresh. Built embeds hydrate in place (tested).
		root.replaceChildren();
		mount(EmbedApp, options);
	} else hydrate(EmbedApp, options);
	// End-to-end tests wait for this before they interact.
	document.documentElement.dataset.hydrated = 'true';
}
