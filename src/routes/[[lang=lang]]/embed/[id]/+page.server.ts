import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_DATA } from '$lib/server/datasets';
import { EMBED_APP, embedScripts, readEmbedManifest } from '$lib/server/embedScripts';
import { CHART_IDS, isChartId } from '$lib/charts';
import { en } from '$lib/i18n/messages.en';
import { zh } from '$lib/i18n/messages.zh';
import { embedMessages } from '$lib/embed/messages';
import type { IslandProps } from '$lib/embed/islandProps';
import { datumExtras } from '$lib/data/fromJson';

/** Nothing links to embeds, so the prerenderer gets them from the registry: /embed/<id> and /zh/embed/<id>. */
export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { id, lang: 'zh' }]);

export const load: PageServerLoad = ({ params }) => {
	if (!isChartId(params.id)) error(404, 'Not found');
	const lang = params.lang === 'zh' ? 'zh' : 'en';
	const island: IslandProps = {
		id: params.id,
		// The page's language: /zh/embed/<id> is Chinese in its HTML, before any script runs.
		lang,
		// The island fetches the data file: what the data holds beyond it travels here.
		extras: datumExtras(CHART_DATA[params.id]),
		// Only the text this embed shows; another language is fetched when `?lang=` asks (see [lang].json).
		messages: embedMessages(params.id, lang === 'zh' ? zh : en)
	};
	// The dev server compiles the island from source, like every other module it serves.
	const scripts = dev
		? { entry: `/${EMBED_APP.entry}`, preload: [], lazy: [] }
		: embedScripts(readEmbedManifest(), params.id);
	// What the server draws: what the island fetches from the chart's data file when it hydrates.
	return { island, scripts, data: CHART_DATA[params.id] };
};
