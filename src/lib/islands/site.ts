// The site pages' first script (built by vite.embed.config.ts beside the embeds' island), small and the
// only one they load at once: pages are prerendered with `csr = false`, so none of SvelteKit's client
// loads. Each island (an element with `data-island`: a home-page section, a chart page's chart, table
// and excerpts) hydrates on its own when the reader first touches it, or at once on a chart page whose
// address asks for a datum (`?datum=`, which only the hydrated chart shows). Only then does it load
// Svelte, its own code (announced by its `data-preload`) and its chart's published data file
// (hydrateIsland.ts); until then the page is what the server drew, complete. The props come from the
// island's `data-props` attribute (JSON, escaped as any attribute value), never from the URL.
import { cycleTheme } from '$lib/theme';
import { hydrateOnDemand } from './hydrateOnDemand';
import { preloadModules } from './preload';
import { ISLAND_ATTR } from './props';

const datumAsked = new URLSearchParams(location.search).has('datum');

for (const root of document.querySelectorAll<HTMLElement>(`[${ISLAND_ATTR}]`)) {
	const kind = root.getAttribute(ISLAND_ATTR) ?? '';
	hydrateOnDemand(root, kind === 'chart-page' && datumAsked ? 'now' : 'interaction', async () => {
		preloadModules(root.dataset.preload);
		const { hydrateIsland } = await import('./hydrateIsland');
		await hydrateIsland(kind, root);
	});
}

// The theme switch needs no component here: its label follows the root element by CSS.
for (const button of document.querySelectorAll('.theme-toggle')) button.addEventListener('click', cycleTheme);

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
