import { dev } from '$app/environment';
import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_DATA } from '$lib/server/datasets';
import { RESOLVED_EXCERPTS } from '$lib/server/stories';
import { SITE_APP, SITE_HYDRATE, islandModules, readEmbedManifest, siteScripts } from '$lib/server/embedScripts';
import { LEDE_FACTS } from '$lib/server/lede';
import { homeCardAlt } from '$lib/server/homeCard';
import { SITE_ORIGIN } from '$lib/server/site';
import { embedHeight } from '$lib/server/embedHeight';
import { chartRevised } from '$lib/corrections';
import { HOME_SECTIONS } from '$lib/story/facts';
import { localeFor } from '$lib/i18n/current';
import { absoluteUrl, publicOrigin } from '$lib/site';
import { excerptTranslations } from '$lib/i18n/messages.zh';
import { datumExtras } from '$lib/data/fromJson';
import { catalogueModule } from '$lib/islands/catalogue';
import type { StorySectionIsland } from '$lib/islands/props';

/** Both editions of the home page; `/zh` is also reached through the language switch. */
export const entries: EntryGenerator = () => [{}, { lang: 'zh' }];

export const load: PageServerLoad = async ({ params, url }) => {
	const lang = params.lang === 'zh' ? 'zh' : 'en';
	const locale = localeFor(params.lang);
	const embedHeights = await Promise.all(HOME_SECTIONS.map((id) => embedHeight(id, locale)));
	// The sections in the order the story is told, not the registry's.
	const sections: StorySectionIsland[] = HOME_SECTIONS.map((id, i) => {
		// The excerpts as written; each section resolves their datums from its own data.
		const excerpts = RESOLVED_EXCERPTS.filter((e) => e.chart === id).map(({ cited: _, ...e }) => e);
		const translations =
			lang === 'zh' ? Object.fromEntries(excerpts.map((e) => [e.id, excerptTranslations[e.id]])) : undefined;
		return {
			id,
			lang,
			// The island fetches the data file: what the data holds beyond it travels here.
			extras: datumExtras(CHART_DATA[id]),
			excerpts,
			...(translations ? { translations } : {}),
			origin: publicOrigin(url.origin) ?? '',
			embedHeight: embedHeights[i]
		};
	});
	// Sections hydrate at the reader's first touch: the page loads only the islands' module, and each
	// section announces its own code (data-preload) when it hydrates.
	const manifest = dev ? {} : readEmbedManifest(undefined, SITE_APP);
	const scripts = dev ? { entry: `/${SITE_APP.entry}`, preload: [] } : siteScripts(manifest);
	const preload = HOME_SECTIONS.map((id) =>
		dev
			? ''
			: islandModules(manifest, [
					SITE_HYDRATE,
					'src/lib/story/StorySection.svelte',
					`src/lib/charts/${id}/index.ts`,
					catalogueModule(lang)
				]).join(' ')
	);
	const prefix = params.lang ? `/${params.lang}` : '';
	return {
		sections,
		/** What the server draws each section from: what its island fetches from the data file when it hydrates. */
		sectionData: HOME_SECTIONS.map((id) => CHART_DATA[id]),
		/** The modules each section loads when it hydrates. */
		preload,
		scripts,
		/** The key numbers, checked against the story when the site is built. */
		lede: LEDE_FACTS,
		/** The latest date any chart's data refers to. */
		updated: Object.values(CHART_DATA)
			.map((d) => d.updated)
			.sort()
			.at(-1) as string,
		/** When any chart's data was last revised (the newest correction), as each chart's frame says. */
		revised:
			Object.keys(CHART_DATA)
				.map((id) => chartRevised(id))
				.filter((d) => d !== null)
				.sort()
				.at(-1) ?? null,
		/** Absolute URLs for the canonical link and the share card (crawlers need the origin). */
		share: {
			canonical: absoluteUrl(SITE_ORIGIN, prefix || '/'),
			image: absoluteUrl(SITE_ORIGIN, `${prefix}/share/home.png`),
			alt: homeCardAlt(LEDE_FACTS, locale)
		}
	};
};
