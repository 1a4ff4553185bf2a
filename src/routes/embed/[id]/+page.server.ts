import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_DATA } from '$lib/server/datasets';
import { CHART_IDS, isChartId } from '$lib/charts';
import { en } from '$lib/i18n/messages.en';
import { embedMessages } from '$lib/embed/messages';
import { embedData, packChartData } from '$lib/embed/data';

/** Nothing links to embeds, so the prerenderer gets them from the registry. */
export const entries: EntryGenerator = () => CHART_IDS.map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	if (!isChartId(params.id)) error(404, 'Not found');
	return {
		id: params.id,
		// In columns, with only the links it shows: +page.ts unpacks it (see $lib/embed/data).
		packed: packChartData(embedData(CHART_DATA[params.id])),
		// Only the text this embed shows; other languages are fetched when `?lang=` asks (see [lang=lang].json).
		messages: embedMessages(params.id, en)
	};
};
