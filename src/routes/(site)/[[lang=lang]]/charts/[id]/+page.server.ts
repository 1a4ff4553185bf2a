import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_DATA } from '$lib/server/datasets';
import { RESOLVED_EXCERPTS } from '$lib/server/stories';
import { SITE_ORIGIN } from '$lib/server/site';
import { SITE_APP, SITE_HYDRATE, islandModules, readEmbedManifest, siteScripts } from '$lib/server/embedScripts';
import { absoluteUrl } from '$lib/site';
import { CHART_IDS, isChartId } from '$lib/charts';
import { datumExtras } from '$lib/data/fromJson';
import { excerptTranslations } from '$lib/i18n/messages.zh';
import { catalogueModule } from '$lib/islands/catalogue';
import type { ChartPageIsland } from '$lib/islands/props';
import { OEMBED_ORIGIN } from '$lib/server/oembed';
import { embedHeight } from '$lib/server/embedHeight';
import { localeFor } from '$lib/i18n/current';
import { oembedPath } from '$lib/embed/oembed';
import { publicOrigin } from '$lib/site';

export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { id, lang: 'zh' }]);

export const load: PageServerLoad = async ({ params, url }) => {
	if (!isChartId(params.id)) error(404, 'Not found');
	const id = params.id;
	const lang = params.lang === 'zh' ? 'zh' : 'en';
	const prefix = params.lang ? `/${params.lang}` : '';
	const path = `${prefix}/charts/${id}`;
	const data = CHART_DATA[id];
	// The excerpts as written; the island resolves their datums from its own data.
	const excerpts = RESOLVED_EXCERPTS.filter((e) => e.chart === id).map(({ cited: _, ...e }) => e);
	const translations =
		lang === 'zh' ? Object.fromEntries(excerpts.map((e) => [e.id, excerptTranslations[e.id]])) : undefined;
	const island: ChartPageIsland = {
		id,
		lang,
		// The island fetches the data file: what the data holds beyond it travels here.
		extras: datumExtras(data),
		excerpts,
		...(translations ? { translations } : {}),
		origin: publicOrigin(url.origin) ?? '',
		embedHeight: await embedHeight(id, localeFor(params.lang))
	};
	// The island hydrates at the reader's first touch: the page loads only the islands' module, and the
	// island announces its own code (data-preload) when it hydrates.
	const manifest = dev ? {} : readEmbedManifest(undefined, SITE_APP);
	const scripts = dev ? { entry: `/${SITE_APP.entry}`, preload: [] } : siteScripts(manifest);
	const preload = dev
		? ''
		: islandModules(manifest, [
				SITE_HYDRATE,
				'src/lib/chartPage/ChartPageView.svelte',
				`src/lib/charts/${id}/index.ts`,
				catalogueModule(lang)
			]).join(' ');
	return {
		id,
		data,
		island,
		scripts,
		/** The modules the island loads when it hydrates. */
		preload,
		/** Absolute URLs for the canonical link and the share card (crawlers need the origin). */
		share: {
			canonical: absoluteUrl(SITE_ORIGIN, path),
			image: absoluteUrl(SITE_ORIGIN, `${prefix}/share/${id}.png`),
			/** The oEmbed discovery link, when the build knows the published origin. */
			oembed: OEMBED_ORIGIN ? absoluteUrl(OEMBED_ORIGIN, oembedPath(id, lang)) : null
		}
	};
};
