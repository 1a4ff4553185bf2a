import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_DATA } from '$lib/server/datasets';
import { RESOLVED_EXCERPTS } from '$lib/server/stories';
import { CHARTS } from '$lib/charts';

/** Both editions of the home page; `/zh` is also reached through the language switch. */
export const entries: EntryGenerator = () => [{}, { lang: 'zh' }];

export const load: PageServerLoad = () => ({
	sections: CHARTS.map((chart) => ({
		id: chart.id,
		data: CHART_DATA[chart.id],
		excerpts: RESOLVED_EXCERPTS.filter((e) => e.chart === chart.id)
	}))
});
