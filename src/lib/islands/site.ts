// The site pages' only script (built by vite.embed.config.ts beside the embeds' island): pages are
// prerendered with `csr = false`, so none of SvelteKit's client loads. Each island (an element with
// `data-island`) hydrates on its own with Svelte alone: a home-page section when the reader first
// touches it, a chart page's island likewise (at once for `?datum=`), the theme switch once the page is idle.
// It loads only then its own code (a section loads its one chart, announced by its `data-preload`)
// and its chart's published data file; until then the page is what the server drew, complete. The
// props come from the island's `data-props` attribute (JSON, escaped as any attribute value), never
// from the URL.
import { hydrate, type Component } from 'svelte';
import { CHARTS } from '$lib/charts';
import { makeLocale } from '$lib/i18n/makeLocale';
import type { Messages } from '$lib/i18n/messages.en';
import { fetchChartData } from './chartData';
import { hydrateOnDemand, type HydrateWhen } from './hydrateOnDemand';
import { preloadModules } from './preload';
import { ISLAND_ATTR, readProps, type ChartPageIsland, type StorySectionIsland, type ThemeToggleIsland } from './props';

interface IslandKind {
	/** When it hydrates if the reader does not touch it first. */
	when: () => HydrateWhen;
	/** The component and its props, from the island's JSON props; null when they do not fit. */
	load: (json: string | undefined) => Promise<{ Component: Component<never>; props: object } | null>;
}

const KINDS: Record<string, IslandKind> = {
	'story-section': {
		when: () => 'interaction',
		async load(json) {
			const island = readProps<StorySectionIsland>(json);
			const entry = island && CHARTS.find((chart) => chart.id === island.id);
			if (!island || !entry) return null;
			const { id, lang, extras, excerpts, messages, translations, origin, embedHeight } = island;
			const [section, chart, data] = await Promise.all([
				import('$lib/story/StorySection.svelte'),
				entry.load(),
				fetchChartData(id, extras)
			]);
			return {
				Component: section.default as Component<never>,
				props: {
					id,
					data,
					excerpts,
					locale: makeLocale(lang, messages as Messages, translations),
					chart,
					origin,
					embedHeight
				}
			};
		}
	},
	'chart-page': {
		// At the reader's first touch, like a home section: until then the page is what the server
		// drew. A `?datum=` address asks for what only the hydrated chart shows, so it hydrates at once.
		when: () => (new URLSearchParams(location.search).has('datum') ? 'now' : 'interaction'),
		async load(json) {
			const island = readProps<ChartPageIsland>(json);
			const entry = island && CHARTS.find((chart) => chart.id === island.id);
			if (!island || !entry) return null;
			const { id, lang, extras, excerpts, messages, translations, origin, embedHeight } = island;
			const [view, chart, data] = await Promise.all([
				import('$lib/chartPage/ChartPageView.svelte'),
				entry.load(),
				fetchChartData(id, extras)
			]);
			return {
				Component: view.default as Component<never>,
				props: {
					chart,
					data,
					excerpts,
					locale: makeLocale(lang, messages as Messages, translations),
					origin,
					embedHeight
				}
			};
		}
	},
	'theme-toggle': {
		when: () => 'idle',
		async load(json) {
			const island = readProps<ThemeToggleIsland>(json);
			if (!island) return null;
			const toggle = await import('$lib/components/ThemeToggle.svelte');
			return {
				Component: toggle.default as Component<never>,
				props: { locale: makeLocale(island.lang, island.messages as Messages) }
			};
		}
	}
};

for (const root of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTR}]`)) {
	const kind = KINDS[root.getAttribute(ISLAND_ATTR) ?? ''];
	if (!kind) continue;
	hydrateOnDemand(root, kind.when(), async () => {
		preloadModules(root.dataset.preload);
		const island = await kind.load(root.dataset.props);
		// Without fitting props the island stays as the server drew it: complete, without interaction.
		if (island) hydrate(island.Component, { target: root, props: island.props as never });
	});
}

// The language switch carries the reader's place (`?datum=`, `#section`) to the other edition.
// Set at once (the link's address shows the place on hover and when copied) and again on click (the hash moves).
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]')) {
	const keepPlace = () =>
		link.setAttribute(
			'href',
			(link.getAttribute('href') ?? '').replace(/[?#].*$/, '') + location.search + location.hash
		);
	keepPlace();
	link.addEventListener('click', keepPlace);
}

// End-to-end tests wait for this before they interact: from here on, nothing the reader does is lost.
document.documentElement.dataset.hydrated = 'true';
