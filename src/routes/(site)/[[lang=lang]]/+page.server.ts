import { dev } from '$app/environment';
import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_DATA } from '$lib/server/datasets';
import { RESOLVED_EXCERPTS } from '$lib/server/stories';
import { SITE_APP, readEmbedManifest, siteScripts } from '$lib/server/embedScripts';
import { CHARTS } from '$lib/charts';
import { publicOrigin } from '$lib/site';
import { en } from '$lib/i18n/messages.en';
import { excerptTranslations, zh } from '$lib/i18n/messages.zh';
import { embedData, packChartData } from '$lib/embed/data';
import { sectionMessages, type StorySectionIsland } from '$lib/islands/props';

/** Both editions of the home page; `/zh` is also reached through the language switch. */
export const entries: EntryGenerator = () => [{}, { lang: 'zh' }];

export const load: PageServerLoad = ({ params, url }) => {
	const lang = params.lang === 'zh' ? 'zh' : 'en';
	const catalogue = (lang === 'zh' ? zh : en) as Record<string, string>;
	const sections: StorySectionIsland[] = CHARTS.map((chart) => {
		// The excerpts as written; each section resolves their datums from its own data.
		const excerpts = RESOLVED_EXCERPTS.filter((e) => e.chart === chart.id).map(({ cited: _, ...e }) => e);
		const translations =
			lang === 'zh' ? Object.fromEntries(excerpts.map((e) => [e.id, excerptTranslations[e.id]])) : undefined;
		return {
			id: chart.id,
			lang,
			// In columns, with only the links a section shows (its source line names the first four).
			packed: packChartData(embedData(CHART_DATA[chart.id])),
			excerpts,
			messages: sectionMessages(chart.id, excerpts, catalogue),
			...(translations ? { translations } : {}),
			origin: publicOrigin(url.origin) ?? ''
		};
	});
	// The first section hydrates as the page loads: preload its code with the islands' module.
	const first = CHARTS[0].id;
	const manifest = dev ? {} : readEmbedManifest(undefined, SITE_APP);
	const scripts = dev
		? { entry: `/${SITE_APP.entry}`, preload: [] }
		: siteScripts(manifest, ['src/lib/story/StorySection.svelte', `src/lib/charts/${first}/index.ts`]);
	return { sections, scripts };
};
