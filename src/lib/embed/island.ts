// The embed page's script (built by vite.embed.config.ts), small and the only one it loads at once.
// The page is complete without it: the chart is drawn in the HTML. This script reports the frame's
// height to the host page, takes the host's theme, and hydrates the chart (with Svelte alone, see
// hydrateEmbed.ts) only when the reader first points at, touches or focuses it, replaying what they
// did; or at once when the query asks for what only the hydrated chart shows (`?datum=`, the other
// language, `chrome=plain`'s title without its link). Until then the embed loads nothing more. The props come from the `data-props`
// attribute the page rendered (JSON, escaped as any attribute value), never from the URL.
import { hydrateOnDemand } from '$lib/islands/hydrateOnDemand';
import { fetchChartData } from '$lib/islands/chartData';
import { preloadModules } from '$lib/islands/preload';
import { isLang } from '$lib/i18n/lang';
import { readIslandProps, ISLAND_ROOT_ID } from './islandProps';
import { reportHeight } from './reporter';
import type { Theme } from './params';

const root = document.getElementById(ISLAND_ROOT_ID);
const props = root && readIslandProps(root.dataset.props);

/** The host page's theme switch wins over the URL and the reader's system. */
function applyHostTheme(theme: Theme) {
	const html = document.documentElement;
	if (theme === 'auto') html.removeAttribute('data-theme');
	else html.setAttribute('data-theme', theme);
}

if (root && props) {
	reportHeight(root, { id: props.id, onTheme: applyHostTheme });
	const query = new URLSearchParams(location.search);
	const lang = query.get('lang');
	const asked = query.has('datum') || (isLang(lang) && lang !== props.lang) || query.get('chrome') === 'plain';
	hydrateOnDemand(root, asked ? 'now' : 'interaction', async () => {
		preloadModules(root.dataset.preload);
		const [{ hydrateEmbed }, data] = await Promise.all([
			import('./hydrateEmbed'),
			fetchChartData(props.id, props.extras)
		]);
		await hydrateEmbed(root, props, data);
	});
	// End-to-end tests wait for this before they interact: from here on, nothing the reader does is lost.
	document.documentElement.dataset.hydrated = 'true';
}
